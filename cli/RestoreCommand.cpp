#include "RestoreCommand.h"

#include "PasswordReader.h"
#include "platform/Clock.h"
#include "platform/Formats.h"
#include "services/ReportService.h"
#include "vault/StoreFolder.h"
#include "vault/Vault.h"

#include <QDir>
#include <QJsonArray>

namespace consentry::cli {

QString RestoreCommand::summary() const
{
    return tr("Restore a backup into an empty folder (given with --data-dir), or with --replace over the same "
              "store, re-applying every deletion made after the backup; all of it is verified first.");
}

QList<QCommandLineOption> RestoreCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("in"), tr("The backup file to restore."), QStringLiteral("FILE")),
             QCommandLineOption(QStringLiteral("replace"),
                                tr("Replace the store in --data-dir (the same store, an older state): withdrawals, "
                                   "deletions and purges made since the backup are applied again.")) };
}

int RestoreCommand::run(Context &context)
{
    const QString in = context.value(QStringLiteral("in"));
    if (in.isEmpty())
        return context.missingOption(QStringLiteral("in"));
    if (!context.isSet(QStringLiteral("data-dir")))
        return context.missingOption(QStringLiteral("data-dir"));
    const bool replace = context.isSet(QStringLiteral("replace"));
    const QString user = context.user.isEmpty() ? tr("the backup's manager") : context.user;
    Result<SecureBytes> password = PasswordReader::read(context, tr("Password for %1: ").arg(user));
    if (!password)
        return context.fail(password.error());
    Result<StoreFolder::Restored> restored = replace
        ? StoreFolder::restoreReplacing(in, context.dataDir, context.user, password.value())
        : StoreFolder::restoreFresh(in, context.dataDir, context.user, password.value());
    if (!restored)
        return context.fail(restored.error());
    const LedgerReplay::Report &replay = restored->replay;
    const Result<ReportService::StoreStatus> status = ReportService(*restored->vault).status();
    const qint64 residents = status ? status->residents : 0;
    const QString dir = QDir::toNativeSeparators(context.dataDir);
    const QDateTime now = Clock::instance().now();
    const qint64 ageDays = StoreFolder::backupAgeDays(restored.value(), now);
    const QString text = StoreFolder::describe(restored.value(), context.dataDir, residents, now);
    QJsonArray ids;
    for (const qint64 id : replay.residentIds)
        ids.append(static_cast<double>(id));
    return context.succeed(
        text,
        { { QStringLiteral("residents"), static_cast<double>(residents) },
          { QStringLiteral("data_dir"), dir },
          { QStringLiteral("store_id"), restored->vault->storeId() },
          { QStringLiteral("replaced"), replace },
          { QStringLiteral("backup_taken_at"),
            replay.backupTakenAt.isValid() ? replay.backupTakenAt.toString(Qt::ISODate) : QString() },
          { QStringLiteral("backup_age_days"), static_cast<double>(ageDays) },
          { QStringLiteral("ledger_found"), restored->ledgerFound },
          { QStringLiteral("reapplied_deletions"), replay.entriesReapplied },
          { QStringLiteral("reapplied_resident_ids"), ids },
          { QStringLiteral("templates_deleted"), replay.templatesDeleted },
          { QStringLiteral("consents_ended"), replay.consentsEnded } });
}

} // namespace consentry::cli
