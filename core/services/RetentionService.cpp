#include "services/RetentionService.h"

#include "platform/Clock.h"
#include "services/Vault.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSet>

namespace consentry {

RetentionService::RetentionService(Vault &vault)
    : m_vault(vault)
{
}

Result<RetentionPolicy> RetentionService::readPolicy(Vault &vault)
{
    RetentionPolicy policy;
    Result<SiteProfile> profile = vault.settingsRepository().siteProfile();
    if (!profile)
        return profile.error();
    policy.retentionDays = std::max(0, profile->retentionDays);
    Result<QString> stored = vault.settingsRepository().value(MaxTemplateAgeKey);
    if (!stored)
        return stored.error();
    if (!stored->isNull()) {
        bool ok = false;
        const int days = stored->toInt(&ok);
        if (!ok || !RetentionPolicy::isValidMaxAge(days))
            return makeError(ErrorKind::Data,
                             tr("The stored maximum template age \"%1\" is not valid. Set it again "
                                "in the settings.")
                                 .arg(stored.value()));
        policy.maxTemplateAgeDays = days;
    }
    return policy;
}

Result<RetentionPolicy> RetentionService::policy()
{
    if (Status ok = m_vault.require(Permission::ViewStatus); !ok)
        return ok.error();
    return readPolicy(m_vault);
}

Status RetentionService::setMaxTemplateAgeDays(int days)
{
    if (Status ok = m_vault.require(Permission::ChangeSettings); !ok)
        return ok;
    if (!RetentionPolicy::isValidMaxAge(days))
        return makeError(ErrorKind::InvalidArgument,
                         tr("The maximum template age must be between 1 and %1 days.").arg(RetentionPolicy::kMaxDays));
    Transaction tx(m_vault.database());
    if (Status ok = tx.begin(); !ok)
        return ok;
    if (Status ok
        = m_vault.settingsRepository().setValue(MaxTemplateAgeKey, QString::number(days), m_vault.session().userName);
        !ok)
        return ok;
    if (Result<qint64> ok = m_vault.auditLog().append(
            AuditLog::SettingsChanged, m_vault.session().userName, std::nullopt,
            { { QStringLiteral("key"), MaxTemplateAgeKey }, { QStringLiteral("value"), days } });
        !ok)
        return ok.error();
    return tx.commit();
}

Result<RetentionService::PurgeReport> RetentionService::purgeExpired()
{
    if (Status ok = m_vault.require(Permission::Purge); !ok)
        return ok.error();
    return purge(m_vault.session().userName);
}

Result<RetentionService::PurgeReport> RetentionService::purgeScheduled()
{
    if (m_vault.isLocked())
        return makeError(ErrorKind::Authentication, tr("The store is locked. Unlock it first."));
    return purge(SystemActor);
}

Result<RetentionService::PurgeReport> RetentionService::purge(const QString &actor)
{
    Result<RetentionPolicy> policy = readPolicy(m_vault);
    if (!policy)
        return policy.error();
    PurgeReport report;
    report.at = Clock::instance().now();
    ResidentDirectory directory(m_vault.database(), policy.value(), report.at.date());
    Transaction tx(m_vault.database());
    if (Status ok = tx.begin(); !ok)
        return ok.error();

    QSet<qint64> done;
    auto note = [&](qint64 residentId, int templates, int consents, const QString &reason) -> Status {
        if (templates == 0 && consents == 0)
            return {};
        report.templatesDeleted += templates;
        report.consentsEnded += consents;
        if (!done.contains(residentId)) {
            done.insert(residentId);
            report.residentIds << residentId;
        }
        Result<qint64> event = m_vault.auditLog().append(AuditLog::TemplateDeleted, actor, residentId,
                                                         { { QStringLiteral("count"), templates },
                                                           { QStringLiteral("consents_ended"), consents },
                                                           { QStringLiteral("reason"), reason } });
        return event ? Status() : Status(event.error());
    };

    // 1. Moved out at least retention_days ago: everything biometric goes, the grant ends.
    Result<QList<qint64>> movedOut = directory.dueByMoveOut();
    if (!movedOut)
        return movedOut.error();
    for (qint64 id : movedOut.value()) {
        Result<int> templates = m_vault.templateRepository().removeOfResident(id);
        if (!templates)
            return templates.error();
        Result<int> consents = m_vault.consentRepository().withdrawAll(id, RetentionActor);
        if (!consents)
            return consents.error();
        if (Status ok = note(id, templates.value(), consents.value(), QStringLiteral("retention_move_out")); !ok)
            return ok.error();
    }

    // 2. Templates older than the maximum age, whatever the move-out date says.
    const QDateTime cutoff = policy->ageCutoff(report.at);
    Result<QList<qint64>> aged = directory.withTemplatesMadeBefore(cutoff);
    if (!aged)
        return aged.error();
    for (qint64 id : aged.value()) {
        Result<int> templates = directory.removeTemplatesMadeBefore(id, cutoff);
        if (!templates)
            return templates.error();
        Result<std::optional<ResidentRow>> row = directory.row(id);
        if (!row)
            return row.error();
        int consents = 0;
        if (row.value() && row.value()->templateCount == 0) {
            Result<int> ended = m_vault.consentRepository().withdrawAll(id, RetentionActor);
            if (!ended)
                return ended.error();
            consents = ended.value();
        }
        if (Status ok = note(id, templates.value(), consents, QStringLiteral("retention_max_age")); !ok)
            return ok.error();
    }

    report.residentsPurged = static_cast<int>(report.residentIds.size());
    Result<qint64> event
        = m_vault.auditLog().append(AuditLog::Purge, actor, std::nullopt,
                                    { { QStringLiteral("residents_purged"), report.residentsPurged },
                                      { QStringLiteral("templates_deleted"), report.templatesDeleted },
                                      { QStringLiteral("consents_ended"), report.consentsEnded },
                                      { QStringLiteral("retention_days"), policy->retentionDays },
                                      { QStringLiteral("max_template_age_days"), policy->maxTemplateAgeDays } });
    if (!event)
        return event.error();
    report.auditEventId = event.value();
    if (Status ok = tx.commit(); !ok)
        return ok.error();
    return report;
}

Result<QList<ResidentRow>> RetentionService::dueWithin(int days)
{
    if (Status ok = m_vault.require(Permission::ViewResidents); !ok)
        return ok.error();
    if (days < 0)
        return makeError(ErrorKind::InvalidArgument, tr("The number of days must not be negative."));
    Result<RetentionPolicy> policy = readPolicy(m_vault);
    if (!policy)
        return policy.error();
    ResidentDirectory directory(m_vault.database(), policy.value(), Clock::instance().now().date());
    ResidentFilter filter;
    filter.retentionDueWithinDays = days;
    filter.order = ResidentFilter::Order::RetentionDue;
    QList<ResidentRow> all;
    for (int offset = 0;; offset += 1000) {
        Result<QList<ResidentRow>> page = directory.page(filter, offset, 1000);
        if (!page)
            return page.error();
        all += page.value();
        if (page->size() < 1000)
            return all;
    }
}

} // namespace consentry
