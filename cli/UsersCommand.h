#pragma once

#include "Command.h"

namespace consentry::cli {

// users add --name N --role staff|auditor|manager | users list | users remove --name N | users passwd [--name N]
// Accounts from scripts. The acting user logs in as usual (--user, password as for every command); the new
// password of add/passwd is the next line of standard input (asked twice on a terminal). Manager only,
// except passwd of one's own account. Every change is audited; keyslots are replaced atomically.
class UsersCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UsersCommand)

public:
    QString name() const override { return QStringLiteral("users"); }
    QString synopsis() const override
    {
        return QStringLiteral("add --name N --role staff|auditor|manager | list | remove --name N | passwd [--name N]");
    }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    QString positionalName() const override { return QStringLiteral("add|list|remove|passwd"); }
    int run(Context &context) override;

private:
    int add(Context &context);
    int list(Context &context);
    int remove(Context &context);
    int passwd(Context &context);
};

} // namespace consentry::cli
