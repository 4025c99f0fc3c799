#include "InitCommand.h"

#include "PasswordReader.h"
#include "vault/AccountRules.h"
#include "vault/StoreFolder.h"
#include "vault/Vault.h"

#include <QDir>

namespace consentry::cli {

QString InitCommand::summary() const
{
    return tr("Create a new encrypted store with its first manager, and show the recovery key once.");
}

QList<QCommandLineOption> InitCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("manager"), tr("Name of the first manager account."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("site-name"), tr("Name of the hotel or compound."), QStringLiteral("S")),
    };
}

int InitCommand::run(Context &context)
{
    const QString manager = context.value(QStringLiteral("manager"));
    if (manager.isEmpty())
        return context.missingOption(QStringLiteral("manager"));
    if (Status ok = AccountRules::checkUserName(manager); !ok)
        return context.fail(ok.error());
    if (StoreFolder::inspect(context.dataDir) != StoreFolder::State::Empty)
        return context.fail(ExitPolicy,
                            tr("\"%1\" already holds a Consentry store (or part of one); nothing was "
                               "changed. Choose an empty folder with --data-dir.")
                                .arg(QDir::toNativeSeparators(context.dataDir)));
    Result<SecureBytes> password
        = PasswordReader::readNew(context, tr("New password for %1: ").arg(manager), tr("The same password again: "));
    if (!password)
        return context.fail(password.error().kind == ErrorKind::Authentication ? ExitUsage
                                                                               : exitCodeFor(password.errorKind()),
                            password.errorMessage());
    SiteProfile profile;
    profile.siteName = context.value(QStringLiteral("site-name")).trimmed();
    Result<StoreFolder::Created> created = StoreFolder::create(context.dataDir, manager, password.value(), profile);
    if (!created)
        return context.fail(created.error());
    const QString dir = QDir::toNativeSeparators(context.dataDir);
    const QString text = tr("Created an encrypted store in %1 with the manager \"%2\".").arg(dir, manager)
        + QLatin1Char('\n') + tr("Recovery key (write it down and keep it locked away; it is shown only this once):")
        + QLatin1Char('\n') + QLatin1String("  ") + created->recoveryKey;
    return context.succeed(text,
                           { { QStringLiteral("recovery_key"), created->recoveryKey },
                             { QStringLiteral("data_dir"), dir },
                             { QStringLiteral("manager"), manager },
                             { QStringLiteral("store_id"), created->vault->storeId() } });
}

} // namespace consentry::cli
