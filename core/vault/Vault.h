#pragma once

#include "Result.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace consentry {

class ChangeFeed;
class FileWriter;
class OpenStore;
class SecureBytes;

// The store as the application holds it for its lifetime: one data folder, the unlocked session while
// there is one (an OpenStore), and the ChangeFeed the screens listen to. Services take a Vault and check
// the session's role themselves (UnitOfWork); nothing else reaches the database. Made by the two doors:
//
//   auto created = StoreFolder::create(dir, "wang", password, profile);   // shows created->recoveryKey once
//   auto vault = Unlocker::open(dir, "wang", password);                   // Authentication error: exit 2
//   UserService(*vault.value()).add("li", Role::Staff, pw);               // role checked in core
//   vault.value()->lock();                                                 // idle lock
//   auto fresh = Unlocker::unlock(*vault.value(), "li", pw);              // on a worker thread …
//   vault.value()->adopt(std::move(fresh).value());                        // … adopted on the vault's thread
//
// StoreFolder (create, inspect, restore), Unlocker (keyslots, lockout, KDF upgrade) and OpenStore (database,
// key, session) hold the other jobs; AccountRules the user name and password rules.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    Vault(std::unique_ptr<OpenStore> store, FileWriter &writer);
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    bool isLocked() const { return !m_store; }
    // Idle lock / log out: records "lock", closes the database and wipes the key. The store locks even when
    // the event cannot be written (a full disk must not keep it open).
    void lock();
    // Takes a session Unlocker::unlock made for this vault, on the thread the vault lives on.
    Status adopt(std::unique_ptr<OpenStore> store);
    // Unlocker::unlock + adopt in the calling thread (the CLI and tests; the lock screen derives the key on a
    // worker and adopts on the GUI thread).
    Status unlock(const QString &userName, const SecureBytes &password);

    // Who unlocked it last (still readable while locked, for the lock screen).
    const Session &session() const { return m_session; }
    QString dataDir() const { return m_dataDir; }
    QString storeId() const { return m_storeId; }
    // What changed in this store, for the screens (services publish after every commit). Lives on the
    // application's main thread, wherever the vault was made.
    ChangeFeed &changes() { return *m_changes; }

private:
    friend class VaultInternals;

    QString m_dataDir;
    FileWriter *m_writer = nullptr;
    std::unique_ptr<ChangeFeed> m_changes;
    std::unique_ptr<OpenStore> m_store;
    Session m_session;
    QString m_storeId;
};

} // namespace consentry
