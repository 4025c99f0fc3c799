#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace consentry {

// The kinds of audit event: stable keys (stored in the chain, exported, reported) and the words a person
// reads. The audit screen's list and its filter come from here; a kind added below must be added to all()
// and displayName() too (tests/people/tst_rules checks every constant of this header).
class AuditKind
{
    Q_DECLARE_TR_FUNCTIONS(AuditKind)

public:
    // People and their data.
    static inline const QString ResidentCreated = QStringLiteral("resident_created");
    static inline const QString ResidentEdited = QStringLiteral("resident_edited");
    static inline const QString ResidentDeleted = QStringLiteral("resident_deleted");
    static inline const QString ConsentGranted = QStringLiteral("consent_granted");
    static inline const QString ConsentDeclined = QStringLiteral("consent_declined");
    static inline const QString ConsentWithdrawn = QStringLiteral("consent_withdrawn");
    // A decision taken at the desk and not stored: staff discarded it before the face pictures were saved.
    static inline const QString ConsentDiscarded = QStringLiteral("consent_discarded");
    // A material change of the notice: grants in force need the person's consent again (issue 10 §3).
    static inline const QString RenewalRequired = QStringLiteral("consent_renewal_required");
    static inline const QString ConsentRenewed = QStringLiteral("consent_renewed");
    static inline const QString TemplateCreated = QStringLiteral("template_created");
    static inline const QString TemplateDeleted = QStringLiteral("template_deleted");
    static inline const QString DuplicateAccepted = QStringLiteral("duplicate_accepted");
    static inline const QString Verification = QStringLiteral("verification");
    static inline const QString Identification = QStringLiteral("identification"); // CLI `identify`: no names
    static inline const QString TemplatesReplaced = QStringLiteral("templates_replaced"); // re-enrollment
    static inline const QString Export = QStringLiteral("export");
    static inline const QString Purge = QStringLiteral("purge");
    // The age answer changed after a consent (old and new under-14 status, never the dates: the chain
    // outlives the person), a record reduced to ids after the record retention period, deletions re-applied
    // from the deletion ledger after a restore in place.
    static inline const QString AgeAnswerChanged = QStringLiteral("age_answer_changed");
    static inline const QString RecordReduced = QStringLiteral("record_reduced");
    static inline const QString LedgerReapplied = QStringLiteral("deletion_ledger_reapplied");
    static inline const QString SignagePrinted = QStringLiteral("signage_printed");
    // Sessions and access.
    static inline const QString LoginOk = QStringLiteral("login_ok");
    static inline const QString LoginFailed = QStringLiteral("login_failed");
    static inline const QString Unlock = QStringLiteral("unlock");
    static inline const QString Lock = QStringLiteral("lock");
    static inline const QString AccessDenied = QStringLiteral("access_denied");
    static inline const QString RecoveryUsed = QStringLiteral("recovery_key_used");
    static inline const QString LockoutReset = QStringLiteral("lockout_state_reset");
    // Accounts, settings and the store itself.
    static inline const QString UserAdded = QStringLiteral("user_added");
    static inline const QString UserRemoved = QStringLiteral("user_removed");
    static inline const QString PasswordChanged = QStringLiteral("password_changed");
    static inline const QString SettingsChanged = QStringLiteral("settings_changed");
    static inline const QString Backup = QStringLiteral("backup");
    static inline const QString Restore = QStringLiteral("restore");
    static inline const QString StoreCreated = QStringLiteral("store_created");
    static inline const QString SchemaMigrated = QStringLiteral("schema_migrated");
    // Compliance records (issue 11).
    static inline const QString DeviceAdded = QStringLiteral("device_added");
    static inline const QString DeviceRemoved = QStringLiteral("device_removed");
    static inline const QString AssessmentSigned = QStringLiteral("impact_assessment_signed");
    static inline const QString FilingRecorded = QStringLiteral("filing_recorded");
    static inline const QString AuditVerified = QStringLiteral("audit_verified");

    static QStringList all(); // every kind, in a sensible order for a filter list
    static QString displayName(const QString &kind); // translated; an unknown kind (a newer store) as its key
};

} // namespace consentry
