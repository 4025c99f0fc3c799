#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace consentry {

class Database;
class FileWriter;
class SecureBytes;

// What was deleted, when: resident ids and times, never a name (issue 10 §7, docs/adr/0010). Two copies:
//  - the table deletion_ledger inside the store (append-only by trigger; travels in every backup), written in
//    the same transaction as the deletion itself;
//  - the file consentry.deletions beside the store, rewritten (atomically) from the table after each commit
//    that deleted something and at every unlock, so it survives when the database is replaced by an older
//    backup. It is authenticated with a key derived from the database key (BLAKE2b, like a backup), so it
//    cannot be edited or forged without a password of the store — but it can be deleted or swapped for an
//    older authentic copy; see the ADR for what that leaves.
class DeletionLedger
{
    Q_DECLARE_TR_FUNCTIONS(DeletionLedger)

public:
    struct Entry {
        qint64 residentId = 0;
        QDateTime at; // when it was deleted
        QDateTime templatesMadeBy; // templates made at or before this time were deleted (usually `at`)
        bool endsConsents = false; // grants recorded before `at` ended (withdrawal, purge by move-out)
        bool removesResident = false; // the whole record erased
        bool reducesRecord = false; // the record reduced to ids after the record retention period
        QString reason; // withdrawal, deletion, retention_move_out, retention_max_age, record_retention, ...

        bool operator==(const Entry &o) const
        {
            return residentId == o.residentId && at == o.at && templatesMadeBy == o.templatesMadeBy
                && endsConsents == o.endsConsents && removesResident == o.removesResident
                && reducesRecord == o.reducesRecord && reason == o.reason;
        }
    };

    static QString fileName() { return QStringLiteral("consentry.deletions"); }
    static QString path(const QString &dataDir);

    // The table.
    static Status append(Database &db, const Entry &entry);
    static Result<QList<Entry>> entries(Database &db);

    // The file. A missing file is an empty ledger; a file that does not verify under `key` (edited, forged,
    // of another store) is a Data error.
    static QByteArray toBytes(const QList<Entry> &entries, const QString &storeId, const SecureBytes &key);
    static Result<QList<Entry>> fromBytes(const QByteArray &bytes, const QString &storeId, const SecureBytes &key);
    static Result<QList<Entry>> readFile(const QString &dataDir, const QString &storeId, const SecureBytes &key);
    static Status writeFile(const QString &dataDir, const QList<Entry> &entries, const QString &storeId,
                            const SecureBytes &key, FileWriter &writer);
    // The table mirrored into the file, keeping what only the file knows (entries made before a restore of an
    // older backup replaced the database).
    static Status sync(Database &db, const QString &dataDir, const QString &storeId, const SecureBytes &key,
                       FileWriter &writer);

    // Both lists, each entry once, oldest first.
    static QList<Entry> merge(const QList<Entry> &a, const QList<Entry> &b);
};

} // namespace consentry
