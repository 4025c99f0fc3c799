#pragma once

#include "storage/SecureBytes.h"
#include "vault/Session.h"

#include <QString>

#include <memory>

namespace consentry {

class Database;

// One unlocked session of a store: the open database, its key and who unlocked it. Unlocker and StoreFolder
// make it (on any thread, e.g. the lock screen's worker); a Vault adopts it on the thread that uses it, so
// no object is shared between the thread that derives the key and the one that shows the screens.
// Closing it (the destructor) closes the database and wipes the key.
class OpenStore
{
public:
    ~OpenStore();
    OpenStore(const OpenStore &) = delete;
    OpenStore &operator=(const OpenStore &) = delete;

    const Session &session() const { return m_session; }
    const QString &dataDir() const { return m_dataDir; }
    const QString &storeId() const { return m_storeId; }

private:
    friend class Unlocker;
    friend class Vault;
    friend class VaultInternals;
    OpenStore(QString dataDir, QString storeId, std::unique_ptr<Database> db, SecureBytes key, Session session);

    QString m_dataDir;
    QString m_storeId;
    std::unique_ptr<Database> m_db;
    SecureBytes m_key;
    Session m_session;
};

} // namespace consentry
