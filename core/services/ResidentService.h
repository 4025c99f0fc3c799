#pragma once

#include "Result.h"
#include "domain/Consent.h"
#include "domain/Receipts.h"
#include "domain/Resident.h"
#include "domain/ResidentDetails.h"
#include "domain/ResidentRow.h"
#include "domain/StoredTemplate.h"
#include "print/Document.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace consentry {

struct PaperConsent;
class UnitOfWork;
class Vault;

// The one public home of everything done to a resident, each entry point one unit of work with its role
// checked once in core (AccessControl), its audit events in the same transaction, and a change notice on the
// vault's ChangeFeed after the commit:
//
//   ResidentService residents(vault);
//   auto rows = residents.page(filter, 0, 100);     // the Residents screen, 100,000 people, paged
//   auto d = residents.details(id);                 // consents, templates (no vectors), audit events
//   auto w = residents.withdraw(id);                // templates deleted at once; w->document is the receipt
//   auto p = residents.exportPackage(id, folder);   // the person's access package (PIPL art. 45)
//
// Face data exists only under a granted consent in force: enroll() and addTemplates() refuse it otherwise,
// withdraw(), remove() and the retention purge delete it. EnrollmentService adds the duplicate check against
// the gallery in front of enroll().
class ResidentService
{
    Q_DECLARE_TR_FUNCTIONS(ResidentService)

public:
    // A manager's decision to enroll a face that matches another resident (twins, relatives).
    struct AcceptedDuplicate {
        qint64 matchedResidentId = 0;
        float score = 0;
    };
    struct Withdrawal {
        WithdrawalReceipt receipt;
        Document document; // the printable receipt
        QString text; // the receipt in one sentence
    };
    struct Deletion {
        DeletionReceipt receipt;
        Document document;
    };
    // What changed between the notice a person consented to and the one in force (the renewal dialog).
    struct RenewalChanges {
        QString fromVersion; // the notice the grant waiting for renewal was given on
        QString toVersion; // the notice in force
        QDateTime dueAt; // the face data is deleted then unless the person consents again
        QList<std::pair<QString, std::pair<QString, QString>>> changes; // field → (before, after), in words
    };
    static constexpr int kDefaultDueWithinDays = 30;

    explicit ResidentService(Vault &vault);

    // Reading (staff, manager). A resident that does not exist is NotFound, with one message.
    Result<Resident> get(qint64 residentId);
    Result<QList<ResidentRow>> page(const ResidentFilter &filter, int offset, int limit);
    Result<qint64> count(const ResidentFilter &filter);
    // The audit events are included only for a role that may read the audit log.
    Result<ResidentDetails> details(qint64 residentId);
    Result<QList<Consent>> consents(qint64 residentId); // oldest first
    Result<QList<StoredTemplate>> templates(qint64 residentId);
    // Residents of whom something will be purged within `days` days (today included), soonest first.
    Result<QList<ResidentRow>> dueWithin(int days = kDefaultDueWithinDays);

