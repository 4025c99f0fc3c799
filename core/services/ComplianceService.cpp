#include "services/ComplianceService.h"

#include "compliance/FilingRule.h"
#include "compliance/NoticeText.h"
#include "platform/Clock.h"
#include "platform/Formats.h"
#include "services/ComplianceFacts.h"
#include "services/FilingService.h"
#include "services/UnitOfWork.h"

namespace consentry {

namespace {
using Item = ComplianceItem;
using Level = ComplianceItem::Level;
using Fix = ComplianceItem::Fix;
using Obligation = ComplianceItem::Obligation;

Item make(Obligation obligation, Level level, const QString &detail, Fix fix)
{
    Item item;
    item.obligation = obligation;
    item.level = level;
    item.detail = detail;
    item.fix = level == Level::Ok ? Fix::None : fix;
    return item;
}

qint64 daysSince(const QDateTime &at, const QDateTime &now)
{
    return at.isValid() ? at.daysTo(now) : -1;
}

Result<Item> noticeItem(UnitOfWork &work)
{
    TRY_ASSIGN(const SiteProfile profile, work.settings().siteProfile());
    if (const QStringList missing = profile.missingFields(); !missing.isEmpty())
        return make(Obligation::Notice, Level::Action,
                    ComplianceService::tr("The site profile lacks %n item(s) the notice must state; the site "
                                          "profile form shows which.",
                                          nullptr, static_cast<int>(missing.size())),
                    Fix::EditSiteProfile);
    TRY_ASSIGN(const QString version, work.settings().currentNoticeVersion());
    TRY_ASSIGN(const RetentionPolicy policy, work.retentionPolicy());
    TRY_ASSIGN(const std::optional<NoticeVersion> current, work.notices().find(version, QStringLiteral("zh_CN")));
    // The same composition SettingsService publishes: the profile and the retention rule in force.
    if (!current || current->body != NoticeText::compose(profile, policy, QStringLiteral("zh_CN")).toCanonicalText())
        return make(Obligation::Notice, Level::Action,
                    ComplianceService::tr("The notice in force does not say what the site profile says: save the "
                                          "site profile to publish the current notice."),
                    Fix::EditSiteProfile);
    return make(Obligation::Notice, Level::Ok,
                ComplianceService::tr("Notice version %1 is complete and in force.").arg(version), Fix::None);
}

Result<Item> signsItem(UnitOfWork &work)
{
    TRY_ASSIGN(const QString version, work.settings().currentNoticeVersion());
    if (version.isEmpty())
        return make(Obligation::Signs, Level::Action,
                    ComplianceService::tr("No notice is in force yet, so no sign can state it: complete the site "
                                          "profile first."),
                    Fix::EditSiteProfile);
    TRY_ASSIGN(const QList<Device> devices, work.compliance().devices());
    if (devices.isEmpty())
        return make(Obligation::Signs, Level::Action,
                    ComplianceService::tr("No device is registered, so no sign can be shown to be at a device."),
                    Fix::DeviceRegister);
    TRY_ASSIGN(const QList<Device> without, work.compliance().devicesWithoutSign(version));
    if (!without.isEmpty()) {
        QStringList names;
        for (const Device &d : without)
            names << d.name;
        return make(Obligation::Signs, Level::Action,
                    ComplianceService::tr("No sign of notice version %1 was printed for: %2.")
                        .arg(version, names.join(ComplianceService::tr(", "))),
                    Fix::PrintSigns);
    }
    return make(Obligation::Signs, Level::Ok,
                ComplianceService::tr("Signs of notice version %1 were printed for all %n device(s).", nullptr,
                                      static_cast<int>(devices.size()))
                    .arg(version),
                Fix::None);
}

Result<Item> assessmentItem(UnitOfWork &work, const EngineFacts &engine)
{
    TRY_ASSIGN(const std::optional<ImpactAssessment> signedVersion, work.compliance().latestAssessment());
    if (!signedVersion)
        return make(Obligation::Assessment, Level::Action,
                    ComplianceService::tr("No impact assessment has been signed: it is needed before face data is "
                                          "processed."),
                    Fix::EditAssessment);
    TRY_ASSIGN(const AssessmentBasis now, ComplianceFacts::currentBasis(work, engine));
    if (const QStringList changed = signedVersion->basis.changedIn(now); !changed.isEmpty()) {
        QStringList names;
        for (const QString &key : changed)
            names << ImpactAssessment::basisPartName(key);
        return make(Obligation::Assessment, Level::Action,
                    ComplianceService::tr("A new assessment is needed: %1 changed after version %2 was signed.")
                        .arg(names.join(ComplianceService::tr(", ")))
                        .arg(signedVersion->version),
                    Fix::EditAssessment);
    }
    return make(Obligation::Assessment, Level::Ok,
                ComplianceService::tr("Version %1 was signed by %2 on %3 and still holds.")
                    .arg(signedVersion->version)
                    .arg(signedVersion->signedBy, Formats::date(signedVersion->signedAt.toLocalTime().date())),
                Fix::None);
}

Result<Item> filingItem(UnitOfWork &work)
{
    // The same numbers as the filing screen: the filing service's reading, inside this work.
    TRY_ASSIGN(const FilingService::State state, FilingService::stateIn(work));
    Level level = Level::Ok;
    if (state.level == FilingRule::Level::Due && !state.filed)
        level = Level::Action;
    else if (state.level == FilingRule::Level::Approaching || !state.reminders.isEmpty())
        level = Level::Warning;
    QString detail = state.summary;
    if (!state.reminders.isEmpty())
        detail += QLatin1Char(' ') + state.reminders.join(QLatin1Char(' '));
    return make(Obligation::Filing, level, detail, Fix::Filing);
}

Result<Item> devicesItem(UnitOfWork &work)
{
    TRY_ASSIGN(const QList<Device> devices, work.compliance().devices());
    if (devices.isEmpty())
        return make(Obligation::Devices, Level::Action,
                    ComplianceService::tr("No camera or terminal is registered: register every device with its "
                                          "location and capture area."),
                    Fix::DeviceRegister);
    for (const Device &d : devices) {
        // The schema refuses these; a store written by other means is still reported.
        if (DeviceLocation::isPrivateSpace(d.locationType))
            return make(Obligation::Devices, Level::Action, DeviceLocation::check(d.locationType).errorMessage(),
                        Fix::DeviceRegister);
    }
    return make(Obligation::Devices, Level::Ok,
                ComplianceService::tr("%n device(s) registered, none in a private space.", nullptr,
                                      static_cast<int>(devices.size())),
                Fix::None);
}

Result<Item> retentionItem(UnitOfWork &work)
{
    TRY_ASSIGN(const SiteProfile profile, work.settings().siteProfile());
    TRY_ASSIGN(const RetentionPolicy policy, work.retentionPolicy());
    if (profile.maxRetentionDays > 0 && policy.maxTemplateAgeDays > profile.maxRetentionDays)
        return make(Obligation::Retention, Level::Action,
                    ComplianceService::tr("Templates are kept up to %1 days, longer than the ceiling of %2 days the "
                                          "site profile states.")
                        .arg(policy.maxTemplateAgeDays)
                        .arg(profile.maxRetentionDays),
                    Fix::RetentionSettings);
    // Anything due before today still holding face data: the purge has not done its job.
    const QDate yesterday = Clock::instance().now().date().addDays(-1);
    TRY_ASSIGN(const QList<qint64> overdue, work.residents().idsWhere(policy.dueOnOrBeforeSql(yesterday)));
    if (!overdue.isEmpty())
        return make(Obligation::Retention, Level::Action,
                    ComplianceService::tr("%n person(s) still have face data past the end of the retention period.",
                                          nullptr, static_cast<int>(overdue.size())),
                    Fix::Purge);
    return make(Obligation::Retention, Level::Ok, policy.describe(), Fix::None);
}

Result<Item> renewalItem(UnitOfWork &work)
{
    TRY_ASSIGN(const qint64 waiting, ComplianceFacts::consentsNeedingRenewal(work));
    if (waiting > 0)
        return make(Obligation::Renewal, Level::Warning,
                    ComplianceService::tr("%n person(s) must renew their consent after a material change of the "
                                          "notice.",
                                          nullptr, static_cast<int>(waiting)),
                    Fix::RenewConsents);
    return make(Obligation::Renewal, Level::Ok, ComplianceService::tr("No consent waits for renewal."), Fix::None);
}

Result<Item> backupItem(UnitOfWork &work, const QDateTime &now)
{
    TRY_ASSIGN(const QDateTime last, work.compliance().lastAuditAt(AuditKind::Backup));
    const qint64 days = daysSince(last, now);
    if (days < 0)
        return make(Obligation::Backup, Level::Action, ComplianceService::tr("No backup has been made."), Fix::Backup);
    const QString detail
        = ComplianceService::tr("The last backup was made on %1 (%n day(s) ago).", nullptr, static_cast<int>(days))
              .arg(Formats::dateTime(last.toLocalTime()));
    if (days > ComplianceService::kBackupActionDays)
        return make(Obligation::Backup, Level::Action, detail, Fix::Backup);
    if (days > ComplianceService::kBackupOkDays)
        return make(Obligation::Backup, Level::Warning, detail, Fix::Backup);
    return make(Obligation::Backup, Level::Ok, detail, Fix::None);
}

Result<Item> auditItem(UnitOfWork &work, const QDateTime &now)
{
    TRY_ASSIGN(const QDateTime last, work.compliance().lastAuditAt(AuditKind::AuditVerified));
    const qint64 days = daysSince(last, now);
    if (days < 0)
        return make(Obligation::AuditChain, Level::Action,
                    ComplianceService::tr("The audit log has never been verified."), Fix::VerifyAudit);
    const QString detail = ComplianceService::tr("The audit log was last verified on %1 (%n day(s) ago).", nullptr,
                                                 static_cast<int>(days))
                               .arg(Formats::dateTime(last.toLocalTime()));
    return make(Obligation::AuditChain, days > ComplianceService::kAuditVerifiedDays ? Level::Action : Level::Ok,
                detail, Fix::VerifyAudit);
}

Result<Item> purgeItem(UnitOfWork &work, const QDateTime &now)
{
    TRY_ASSIGN(const QDateTime last, work.compliance().lastAuditAt(AuditKind::Purge));
    const qint64 days = daysSince(last, now);
    if (days < 0)
        return make(Obligation::Purge, Level::Action, ComplianceService::tr("The retention purge has never run."),
                    Fix::Purge);
    const QString detail
        = ComplianceService::tr("The retention purge last ran on %1.").arg(Formats::dateTime(last.toLocalTime()));
    if (days > ComplianceService::kPurgeActionDays)
        return make(Obligation::Purge, Level::Action, detail, Fix::Purge);
    if (days > ComplianceService::kPurgeOkDays)
        return make(Obligation::Purge, Level::Warning, detail, Fix::Purge);
    return make(Obligation::Purge, Level::Ok, detail, Fix::None);
}
} // namespace

ComplianceService::ComplianceService(Vault &vault)
    : m_vault(vault)
{
}

Result<ComplianceReport> ComplianceService::report(const EngineFacts &engine)
{
    return UnitOfWork::read(m_vault, Permission::ViewReports, [&](UnitOfWork &work) -> Result<ComplianceReport> {
        ComplianceReport report;
        report.at = Clock::instance().now();
        TRY_ASSIGN(const Item notice, noticeItem(work));
        TRY_ASSIGN(const Item signs, signsItem(work));
        TRY_ASSIGN(const Item assessment, assessmentItem(work, engine));
        TRY_ASSIGN(const Item filing, filingItem(work));
        TRY_ASSIGN(const Item devices, devicesItem(work));
        TRY_ASSIGN(const Item retention, retentionItem(work));
        TRY_ASSIGN(const Item renewal, renewalItem(work));
        TRY_ASSIGN(const Item backup, backupItem(work, report.at));
        TRY_ASSIGN(const Item audit, auditItem(work, report.at));
        TRY_ASSIGN(const Item purge, purgeItem(work, report.at));
        report.items = { notice, signs, assessment, filing, devices, retention, renewal, backup, audit, purge };
        return report;
    });
}

} // namespace consentry
