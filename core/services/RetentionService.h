#pragma once

#include "Result.h"
#include "compliance/RetentionPolicy.h"
#include "repo/ResidentDirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace consentry {

class Vault;

// The site's retention policy, applied (Provisions art. 8; PIPL art. 19, 47): a resident's templates are
// deleted `retention_days` (site profile) after their move-out/checkout date, and every template at the
// latest `maxTemplateAgeDays` (a setting, default 365) after it was made. When the last template of a
// person goes this way, their grant in force ends too (state "expired": a new enrollment needs a new
// consent). Consent records and the audit trail stay as the proof of lawful processing.
//
//   RetentionService retention(vault);
//   auto report = retention.purgeScheduled();   // GUI: at start-up and daily, whoever is logged in
//   auto due = retention.dueWithin(30);         // people screen: "data expiring within 30 days"
//
// Time comes only from consentry::Clock, so tests move a MockClock.
class RetentionService
{
    Q_DECLARE_TR_FUNCTIONS(RetentionService)

public:
    // withdrawn_by of a consent ended by the policy, and the actor of scheduled purges.
    static inline const QString RetentionActor = QStringLiteral("system:retention");
    static inline const QString SystemActor = QStringLiteral("system");
    // Settings key (inside the encrypted database) of the maximum template age in days.
    static inline const QString MaxTemplateAgeKey = QStringLiteral("template_max_age_days");
    static constexpr int kDefaultDueWithinDays = 30;

    struct PurgeReport {
        QDateTime at;
        int residentsPurged = 0; // people of whom something was deleted or ended
        int templatesDeleted = 0;
        int consentsEnded = 0;
        QList<qint64> residentIds; // who, so a caller holding an in-memory gallery can drop them
        qint64 auditEventId = 0; // the run's "purge" event
    };

    explicit RetentionService(Vault &vault);

    Result<RetentionPolicy> policy(); // every role
    Status setMaxTemplateAgeDays(int days); // manager; 1 .. RetentionPolicy::kMaxDays
    Result<PurgeReport> purgeExpired(); // manager (consentry-cli purge-expired, "purge now")
    // The same, for the GUI's start-up and daily timer: runs for any unlocked session, because deleting
    // what the policy says must not wait for a manager; recorded with the actor "system".
    Result<PurgeReport> purgeScheduled();
    // Residents of whom something will be purged within `days` days (today included), soonest first.
    Result<QList<ResidentRow>> dueWithin(int days = kDefaultDueWithinDays); // staff, manager

    // The policy as stored (no role check; for other core services).
    static Result<RetentionPolicy> readPolicy(Vault &vault);

private:
    Result<PurgeReport> purge(const QString &actor);
    Vault &m_vault;
};

} // namespace consentry
