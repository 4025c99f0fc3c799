#include "vault/LedgerReplay.h"

#include "domain/AuditActor.h"
#include "domain/AuditKind.h"
#include "repo/AuditLog.h"
#include "repo/ConsentRepository.h"
#include "repo/ResidentRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSet>

namespace consentry {

namespace {
Result<int> run(Database &db, const QString &sql, qint64 residentId, const QDateTime &at, const QString &by = {})
{
    Result<Statement> stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, residentId).bind(2, at);
    if (!by.isNull())
        stmt.value().bind(3, by);
    if (Status ok = stmt.value().exec(); !ok)
        return ok.error();
    return db.changes();
}
} // namespace

Result<QList<DeletionLedger::Entry>> LedgerReplay::missingFrom(Database &db, const QList<DeletionLedger::Entry> &known)
{
    Result<QList<DeletionLedger::Entry>> present = DeletionLedger::entries(db);
    if (!present)
        return present.error();
    QList<DeletionLedger::Entry> missing;
    for (const DeletionLedger::Entry &e : DeletionLedger::merge(known, {})) {
        if (!present->contains(e))
            missing << e;
    }
    return missing;
}

Result<QDateTime> LedgerReplay::lastRecordedAt(Database &db)
{
    Result<QString> at = db.queryText(QStringLiteral("SELECT max(at) FROM audit_events"));
    if (!at)
        return at.error();
    return Statement::parseDateTime(at.value());
}

Result<LedgerReplay::Report> LedgerReplay::apply(Database &db, const QString &storeId,
                                                 const QList<DeletionLedger::Entry> &known)
{
    Report report;
    TRY_ASSIGN(report.backupTakenAt, lastRecordedAt(db));
    TRY_ASSIGN(const QList<DeletionLedger::Entry> missing, missingFrom(db, known));
    if (missing.isEmpty())
        return report;
    Transaction tx(db);
    TRY(tx.begin());
    AuditLog audit(db, storeId);
    ResidentRepository residents(db);
    ConsentRepository consents(db);
    QSet<qint64> touched;
    for (const DeletionLedger::Entry &e : missing) {
        int templates = 0;
        int ended = 0;
        bool removed = false;
        bool reduced = false;
        TRY_ASSIGN(const std::optional<Resident> present, residents.find(e.residentId));
        if (present) {
            TRY_ASSIGN(templates,
                       run(db,
                           QStringLiteral("DELETE FROM face_templates WHERE resident_id = ?1 AND "
                                          "created_at <= ?2"),
                           e.residentId, e.templatesMadeBy.isValid() ? e.templatesMadeBy : e.at));
            if (e.endsConsents) {
                const QString by
                    = e.reason.startsWith(QLatin1String("retention")) ? AuditActor::Retention : AuditActor::System;
                TRY_ASSIGN(ended,
                           run(db,
                               QStringLiteral("UPDATE consents SET withdrawn_at = ?2, withdrawn_by = ?3 "
                                              "WHERE resident_id = ?1 AND decision = 'granted' AND "
                                              "withdrawn_at IS NULL AND recorded_at <= ?2"),
                               e.residentId, e.at, by));
            }
            if (e.reducesRecord && !present->reducedAt.isValid()) {
                TRY(residents.reduce(e.residentId, e.at));
                TRY(consents.reduceOfResident(e.residentId));
                reduced = true;
            }
            if (e.removesResident) {
                TRY(residents.remove(e.residentId));
                removed = true;
            }
        }
        TRY(DeletionLedger::append(db, e));
        TRY(audit.append(AuditKind::LedgerReapplied, AuditActor::System, e.residentId,
                         { { QStringLiteral("reason"), e.reason },
                           { QStringLiteral("deleted_at"), Statement::formatDateTime(e.at) },
                           { QStringLiteral("templates_deleted"), templates },
                           { QStringLiteral("consents_ended"), ended },
                           { QStringLiteral("resident_removed"), removed },
                           { QStringLiteral("record_reduced"), reduced } }));
        ++report.entriesReapplied;
        report.templatesDeleted += templates;
        report.consentsEnded += ended;
        report.residentsRemoved += removed ? 1 : 0;
        report.recordsReduced += reduced ? 1 : 0;
        if (!touched.contains(e.residentId)) {
            touched.insert(e.residentId);
            report.residentIds << e.residentId;
        }
    }
    TRY(tx.commit());
    return report;
}

} // namespace consentry
