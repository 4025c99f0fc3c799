#include "services/UserService.h"

#include <QLockFile>

#include "domain/AuditActor.h"
#include "domain/AuditKind.h"
#include "services/UnitOfWork.h"
#include "storage/KeyStore.h"
#include "storage/KeyslotFile.h"
#include "storage/LockoutFile.h"
#include "storage/RecoveryKey.h"
#include "storage/StorePaths.h"
#include "vault/AccountRules.h"
#include "vault/Vault.h"

namespace consentry {

namespace {
// The keyslot file changes with the database: written inside the transaction, put back if it does not commit.
Status saveWithTransaction(UnitOfWork &work, const KeyslotFile &original, const KeyslotFile &changed)
{
    TRY(work.saveKeyslots(changed));
    work.onRollback([&work, original] { (void)work.saveKeyslots(original); });
    work.changed(UnitOfWork::Change::UsersChanged);
    return {};
}
} // namespace

UserService::UserService(Vault &vault)
    : m_vault(vault)
{
}

Status UserService::mayManageUsers()
{
    return UnitOfWork::read(m_vault, Permission::ManageUsers, [](UnitOfWork &) -> Status { return {}; });
}

Result<QList<StaffUser>> UserService::list()
{
    return UnitOfWork::read(m_vault, Permission::ManageUsers, [](UnitOfWork &work) { return work.users().all(); });
}

Status UserService::add(const QString &name, Role role, const SecureBytes &password)
{
    return UnitOfWork::write(m_vault, Permission::ManageUsers, [&](UnitOfWork &work) -> Status {
        TRY(AccountRules::checkUserName(name));
        TRY(AccountRules::checkNewPassword(password));
        TRY_ASSIGN(const KeyslotFile keys, work.loadKeyslots());
        TRY_ASSIGN(const std::optional<StaffUser> existing, work.users().find(name));
        if (existing || keys.userSlot(name))
            return makeError(ErrorKind::InvalidArgument, tr("There is already a user \"%1\".").arg(name));
        TRY_ASSIGN(const Keyslot slot,
                   KeyStore::wrap(work.databaseKey(), password, Keyslot::Type::User, name, work.storeId(),
                                  KdfParams::forThisProcess()));
        KeyslotFile changed = keys;
        changed.putSlot(slot);
        TRY(work.users().add(name, role, work.actor()));
        TRY(work.audit(AuditKind::UserAdded, std::nullopt,
                       { { QStringLiteral("user"), name }, { QStringLiteral("role"), RoleNames::key(role) } }));
        return saveWithTransaction(work, keys, changed);
    });
}

Status UserService::remove(const QString &name)
{
    return UnitOfWork::write(m_vault, Permission::ManageUsers, [&](UnitOfWork &work) -> Status {
        if (name == work.session().userName)
            return makeError(ErrorKind::Policy, tr("You cannot remove your own account. Ask another manager."));
        TRY_ASSIGN(const std::optional<StaffUser> user, work.users().find(name));
        if (!user)
            return makeError(ErrorKind::NotFound, tr("There is no user \"%1\" in this store.").arg(name));
        if (user->role == Role::Manager) {
            TRY_ASSIGN(const int managers, work.users().countWithRole(Role::Manager));
            if (managers <= 1)
                return makeError(ErrorKind::Policy, tr("\"%1\" is the last manager and cannot be removed.").arg(name));
        }
        TRY_ASSIGN(const KeyslotFile keys, work.loadKeyslots());
        KeyslotFile changed = keys;
        changed.removeUserSlot(name);
        if (changed.defaultUser == name)
            changed.defaultUser
                = work.session().viaRecoveryKey ? changed.userNames().value(0) : work.session().userName;
        TRY(work.users().remove(name));
        TRY(work.audit(AuditKind::UserRemoved, std::nullopt, { { QStringLiteral("user"), name } }));
        return saveWithTransaction(work, keys, changed);
    });
}

Status UserService::changePassword(const QString &name, const SecureBytes &currentPassword,
                                   const SecureBytes &newPassword)
{
    const bool own = name == m_vault.session().userName && !m_vault.session().viaRecoveryKey;
    return UnitOfWork::write(
        m_vault, own ? Permission::ViewStatus : Permission::ManageUsers, [&](UnitOfWork &work) -> Status {
            TRY(AccountRules::checkNewPassword(newPassword));
            TRY_ASSIGN(const KeyslotFile keys, work.loadKeyslots());
            const Keyslot *slot = keys.userSlot(name);
            if (!slot)
                return makeError(ErrorKind::NotFound, tr("There is no user \"%1\" in this store.").arg(name));
            if (own) {
                Result<SecureBytes> check = KeyStore::unwrap(*slot, currentPassword, work.storeId());
                if (!check)
                    return check.errorKind() == ErrorKind::Authentication
                        ? makeError(ErrorKind::Authentication,
                                    tr("The current password is wrong; the password was not changed."))
                        : check.error();
            }
            TRY_ASSIGN(const Keyslot fresh,
                       KeyStore::wrap(work.databaseKey(), newPassword, Keyslot::Type::User, name, work.storeId(),
                                      KdfParams::forThisProcess()));
            KeyslotFile changed = keys;
            changed.putSlot(fresh);
            TRY(work.audit(AuditKind::PasswordChanged, std::nullopt, { { QStringLiteral("user"), name } }));
            TRY(saveWithTransaction(work, keys, changed));
            // A new password ends a lockout of that account.
            work.afterCommit([&work, name] {
                const QString path = StorePaths::lockout(work.dataDir());
                // Under the lockout lock, like every change of it.
                Result<std::unique_ptr<QLockFile>> guard = LockoutFile::lock(path);
                if (!guard)
                    return;
                LockoutFile lockout = LockoutFile::load(path, work.storeId());
                if (lockout.entries.contains(name) && !lockout.damaged) {
                    lockout.clear(name);
                    (void)lockout.save(path, work.writer());
                }
            });
            return {};
        });
}

Result<QString> UserService::renewRecoveryKey()
{
    return UnitOfWork::write(m_vault, Permission::ManageUsers, [&](UnitOfWork &work) -> Result<QString> {
        TRY_ASSIGN(const KeyslotFile keys, work.loadKeyslots());
        RecoveryKey::Generated recovery = RecoveryKey::generate();
        TRY_ASSIGN(const Keyslot slot,
                   KeyStore::wrap(work.databaseKey(), recovery.secret, Keyslot::Type::Recovery,
                                  keys.recoverySlot()->name, work.storeId(), KdfParams::forThisProcess()));
        KeyslotFile changed = keys;
        changed.putSlot(slot);
        TRY(work.audit(AuditKind::PasswordChanged, std::nullopt, { { QStringLiteral("user"), AuditActor::Recovery } }));
        TRY(saveWithTransaction(work, keys, changed));
        return recovery.printable;
    });
}

} // namespace consentry
