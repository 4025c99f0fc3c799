#include "ExportCommand.h"

#include "ResidentOption.h"
#include "StoreAccess.h"
#include "services/ResidentService.h"

#include <QDir>
#include <QJsonArray>

namespace consentry::cli {

QString ExportCommand::summary() const
{
    return tr("Write one resident's access package: their data, consent history and audit events (JSON and PDF).");
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return { ResidentOption::option(),
             QCommandLineOption(QStringLiteral("out"), tr("The folder to write the package into."),
                                QStringLiteral("DIR")) };
}

int ExportCommand::run(Context &context)
{
    int exitCode = ExitOk;
    const std::optional<qint64> id = ResidentOption::read(context, exitCode);
    if (!id)
        return exitCode;
    const QString out = context.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.missingOption(QStringLiteral("out"));
    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context);
    if (!vault)
        return context.fail(vault.error());
    Result<ExportReceipt> package = ResidentService(*vault.value()).exportPackage(*id, out, context.language);
    if (!package)
        return context.fail(package.error());
    QJsonArray files;
    for (const QString &file : package->files)
        files.append(QDir::toNativeSeparators(file));
    const QString folder = QDir::toNativeSeparators(package->folder);
    return context.succeed(
        tr("Access package of resident %1 written to %2 (%3 files).").arg(*id).arg(folder).arg(package->files.size()),
        { { QStringLiteral("files"), files },
          { QStringLiteral("folder"), folder },
          { QStringLiteral("resident_id"), static_cast<double>(*id) },
          { QStringLiteral("audit_event"), static_cast<double>(package->auditEventId) } });
}

} // namespace consentry::cli
