#pragma once

#include "Result.h"
#include "storage/Keyslot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace consentry {

class FileWriter;

// The keyslot file (consentry.keys): which store it belongs to, the first bytes of that store's database
// file (its SQLCipher salt, so a database from another store is named as such before any key is tried),
// the default user and the wrapped keys. JSON; every secret in it is wrapped. Written atomically.
class KeyslotFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyslotFile)

public:
    static constexpr int kDatabaseSaltBytes = 16;

    QString storeId; // 32 hex digits, also kept inside the database
    QByteArray databaseSalt; // first 16 bytes of consentry.db
    QString defaultUser; // the manager made by init
    QList<Keyslot> slotList;

    static Result<KeyslotFile> load(const QString &path);
    static Result<KeyslotFile> parse(const QByteArray &bytes);
    QByteArray toBytes() const;
    Status save(const QString &path, FileWriter &writer) const;

    const Keyslot *userSlot(const QString &name) const;
    const Keyslot *recoverySlot() const;
    QStringList userNames() const;
    void putSlot(const Keyslot &slot); // replaces the slot of the same type and name
    bool removeUserSlot(const QString &name);

    static Result<QByteArray> readDatabaseSalt(const QString &databasePath);

    // Hex BLAKE2b-256 over the canonical fields of a parsed file (public for tests that re-sign an edit).
    static QByteArray checksum(const QJsonObject &root);
};

} // namespace consentry
