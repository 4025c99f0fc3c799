#include "PurgeExpiredCommand.h"

#include "StoreAccess.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"

namespace consentry::cli {

QString PurgeExpiredCommand::summary() const
{
    return tr("Apply the retention policy now: delete the face templates whose retention period has ended.");
}

int PurgeExpiredCommand::run(Context &context)
{
    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context);
    if (!vault)
        return context.fail(vault.error());
    Result<PurgeReport> report = ResidentService(*vault.value()).purgeExpired();
    if (!report)
        return context.fail(report.error());
    Result<RetentionPolicy> policy = SettingsService(*vault.value()).retentionPolicy();
    QJsonObject json {
        { QStringLiteral("residents_purged"), report->residentsPurged },
        { QStringLiteral("templates_deleted"), report->templatesDeleted },
        { QStringLiteral("consents_ended"), report->consentsEnded },
        { QStringLiteral("audit_event"), static_cast<double>(report->auditEventId) },
    };
    if (policy) {
        json.insert(QStringLiteral("retention_days"), policy->retentionDays);
        json.insert(QStringLiteral("max_template_age_days"), policy->maxTemplateAgeDays);
    }
    return context.succeed(tr("Retention applied: %1 templates of %2 residents deleted.")
                               .arg(report->templatesDeleted)
                               .arg(report->residentsPurged),
                           json);
}

} // namespace consentry::cli
