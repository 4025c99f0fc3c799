#pragma once

#include "Result.h"
#include "compliance/RetentionPolicy.h"
#include "domain/LivenessMode.h"
#include "domain/NoticeVersion.h"
#include "domain/SiteProfile.h"

#include <QCoreApplication>
#include <QMap>

namespace consentry {

class Vault;

// Site profile, the notice in force, the retention setting, the idle-lock delay and when the liveness check
// (活体检测) runs. Reading: every role; changing: manager. A new site profile and the notice version it makes
// are published in one transaction.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    static constexpr int kMinIdleLockMinutes = 1;
    static constexpr int kMaxIdleLockMinutes = 120;

    explicit SettingsService(Vault &vault);

    Result<SiteProfile> siteProfile();
    // The profile a sign is printed from: the same, but asked with the right to print signage, so that a role
    // that may not print is refused before anything is rendered or written.
    Result<SiteProfile> siteProfileToPrint();
    Status setSiteProfile(const SiteProfile &profile);
    Result<int> idleLockMinutes(); // default 5
    Status setIdleLockMinutes(int minutes);
    Result<LivenessMode> livenessMode(); // default: at enrollment and for the review band
    Status setLivenessMode(LivenessMode mode); // audited as a settings change
    // The retention policy as stored: the site profile's retention_days and the maximum template age
    // (a setting, default RetentionPolicy::kDefaultMaxTemplateAgeDays).
    Result<RetentionPolicy> retentionPolicy();
    Status setMaxTemplateAgeDays(int days); // 1 .. RetentionPolicy::kMaxDays
    Result<QString> currentNoticeVersion();
    Result<NoticeVersion> currentNotice(const QString &language);
    // A published notice text (every role): by its row id (what a consent refers to), or by version and
    // language. NotFound when there is none.
    Result<NoticeVersion> notice(qint64 noticeVersionId);
    Result<NoticeVersion> notice(const QString &version, const QString &language);
    // Publishes a new immutable notice version (texts by language) and makes it the current one.
    Status publishNotice(const QString &version, const QMap<QString, QString> &textsByLanguage);
    // Publishes the next numbered version if the notice composed from the site profile differs from the
    // one in force (called by setSiteProfile; idempotent). Manager.
    Status refreshNotice();

private:
    Vault &m_vault;
};

} // namespace consentry
