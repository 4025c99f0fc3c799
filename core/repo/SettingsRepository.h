#pragma once

#include "Result.h"
#include "compliance/RetentionPolicy.h"
#include "domain/LivenessMode.h"
#include "domain/SiteProfile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace consentry {

class Database;

// Settings kept inside the encrypted database (never in QSettings: they describe the processing).
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    static inline const QString SiteProfileKey = QStringLiteral("site_profile");
    static inline const QString IdleLockMinutesKey = QStringLiteral("idle_lock_minutes");
    static inline const QString CurrentNoticeKey = QStringLiteral("current_notice_version");
    static inline const QString SeenLockoutFailuresKey = QStringLiteral("lockout_total_failures_seen");
    static inline const QString LivenessModeKey = QStringLiteral("liveness_mode");
    // Before max_retention_days was in the site profile: read while the profile does not set it.
    static inline const QString MaxTemplateAgeKey = QStringLiteral("template_max_age_days");
    // The recognition engine the notice describes (material: a change needs everyone's consent again).
    static inline const QString RecognitionEngineKey = QStringLiteral("recognition_engine");
    // The first engine the store was used with: what the notice versions published before any engine was
    // recorded stated (their material fields lack it; they are immutable).
    static inline const QString FirstRecognitionEngineKey = QStringLiteral("recognition_engine_first");
    // "1": front-desk staff may answer an access request (查阅、复制) with an export; unset or "0": managers only.
    static inline const QString StaffAccessRequestsKey = QStringLiteral("staff_answer_access_requests");
    static constexpr int kDefaultIdleLockMinutes = 5;

    explicit SettingsRepository(Database &db);

    Result<QString> value(const QString &key) const; // null QString when unset
    Status setValue(const QString &key, const QString &value, const QString &actor);

    Result<SiteProfile> siteProfile() const;
    // The profile as stored: fields not filled in yet are left out, so a partial profile (during setup)
    // still passes SiteProfile::fromJson's strict rules.
    static QJsonObject storedForm(const SiteProfile &profile);
    Status setSiteProfile(const SiteProfile &profile, const QString &actor);
    Result<int> idleLockMinutes() const;
    Result<LivenessMode> livenessMode() const; // LivenessPolicy::kDefault when unset
    Result<bool> staffAnswersAccessRequests() const; // false when unset
    Result<QString> currentNoticeVersion() const;
    // The site profile's retention_days and the maximum template age (default when unset); Data error when
    // the stored age is not valid.
    Result<RetentionPolicy> retentionPolicy() const;

private:
    Database &m_db;
};

} // namespace consentry
