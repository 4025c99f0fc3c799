#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace consentry {

class Database;
class FileWriter;
class SecureBytes;

// One backup file = a consistent copy of the encrypted database (SQLite online backup into a new
// SQLCipher file with the same key) + the keyslot file, authenticated as a whole:
//
//   "CONSENTRY-BACKUP" | u32 format (1) | store id (32 ASCII hex) | u32 n | keyslot file (n bytes)
//   | u64 m | database (m bytes, SQLCipher) | BLAKE2b-256 MAC keyed from the database key
//   | SHA-256 of all the above (unkeyed: names accidental damage before a password is asked)
//
// Nothing in it is plaintext: the database is encrypted, the keyslots are wrapped keys.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    struct Contents {
        QString storeId;
        QByteArray keyslotBytes;
        QByteArray databaseBytes;
        QByteArray authenticated; // everything the MAC covers
        QByteArray mac;
    };

    // Returns the size of the file written.
    static Result<qint64> write(Database &source, const SecureBytes &key, const QString &storeId,
                                const QByteArray &keyslotBytes, const QString &outPath, FileWriter &writer);
    // Structure only (magic, lengths); Data error for anything that is not a whole backup file.
    static Result<Contents> read(const QString &path);
    static Result<Contents> parse(const QByteArray &bytes);
    // Data error unless the MAC matches under `key`.
    static Status verify(const Contents &contents, const SecureBytes &key);

    // Removes the scratch folders (.consentry-backup-*) that killed backups left in `folder`.
    static void removeAbandonedScratch(const QString &folder);

private:
    static QByteArray mac(const QByteArray &data, const SecureBytes &key);
};

} // namespace consentry
