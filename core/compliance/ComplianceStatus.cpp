#include "compliance/ComplianceStatus.h"

namespace consentry {

QList<ComplianceItem::Obligation> ComplianceItem::all()
{
    return { Obligation::Notice,     Obligation::Signs,     Obligation::Assessment, Obligation::Filing,
             Obligation::Devices,    Obligation::Retention, Obligation::Renewal,    Obligation::Backup,
             Obligation::AuditChain, Obligation::Purge };
}

QString ComplianceItem::title(Obligation obligation)
{
    switch (obligation) {
    case Obligation::Notice: return tr("Notice complete and current");
    case Obligation::Signs: return tr("Signs at every device for the current notice");
    case Obligation::Assessment: return tr("Impact assessment signed and current");
    case Obligation::Filing: return tr("Filing with the cyberspace office");
    case Obligation::Devices: return tr("Devices registered, none in a private space");
    case Obligation::Retention: return tr("Retention within its limits");
    case Obligation::Renewal: return tr("Consents renewed after a material change");
    case Obligation::Backup: return tr("Recent encrypted backup");
    case Obligation::AuditChain: return tr("Audit log verified recently");
    case Obligation::Purge: return tr("Retention purge ran on time");
    }
    return QString();
}

QString ComplianceItem::key(Obligation obligation)
{
    switch (obligation) {
    case Obligation::Notice: return QStringLiteral("notice");
    case Obligation::Signs: return QStringLiteral("signs");
    case Obligation::Assessment: return QStringLiteral("impact_assessment");
    case Obligation::Filing: return QStringLiteral("filing");
    case Obligation::Devices: return QStringLiteral("devices");
    case Obligation::Retention: return QStringLiteral("retention");
    case Obligation::Renewal: return QStringLiteral("consent_renewal");
    case Obligation::Backup: return QStringLiteral("backup");
    case Obligation::AuditChain: return QStringLiteral("audit_chain");
    case Obligation::Purge: return QStringLiteral("purge");
    }
    return QString();
}

QString ComplianceItem::levelName(Level level)
{
    switch (level) {
    case Level::Ok: return tr("In order");
    case Level::Warning: return tr("Attention");
    case Level::Action: return tr("Action needed");
    }
    return QString();
}

QString ComplianceItem::levelKey(Level level)
{
    switch (level) {
    case Level::Ok: return QStringLiteral("ok");
    case Level::Warning: return QStringLiteral("warning");
    case Level::Action: return QStringLiteral("action");
    }
    return QString();
}

QString ComplianceItem::fixLabel(Fix fix)
{
    switch (fix) {
    case Fix::None: return QString();
    case Fix::EditSiteProfile: return tr("Complete the site profile");
    case Fix::PrintSigns: return tr("Print signs");
    case Fix::EditAssessment: return tr("Open the impact assessment");
    case Fix::Filing: return tr("Open the filing");
    case Fix::DeviceRegister: return tr("Open the device register");
    case Fix::RetentionSettings: return tr("Check the retention settings");
    case Fix::RenewConsents: return tr("Show the residents");
    case Fix::Backup: return tr("Make a backup");
    case Fix::VerifyAudit: return tr("Verify the audit log");
    case Fix::Purge: return tr("Show the residents");
    }
    return QString();
}

const ComplianceItem *ComplianceReport::item(ComplianceItem::Obligation obligation) const
{
    for (const ComplianceItem &i : items) {
        if (i.obligation == obligation)
            return &i;
    }
    return nullptr;
}

int ComplianceReport::count(ComplianceItem::Level level) const
{
    int n = 0;
    for (const ComplianceItem &i : items)
        n += i.level == level ? 1 : 0;
    return n;
}

} // namespace consentry