    // Changing (staff, manager unless said otherwise).
    Result<qint64> create(const Resident &resident);
    // Name, unit/room, date of birth, minor flag, move-in/out and status of the resident with resident.id.
    Status edit(const Resident &resident);
    // Move-out/checkout date (invalid QDate clears it); the retention clock starts from it.
    Status setMoveOut(qint64 residentId, const QDate &moveOut);
    // A new resident with their consent decision and, only if granted, their templates: all or nothing.
    // `duplicate` records a manager's decision (Permission::DecideDuplicates).
    Result<EnrollmentReceipt> enroll(const Resident &resident, const Consent &consent,
                                     const QList<StoredTemplate> &templates, const QByteArray &signaturePng = {},
                                     const std::optional<AcceptedDuplicate> &duplicate = std::nullopt);
    // The consent a paper record stands for, checked against the store (`consentry-cli enroll --consent`).
    Result<Consent> consentFromPaper(const PaperConsent &paper, const Resident &resident);
    // Staff discarded a consent decision taken at the desk before anything was stored (the capture was
    // cancelled or left): nothing of the person is kept, but the discard is on record — the decision, the
    // notice version, who signed (resident or guardian), `reason` ("cancelled", "left", "locked") and the
    // resident id when the person is already on record (consent.residentId). Staff, manager.
    Status recordDiscarded(const Consent &consent, const QString &reason);
    // A consent decision for an existing resident (consent.residentId).
    Result<qint64> recordConsent(const Consent &consent, const QByteArray &signaturePng = {});
    // Re-consent after a material change of the notice (issue 10 §3): the grant waiting for renewal ends and
    // `consent` (on the notice in force) takes its place in one transaction. Granted: the face data is used
    // again (the gallery takes the person back); declined: the face data is deleted as on a withdrawal.
    // Policy error when the person needs no renewal. Staff, manager.
    Result<qint64> renewConsent(const Consent &consent, const QByteArray &signaturePng = {});
    // What the renewal dialog shows (every role that may view residents); NotFound/Policy as above.
    Result<RenewalChanges> renewalChanges(qint64 residentId, const QString &language = QStringLiteral("zh_CN"));
    // Templates for a resident with a granted consent in force.
    Result<QList<qint64>> addTemplates(qint64 residentId, const QList<StoredTemplate> &templates);
    // Withdrawal as easy as consent (PIPL art. 15): every grant in force ends and the templates are deleted in
    // the same transaction. Staff, manager.
    Result<Withdrawal> withdraw(qint64 residentId, const QString &language = QStringLiteral("zh_CN"));
    // Erases the person entirely (details, consents, signatures, templates); the audit trail remains. Manager.
    Result<Deletion> remove(qint64 residentId, const QString &language = QStringLiteral("zh_CN"));
    // Details, consents with the notice texts and signatures, template bookkeeping, retention and audit trail,
    // as JSON and PDF in a new folder under `outDir` that appears complete or not at all. Manager.
    Result<ExportReceipt> exportPackage(qint64 residentId, const QString &outDir,
                                        const QString &language = QStringLiteral("zh_CN"));
    // Receipts of a withdrawal or deletion that were not saved yet ("Save the receipt again…" on the Residents
    // screen): kept in the store until saved, so a restart or a lock loses none. Keeping and reading: staff,
    // manager (WithdrawConsent: the role that makes a receipt); `pdf` is the receipt as drawn.
    struct PendingReceipt {
        qint64 residentId = 0;
        QString kind; // "withdrawal" or "deletion"
        QString name;
        QString fileName;
        QByteArray pdf;
        QDateTime createdAt;
    };
    // A receipt not saved is offered again for this long; then the purge drops it (it holds the name of a
    // person whose data is gone).
    static constexpr int kUnsavedReceiptDays = 30;
    Status keepPendingReceipt(const PendingReceipt &receipt);
    Result<QList<PendingReceipt>> pendingReceipts(); // newest first
    Status receiptSaved(qint64 residentId); // removes the resident's pending receipt (none: no-op)
    // The retention policy applied now (Provisions art. 8): moved out long enough ago, or templates older than
    // the maximum age. Manager (`consentry-cli purge-expired`, "purge now").
    Result<PurgeReport> purgeExpired();
    // The same for the GUI's start-up and daily run: any unlocked session, because deleting what the policy
    // says must not wait for a manager; recorded with the actor "system".
    Result<PurgeReport> purgeScheduled();

    static Status validate(const Resident &resident);
    // A name as a person writes it: not empty, at most `maxLength` characters, no control or direction-override
    // characters (they make a printed name read differently from the stored one). `what` names the field.
    static Status checkName(const QString &text, const QString &what, int maxLength = 200);

    // For other services, inside their own unit of work.
    static Result<Resident> existing(UnitOfWork &work, qint64 residentId); // NotFound
    // Re-enrollment of an existing resident in the caller's work: `renewed` (a granted consent of this resident)
    // first when given, then every old template deleted and `templates` stored under the grant in force, with a
    // templates_replaced event — all or nothing. Refused without a grant in force.
    static Result<EnrollmentReceipt> replaceTemplatesIn(UnitOfWork &work, qint64 residentId,
                                                        const std::optional<Consent> &renewed,
                                                        const QByteArray &signaturePng,
                                                        const QList<StoredTemplate> &templates);
    // The caller's work must hold Permission::DecideDuplicates when `duplicate` is set.
    static Result<EnrollmentReceipt> enrollIn(UnitOfWork &work, const Resident &resident, Consent consent,
                                              const QList<StoredTemplate> &templates, const QByteArray &signaturePng,
                                              const std::optional<AcceptedDuplicate> &duplicate);

private:
    static Result<qint64> insertConsent(UnitOfWork &work, Consent consent, const QByteArray &signaturePng);
    static Result<qint64> insertTemplate(UnitOfWork &work, const StoredTemplate &face);
    static Result<ResidentDetails> collect(UnitOfWork &work, qint64 residentId, bool withEvents);
    static Result<PurgeReport> purge(UnitOfWork &work);
    // What a deletion does besides deleting templates, for the deletion ledger.
    struct DeletionNote {
        QString reason;
        bool endsConsents = false;
        bool removesResident = false;
        std::optional<QDateTime> madeBy; // only templates made at or before this time
    };
    static Result<int> deleteTemplates(UnitOfWork &work, qint64 residentId, const DeletionNote &note);
    // Reduces the records of people whose face data is gone to ids once the record retention period is over.
    static Result<int> reduceRecords(UnitOfWork &work, int recordRetentionDays, const QDateTime &now);
    static Status checkConsentText(const Consent &consent);
    static Status checkAgeChange(UnitOfWork &work, const Resident &before, const Resident &after);
    static void syncLedgerAfterCommit(UnitOfWork &work);

    Vault &m_vault;
};

} // namespace consentry
