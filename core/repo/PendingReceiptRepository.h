#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace consentry {

class Database;

// Receipts of a withdrawal or a deletion that were not saved (the file dialog was cancelled or the disk was
// full): kept in the encrypted store (table pending_receipts, Schema v9) until staff save them, so a restart or
// a lock does not lose the person's proof. One per resident (a newer receipt replaces an older one); the
// resident id stays after the person is deleted, because the deletion receipt is what is pending then. Not for
// ever: the purge drops one kept longer than ResidentService::kUnsavedReceiptDays (it holds the name of a person whose
// data is gone).
class PendingReceiptRepository
{
public:
    struct Row {
        qint64 residentId = 0;
        QString kind; // "withdrawal" or "deletion"
        QString name; // the person's name, as on the receipt
        QString fileName; // the suggested file name
        QByteArray pdf; // the receipt as drawn when it was made
        QDateTime createdAt;
    };

    explicit PendingReceiptRepository(Database &db);

    Status put(const Row &row); // insert or replace the resident's
    Result<QList<Row>> all() const; // newest first
    Status remove(qint64 residentId);
    Result<int> removeBefore(const QDateTime &cutoff); // made before `cutoff`; how many

private:
    Database &m_db;
};

} // namespace consentry
