#include "RestoreCommand.h"

#include "PasswordReader.h"
#include "services/ReportService.h"
#include "vault/StoreFolder.h"
#include "vault/Vault.h"

#include <QDir>

namespace consentry::cli {

QString RestoreCommand::summary() const
{
    return tr("Restore a backup into an empty folder (given with --data-dir), after verifying all of it.");
}

QList<QCommandLineOption> RestoreCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("in"), tr("The backup file to restore."), QStringLiteral("FILE")) };
}

int RestoreCommand::run(Context &context)
{
    const QString in = context.value(QStringLiteral("in"));
    if (in.isEmpty())
        return context.missingOption(QStringLiteral("in"));
    if (!context.isSet(QStringLiteral("data-dir")))
        return context.missingOption(QStringLiteral("data-dir"));
    const QString user = context.user.isEmpty() ? tr("the backup's manager") : context.user;
    Result<SecureBytes> password = PasswordReader::read(context, tr("Password for %1: ").arg(user));
    if (!password)
        return context.fail(password.error());
    Result<std::unique_ptr<Vault>> vault = StoreFolder::restore(in, context.dataDir, context.user, password.value());
    if (!vault)
        return context.fail(vault.error());
    const Result<ReportService::StoreStatus> status = ReportService(*vault.value()).status();
    const qint64 residents = status ? status->residents : 0;
    const QString dir = QDir::toNativeSeparators(context.dataDir);
    return context.succeed(tr("Restored the backup into %1 (%2 residents).").arg(dir).arg(residents),
                           { { QStringLiteral("residents"), static_cast<double>(residents) },
                             { QStringLiteral("data_dir"), dir },
                             { QStringLiteral("store_id"), vault.value()->storeId() } });
}

} // namespace consentry::cli
