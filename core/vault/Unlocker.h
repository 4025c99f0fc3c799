#pragma once

#include "Result.h"
#include "storage/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace consentry {

class FileWriter;
class KeyslotFile;
class LockoutFile;
class OpenStore;
class Vault;

// The door of an existing store: unwraps the database key from the user's keyslot (or the recovery key's),
// counts wrong passwords in the lockout file and makes the caller wait after too many, opens and migrates
// the database, records the unlock (and the failed attempts seen meanwhile) in the audit log, and re-wraps a
// keyslot made at less than production cost. Safe on a worker thread: it touches no Vault but reads the
// folder and file writer of the one it unlocks again.
class Unlocker
{
    Q_DECLARE_TR_FUNCTIONS(Unlocker)

public:
    enum class Reason { Login, Unlock, Recovery, Restore };

    // Empty userName: the default user (the manager made by init).
    static Result<std::unique_ptr<Vault>> open(const QString &dataDir, const QString &userName,
                                               const SecureBytes &password);
    static Result<std::unique_ptr<Vault>> open(const QString &dataDir, const QString &userName,
                                               const SecureBytes &password, FileWriter &writer);
    // Unlocks as a manager-level recovery session (to reset a forgotten password).
    static Result<std::unique_ptr<Vault>> openWithRecoveryKey(const QString &dataDir, const QString &recoveryKey);
    // A fresh session for `vault` after lock(), as the same or another user; Vault::adopt takes it.
    static Result<std::unique_ptr<OpenStore>> unlock(const Vault &vault, const QString &userName,
                                                     const SecureBytes &password);
    // The session itself (StoreFolder opens what it created or restored with it).
    static Result<std::unique_ptr<OpenStore>> openStore(const QString &dataDir, const QString &userName,
                                                        const SecureBytes &secret, Reason reason, FileWriter &writer);

private:
    static Result<std::unique_ptr<OpenStore>> attach(const QString &dataDir, const KeyslotFile &keyslots,
                                                     SecureBytes key, const QString &userName, Reason reason,
                                                     LockoutFile *lockout);
};

} // namespace consentry
