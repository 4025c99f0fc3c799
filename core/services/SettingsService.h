#pragma once

#include "Result.h"
#include "domain/LivenessMode.h"
#include "domain/NoticeVersion.h"
#include "domain/SiteProfile.h"

#include <QCoreApplication>
#include <QMap>

namespace consentry {

class Vault;

// Site profile, the notice in force, the idle-lock delay and when the liveness check (活体检测) runs.
// Reading: every role; changing: manager.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    static constexpr int kMinIdleLockMinutes = 1;
    static constexpr int kMaxIdleLockMinutes = 120;

    explicit SettingsService(Vault &vault);

    Result<SiteProfile> siteProfile();
    Status setSiteProfile(const SiteProfile &profile);
    Result<int> idleLockMinutes(); // default 5
    Status setIdleLockMinutes(int minutes);
    Result<LivenessMode> livenessMode(); // default: at enrollment and for the review band
    Status setLivenessMode(LivenessMode mode); // audited as a settings change
    Result<QString> currentNoticeVersion();
    Result<NoticeVersion> currentNotice(const QString &language);
    // Publishes a new immutable notice version (texts by language) and makes it the current one.
    Status publishNotice(const QString &version, const QMap<QString, QString> &textsByLanguage);
    // Publishes the next numbered version if the notice composed from the site profile differs from the
    // one in force (called by setSiteProfile; idempotent). Manager.
    Status refreshNotice();

private:
    Status change(const QString &key, const QString &value);
    Vault &m_vault;
};

} // namespace consentry
