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
    const qint64 ageDays = replay.backupTakenAt.isValid() ? replay.backupTakenAt.daysTo(now) : -1;
    const QString taken = replay.backupTakenAt.isValid()
        ? tr("The backup was taken on %1 (%n day(s) ago).", nullptr, static_cast<int>(ageDays))
              .arg(Formats::dateTimeWithOffset(replay.backupTakenAt))
        : tr("When the backup was taken cannot be told.");
    QString text;
    if (replace) {
        text = tr("Restored the backup over the store in %1 (%2 residents).").arg(dir).arg(residents) + QLatin1Char(' ')
            + taken + QLatin1Char(' ');
        if (replay.entriesReapplied == 0)
            text += restored->ledgerFound ? tr("No deletion was made after the backup; nothing had to be re-applied.")
                                          : tr("No deletion ledger was found beside the store, so deletions made after "
                                               "the backup could not be re-applied: withdraw those residents again.");
        else
            text += tr("Re-applied %n deletion(s) made after the backup (%1 resident(s), %2 face template(s) deleted, "
                       "%3 consent(s) ended).",
                       nullptr, replay.entriesReapplied)
                        .arg(replay.residentIds.size())
                        .arg(replay.templatesDeleted)
                        .arg(replay.consentsEnded);
    } else {
        text = tr("Restored the backup into %1 (%2 residents).").arg(dir).arg(residents) + QLatin1Char(' ') + taken
            + QLatin1Char(' ')
            + tr("A restore into an empty folder has no deletion ledger: withdrawals, deletions and purges made "
                 "after the backup cannot be known here. Withdraw those residents again.");
    }
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
