#include "services/UserService.h"

#include <QLockFile>

#include "services/Vault.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"
#include "storage/KeyslotFile.h"
#include "storage/LockoutFile.h"
#include "storage/RecoveryKey.h"
#include "storage/StorePaths.h"
#include "storage/Transaction.h"

namespace consentry {

namespace {
// Writes `changed` while `tx` is open and commits; if the commit fails, puts `original` back.
Status commitWithKeyslots(Vault &vault, Transaction &tx, const KeyslotFile &original, const KeyslotFile &changed)
{
    if (Status ok = vault.saveKeyslots(changed); !ok)
        return ok; // tx rolls back
    if (Status ok = tx.commit(); !ok) {
        (void)vault.saveKeyslots(original);
        return ok;
    }
    return {};
}
} // namespace

UserService::UserService(Vault &vault)
    : m_vault(vault)
{
}

Result<QList<StaffUser>> UserService::list()
{
    if (Status ok = m_vault.require(Permission::ManageUsers); !ok)
        return ok.error();
    return m_vault.userRepository().all();
}

Status UserService::add(const QString &name, Role role, const SecureBytes &password)
{
    if (Status ok = m_vault.require(Permission::ManageUsers); !ok)
        return ok;
    if (Status ok = Vault::checkUserName(name); !ok)
        return ok;
    if (Status ok = Vault::checkNewPassword(password); !ok)
        return ok;
    Result<KeyslotFile> keys = m_vault.loadKeyslots();
    if (!keys)
        return keys.error();
    Result<std::optional<StaffUser>> existing = m_vault.userRepository().find(name);
    if (!existing)
        return existing.error();
    if (existing.value() || keys->userSlot(name))
        return makeError(ErrorKind::InvalidArgument, tr("There is already a user \"%1\".").arg(name));

    Result<Keyslot> slot = KeyStore::wrap(m_vault.databaseKey(), password, Keyslot::Type::User, name, m_vault.storeId(),
                                          KdfParams::forThisProcess());
    if (!slot)
        return slot.error();
    KeyslotFile changed = keys.value();
    changed.putSlot(slot.value());

    Transaction tx(m_vault.database());
    if (Status ok = tx.begin(); !ok)
        return ok;
    if (Result<qint64> ok = m_vault.userRepository().add(name, role, m_vault.session().userName); !ok)
        return ok.error();
    if (Result<qint64> ok = m_vault.auditLog().append(
            AuditLog::UserAdded, m_vault.session().userName, std::nullopt,
            { { QStringLiteral("user"), name }, { QStringLiteral("role"), RoleNames::key(role) } });
        !ok)
        return ok.error();
    return commitWithKeyslots(m_vault, tx, keys.value(), changed);
}

Status UserService::remove(const QString &name)
{
    if (Status ok = m_vault.require(Permission::ManageUsers); !ok)
        return ok;
    if (name == m_vault.session().userName)
        return makeError(ErrorKind::Policy, tr("You cannot remove your own account. Ask another manager."));
    Result<std::optional<StaffUser>> user = m_vault.userRepository().find(name);
    if (!user)
        return user.error();
    if (!user.value())
        return makeError(ErrorKind::NotFound, tr("There is no user \"%1\" in this store.").arg(name));
    if (user.value()->role == Role::Manager) {
        Result<int> managers = m_vault.userRepository().countWithRole(Role::Manager);
        if (!managers)
            return managers.error();
        if (managers.value() <= 1)
            return makeError(ErrorKind::Policy, tr("\"%1\" is the last manager and cannot be removed.").arg(name));
    }
    Result<KeyslotFile> keys = m_vault.loadKeyslots();
    if (!keys)
        return keys.error();
    KeyslotFile changed = keys.value();
    changed.removeUserSlot(name);
    if (changed.defaultUser == name)
        changed.defaultUser
            = m_vault.session().viaRecoveryKey ? changed.userNames().value(0) : m_vault.session().userName;

    Transaction tx(m_vault.database());
    if (Status ok = tx.begin(); !ok)
        return ok;
    if (Status ok = m_vault.userRepository().remove(name); !ok)
        return ok;
    if (Result<qint64> ok = m_vault.auditLog().append(AuditLog::UserRemoved, m_vault.session().userName, std::nullopt,
                                                      { { QStringLiteral("user"), name } });
        !ok)
        return ok.error();
    return commitWithKeyslots(m_vault, tx, keys.value(), changed);
}

Status UserService::changePassword(const QString &name, const SecureBytes &currentPassword,
                                   const SecureBytes &newPassword)
{
    const bool own = name == m_vault.session().userName && !m_vault.session().viaRecoveryKey;
    if (Status ok = m_vault.require(own ? Permission::ViewStatus : Permission::ManageUsers); !ok)
        return ok;
    if (Status ok = Vault::checkNewPassword(newPassword); !ok)
        return ok;
    Result<KeyslotFile> keys = m_vault.loadKeyslots();
    if (!keys)
        return keys.error();
    const Keyslot *slot = keys->userSlot(name);
    if (!slot)
        return makeError(ErrorKind::NotFound, tr("There is no user \"%1\" in this store.").arg(name));
    if (own) {
        Result<SecureBytes> check = KeyStore::unwrap(*slot, currentPassword, m_vault.storeId());
        if (!check)
            return check.errorKind() == ErrorKind::Authentication ? makeError(
                       ErrorKind::Authentication, tr("The current password is wrong; the password was not changed."))
                                                                  : check.error();
    }
    Result<Keyslot> fresh = KeyStore::wrap(m_vault.databaseKey(), newPassword, Keyslot::Type::User, name,
                                           m_vault.storeId(), KdfParams::forThisProcess());
    if (!fresh)
        return fresh.error();
    KeyslotFile changed = keys.value();
    changed.putSlot(fresh.value());

    Transaction tx(m_vault.database());
    if (Status ok = tx.begin(); !ok)
        return ok;
    if (Result<qint64> ok = m_vault.auditLog().append(AuditLog::PasswordChanged, m_vault.session().userName,
                                                      std::nullopt, { { QStringLiteral("user"), name } });
        !ok)
        return ok.error();
    if (Status ok = commitWithKeyslots(m_vault, tx, keys.value(), changed); !ok)
        return ok;
    // A new password ends a lockout of that account (under the lockout lock, like every change of it).
    Result<std::unique_ptr<QLockFile>> guard = LockoutFile::lock(StorePaths::lockout(m_vault.dataDir()));
    if (!guard)
        return {};
    LockoutFile lockout = LockoutFile::load(StorePaths::lockout(m_vault.dataDir()), m_vault.storeId());
    if (lockout.entries.contains(name) && !lockout.damaged) {
        lockout.clear(name);
        (void)lockout.save(StorePaths::lockout(m_vault.dataDir()), m_vault.writer());
    }
    return {};
}

Result<QString> UserService::renewRecoveryKey()
{
    if (Status ok = m_vault.require(Permission::ManageUsers); !ok)
        return ok.error();
    Result<KeyslotFile> keys = m_vault.loadKeyslots();
    if (!keys)
        return keys.error();
    RecoveryKey::Generated recovery = RecoveryKey::generate();
    Result<Keyslot> slot = KeyStore::wrap(m_vault.databaseKey(), recovery.secret, Keyslot::Type::Recovery,
                                          keys->recoverySlot()->name, m_vault.storeId(), KdfParams::forThisProcess());
    if (!slot)
        return slot.error();
    KeyslotFile changed = keys.value();
    changed.putSlot(slot.value());
    Transaction tx(m_vault.database());
    if (Status ok = tx.begin(); !ok)
        return ok.error();
    if (Result<qint64> ok
        = m_vault.auditLog().append(AuditLog::PasswordChanged, m_vault.session().userName, std::nullopt,
                                    { { QStringLiteral("user"), QStringLiteral("recovery") } });
        !ok)
        return ok.error();
    if (Status ok = commitWithKeyslots(m_vault, tx, keys.value(), changed); !ok)
        return ok.error();
    return recovery.printable;
}

} // namespace consentry
