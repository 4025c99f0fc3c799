#pragma once

#include "Result.h"
#include "domain/AuditEvent.h"
#include "domain/Consent.h"
#include "domain/Resident.h"
#include "print/Document.h"
#include "repo/ResidentDirectory.h"
#include "services/ConsentService.h"
#include "services/ResidentService.h"
#include "vision/EngineId.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace consentry {

class Vault;

// What the people screen does, with every role checked in core (AccessControl):
//
//   PeopleService people(vault);
//   auto rows = people.page(filter, 0, 100);     // the table, 100,000 residents, paged
//   auto n = people.count(filter);               // rowCount of the model
//   auto d = people.details(id);                 // consent history, templates (no vectors), audit events
//   auto w = people.withdraw(id);                // templates deleted at once; w->document is the receipt
//   PeopleService::writePdf(w->document, path);  // or print it with DocumentRenderer on a QPrinter
//
// A caller holding an in-memory gallery drops the person's templates after withdraw() and remove().
class PeopleService
{
    Q_DECLARE_TR_FUNCTIONS(PeopleService)

public:
    // One template as the screens may see it: everything but the numbers.
    struct TemplateInfo {
        qint64 id = 0;
        QString engineId;
        QString modelSha256Hex;
        int bytes = 0;
        double quality = 0;
        QDateTime createdAt;
        QDateTime lastMatchedAt; // invalid: never matched
    };
    struct ConsentEntry {
        Consent consent;
        QString noticeVersion; // "1", "2", …
        QString noticeLanguage; // "zh_CN", "en"
        QString noticeSha256Hex;
        bool hasSignature = false;
    };
    struct Details {
        Resident resident;
        ResidentRow row; // state, minor, template count, last verified, retention due
        QList<ConsentEntry> consents; // oldest first
        QList<TemplateInfo> templates;
        QList<AuditEvent> events; // of this person, oldest first (empty unless auditVisible)
        bool auditVisible = false; // the role may read the audit log (manager, auditor)
    };
    struct Withdrawal {
        ConsentService::WithdrawalReceipt receipt;
        Document document; // the printable receipt
        QString text; // the receipt in one sentence
    };
    struct Deletion {
        ResidentService::DeletionReceipt receipt;
        Document document;
    };

    explicit PeopleService(Vault &vault);

    Result<QList<ResidentRow>> page(const ResidentFilter &filter, int offset, int limit); // staff, manager
    Result<qint64> count(const ResidentFilter &filter); // staff, manager
    Result<Details> details(qint64 residentId); // staff, manager; NotFound
    // Name, unit/room, date of birth, minor flag, move-in/out. Staff, manager; InvalidArgument, NotFound.
    Status editDetails(const Resident &resident);
    // Move-out/checkout date (invalid QDate clears it); the retention clock starts from it. Staff, manager.
    Status setMoveOut(qint64 residentId, const QDate &moveOut);
    // Withdrawal as easy as consent (PIPL art. 15): every grant in force ends and the templates are deleted in
    // the same transaction. Staff, manager.
    Result<Withdrawal> withdraw(qint64 residentId, const QString &language = QStringLiteral("zh_CN"));
    // Erases the person entirely (details, consents, signatures, templates); the audit trail remains. Manager.
    Result<Deletion> remove(qint64 residentId, const QString &language = QStringLiteral("zh_CN"));
    // Engine change: residents with templates of another engine than `active` need re-enrollment.
    Result<qint64> countNeedingReenrollment(const EngineId &active); // staff, manager
    Result<QList<ResidentRow>> needingReenrollment(const EngineId &active, int offset, int limit); // staff, manager

    // Writes a receipt (or any Document) as a PDF, all or nothing; returns the number of pages.
    static Result<int> writePdf(const Document &document, const QString &path);
    // Everything about one person without a role check (ExportService checks its own permission).
    static Result<Details> collect(Vault &vault, qint64 residentId, bool withEvents);
    static Result<Resident> existingResident(Vault &vault, qint64 residentId); // NotFound if absent
    static Result<ResidentDirectory> directory(Vault &vault);

private:
    Vault &m_vault;
};

} // namespace consentry
