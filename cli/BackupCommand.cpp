#include "BackupCommand.h"

#include "StoreAccess.h"
#include "services/BackupService.h"

#include <QDir>

namespace consentry::cli {

QString BackupCommand::summary() const
{
    return tr("Write a consistent encrypted backup of the store (database and keyslots) into one file.");
}

QList<QCommandLineOption> BackupCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("out"), tr("The backup file to write."), QStringLiteral("FILE")) };
}

int BackupCommand::run(Context &context)
{
    const QString out = context.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.missingOption(QStringLiteral("out"));
    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context);
    if (!vault)
        return context.fail(vault.error());
    Result<BackupService::Written> written = BackupService(*vault.value()).backupTo(out);
    if (!written)
        return context.fail(written.error());
    const QString file = QDir::toNativeSeparators(written->file);
    return context.succeed(
        tr("Backup written to %1 (%2 bytes).").arg(file).arg(written->bytes),
        { { QStringLiteral("file"), file }, { QStringLiteral("bytes"), static_cast<double>(written->bytes) } });
}

} // namespace consentry::cli
