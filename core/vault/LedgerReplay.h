#pragma once

#include "Result.h"
#include "storage/DeletionLedger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace consentry {

class Database;

// Re-applies deletion ledger entries to a restored database before anyone opens it (issue 10 §7): the entries
// the backup's own ledger table does not hold were made after the backup was taken, on the store it replaces.
// Each is applied only to what existed at its time (templates made by then, grants recorded by then), so a
// person who re-enrolled afterwards keeps their new consent. One transaction; each re-applied entry appended
// to the restored table and audited (deletion_ledger_reapplied, actor "system").
class LedgerReplay
{
    Q_DECLARE_TR_FUNCTIONS(LedgerReplay)

public:
    struct Report {
        QDateTime backupTakenAt; // the last event the backup recorded
        int entriesReapplied = 0;
        QList<qint64> residentIds;
        int templatesDeleted = 0;
        int consentsEnded = 0;
        int residentsRemoved = 0;
        int recordsReduced = 0;
    };

    // The entries of `known` that `db`'s table lacks, oldest first.
    static Result<QList<DeletionLedger::Entry>> missingFrom(Database &db, const QList<DeletionLedger::Entry> &known);
    static Result<Report> apply(Database &db, const QString &storeId, const QList<DeletionLedger::Entry> &known);
    // When the backup in `db` was taken, as well as the store can tell: its last audit event.
    static Result<QDateTime> lastRecordedAt(Database &db);
};

} // namespace consentry
