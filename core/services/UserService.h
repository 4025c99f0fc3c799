#pragma once

#include "Result.h"
#include "domain/StaffUser.h"

#include <QCoreApplication>
#include <QList>

namespace consentry {

class SecureBytes;
class Vault;

// Accounts: each user has a keyslot (password-wrapped database key) and a row with their role.
// Keyslot file and database change together: the keyslot file is written inside the database
// transaction and put back if the commit fails.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(Vault &vault);

    Result<QList<StaffUser>> list(); // manager
    // Whether this session may manage accounts, asked before anything else is read or typed (the CLI asks
    // before it reads a new password); a refusal is recorded like any other. Manager.
    Status mayManageUsers();
    Status add(const QString &name, Role role, const SecureBytes &password); // manager
    Status remove(const QString &name); // manager; not self, not the last manager
    // Own password: `currentPassword` must be right. Someone else's: manager only, currentPassword ignored.
    Status changePassword(const QString &name, const SecureBytes &currentPassword, const SecureBytes &newPassword);
    // A new recovery key replaces the old one (which stops working); returns it to show once. Manager.
    Result<QString> renewRecoveryKey();

private:
    Vault &m_vault;
};

} // namespace consentry
