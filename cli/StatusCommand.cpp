#include "StatusCommand.h"

#include "StoreAccess.h"
#include "services/ReportService.h"
#include "vision/FacePipeline.h"

#include <QJsonArray>

#include <QDir>

namespace consentry::cli {

QString StatusCommand::summary() const
{
    return tr("Show the store's schema version, counts, face engine and the notice version in force.");
}

int StatusCommand::run(Context &context)
{
    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context);
    if (!vault)
        return context.fail(vault.error());
    Result<ReportService::StoreStatus> status = ReportService(*vault.value()).status();
    if (!status)
        return context.fail(status.error());
    const ReportService::StoreStatus &s = status.value();

    // The engine this installation would run now (models found and verified, or the classical fallback).
    PipelineOptions options;
    options.modelDir = context.modelDir;
    options.dataDir = context.dataDir;
    Result<std::unique_ptr<FacePipeline>> pipeline = FacePipeline::create(options);
    QJsonValue engine, detectorModel, embedderModel;
    QStringList problems;
    QString engineLine;
    if (pipeline) {
        FacePipeline &p = *pipeline.value();
        engine = p.embedder().isFallback() ? QStringLiteral("classical") : QStringLiteral("dnn");
        detectorModel = p.detector().id();
        embedderModel = p.engine().name;
        problems = p.problems();
        engineLine = p.describe();
    } else {
        problems << pipeline.errorMessage();
        engineLine = pipeline.errorMessage();
    }
    const QJsonObject json {
        { QStringLiteral("schema_version"), s.schemaVersion },
        { QStringLiteral("residents"), static_cast<double>(s.residents) },
        { QStringLiteral("templates"), static_cast<double>(s.templates) },
        { QStringLiteral("active_consents"), static_cast<double>(s.activeConsents) },
        { QStringLiteral("withdrawn_consents"), static_cast<double>(s.withdrawnConsents) },
        { QStringLiteral("consents_needing_renewal"), static_cast<double>(s.consentsNeedingRenewal) },
        { QStringLiteral("retention_rule"), s.retention.toJson(context.language) },
        { QStringLiteral("next_purge_due"),
          s.nextPurgeDue.isValid() ? QJsonValue(s.nextPurgeDue.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("engine"), engine },
        { QStringLiteral("detector_model"), detectorModel },
        { QStringLiteral("embedder_model"), embedderModel },
        { QStringLiteral("model_problems"), QJsonArray::fromStringList(problems) },
        { QStringLiteral("current_notice_version"), s.currentNoticeVersion },
        { QStringLiteral("audit_events"), static_cast<double>(s.auditEvents) },
        { QStringLiteral("store_id"), s.storeId },
        { QStringLiteral("data_dir"), QDir::toNativeSeparators(vault.value()->dataDir()) },
        { QStringLiteral("user"), vault.value()->session().userName },
        { QStringLiteral("role"), RoleNames::key(vault.value()->session().role) },
        { QStringLiteral("sqlcipher_version"), s.cipherVersion },
    };
    QStringList lines;
    lines << tr("Store: %1 (schema %2, SQLCipher %3)")
                 .arg(QDir::toNativeSeparators(vault.value()->dataDir()))
                 .arg(s.schemaVersion)
                 .arg(s.cipherVersion);
    lines << tr("Residents: %1, face templates: %2").arg(s.residents).arg(s.templates);
    lines << tr("Consents in force: %1, withdrawn: %2").arg(s.activeConsents).arg(s.withdrawnConsents);
    if (s.consentsNeedingRenewal > 0)
        lines << tr("Consents waiting for renewal after a notice change: %1").arg(s.consentsNeedingRenewal);
    lines << tr("Notice version shown to residents: %1")
                 .arg(s.currentNoticeVersion.isEmpty() ? tr("none yet (the site profile is incomplete)")
                                                       : s.currentNoticeVersion);
    lines << tr("Retention: %1").arg(s.retention.sentence(context.language));
    if (s.nextPurgeDue.isValid())
        lines << tr("Next deletion due: %1").arg(s.nextPurgeDue.toString(Qt::ISODate));
    lines << tr("Face engine: %1").arg(engineLine);
    for (const QString &problem : std::as_const(problems))
        lines << QStringLiteral("  ") + problem;
    lines << tr("Audit events: %1").arg(s.auditEvents);
    return context.succeed(lines.join(QLatin1Char('\n')), json);
}

} // namespace consentry::cli
