#include "UsersCommand.h"

#include "PasswordReader.h"
#include "StoreAccess.h"

#include "domain/Role.h"
#include "services/UserService.h"
#include "vault/AccountRules.h"
#include "vault/Vault.h"

#include <QJsonArray>

namespace consentry::cli {

QString UsersCommand::summary() const
{
    return tr("Manage the accounts: add, list, remove a user or set a password (manager only).");
}

QList<QCommandLineOption> UsersCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("name"), tr("The account to add, remove or give a new password."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("role"), tr("The new account's role: staff, auditor or manager."),
                           QStringLiteral("ROLE")),
    };
}

int UsersCommand::run(Context &context)
{
    return context.runAction({ { QStringLiteral("add"), [&] { return add(context); } },
                               { QStringLiteral("list"), [&] { return list(context); } },
                               { QStringLiteral("remove"), [&] { return remove(context); } },
                               { QStringLiteral("passwd"), [&] { return passwd(context); } } });
}

int UsersCommand::add(Context &context)
{
    const QString name = context.value(QStringLiteral("name"));
    if (name.isEmpty())
        return context.missingOption(QStringLiteral("name"));
    const QString roleKey = context.value(QStringLiteral("role"));
    if (roleKey.isEmpty())
        return context.missingOption(QStringLiteral("role"));
    const std::optional<Role> role = RoleNames::fromKey(roleKey);
    if (!role)
        return context.fail(ExitUsage, tr("Unknown role \"%1\": use staff, auditor or manager.").arg(roleKey));
    if (Status ok = AccountRules::checkUserName(name); !ok)
        return context.fail(ok.error());
    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context);
    if (!vault)
        return context.fail(vault.error());
    // The role is checked before the new password is read: a refused command asks for nothing more.
    if (Status allowed = UserService(*vault.value()).mayManageUsers(); !allowed)
        return context.fail(allowed.error());
    Result<SecureBytes> password = PasswordReader::readAnother(
        context, tr("Password for the new account %1: ").arg(name), tr("The same password again: "));
    if (!password)
        return context.fail(password.error());
    if (Status ok = UserService(*vault.value()).add(name, *role, password.value()); !ok)
        return context.fail(ok.error());
    return context.succeed(tr("Added the account %1 (%2).").arg(name, RoleNames::displayName(*role)),
                           { { QStringLiteral("name"), name }, { QStringLiteral("role"), RoleNames::key(*role) } });
}

int UsersCommand::list(Context &context)
{
    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context);
    if (!vault)
        return context.fail(vault.error());
    Result<QList<StaffUser>> users = UserService(*vault.value()).list();
    if (!users)
        return context.fail(users.error());
    QJsonArray array;
    QStringList lines;
    for (const StaffUser &user : users.value()) {
        array.append(QJsonObject { { QStringLiteral("name"), user.name },
                                   { QStringLiteral("role"), RoleNames::key(user.role) },
                                   { QStringLiteral("created_at"), user.createdAt.toUTC().toString(Qt::ISODateWithMs) },
                                   { QStringLiteral("created_by"), user.createdBy } });
        lines << tr("%1\t%2\tadded %3 by %4")
                     .arg(user.name, RoleNames::displayName(user.role),
                          QLocale().toString(user.createdAt.toLocalTime(), QLocale::ShortFormat), user.createdBy);
    }
    return context.succeed(lines.join(QLatin1Char('\n')), { { QStringLiteral("users"), array } });
}

int UsersCommand::remove(Context &context)
{
    const QString name = context.value(QStringLiteral("name"));
    if (name.isEmpty())
        return context.missingOption(QStringLiteral("name"));
    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context);
    if (!vault)
        return context.fail(vault.error());
    if (Status ok = UserService(*vault.value()).remove(name); !ok)
        return context.fail(ok.error());
    return context.succeed(tr("Removed the account %1.").arg(name), { { QStringLiteral("removed"), name } });
}

int UsersCommand::passwd(Context &context)
{
    SecureBytes loginPassword;
    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context, &loginPassword);
    if (!vault)
        return context.fail(vault.error());
    Vault &store = *vault.value();
    const QString self = store.session().userName;
    const QString name = context.isSet(QStringLiteral("name")) ? context.value(QStringLiteral("name")) : self;
    const bool own = name == self;
    if (!own) {
        if (Status allowed = UserService(store).mayManageUsers(); !allowed)
            return context.fail(allowed.error());
    }
    Result<SecureBytes> password
        = PasswordReader::readAnother(context, tr("New password for %1: ").arg(name), tr("The same password again: "));
    if (!password)
        return context.fail(password.error());
    // Own account: the password just used to log in is the current password.
    if (Status ok = UserService(store).changePassword(name, loginPassword, password.value()); !ok)
        return context.fail(ok.error());
    return context.succeed(tr("The password of %1 was changed.").arg(name), { { QStringLiteral("user"), name } });
}

} // namespace consentry::cli
