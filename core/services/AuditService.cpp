#include "services/AuditService.h"

#include "domain/AuditKind.h"
#include "services/UnitOfWork.h"

namespace consentry {

AuditService::AuditService(Vault &vault)
    : m_vault(vault)
{
}

Result<QList<AuditEvent>> AuditService::events(qint64 afterId, int limit)
{
    return UnitOfWork::read(m_vault, Permission::ReadAudit,
                            [&](UnitOfWork &work) { return work.auditLog().events(afterId, limit); });
}

Result<AuditVerification> AuditService::verify()
{
    // The check itself is recorded (the compliance centre asks when the chain was last verified); its event is
    // appended after the events it checked, in the same transaction.
    return UnitOfWork::write(m_vault, Permission::ReadAudit, [](UnitOfWork &work) -> Result<AuditVerification> {
        TRY_ASSIGN(const AuditVerification result, work.auditLog().verify());
        QJsonObject details { { QStringLiteral("events"), result.events }, { QStringLiteral("ok"), result.ok } };
        if (!result.ok)
            details.insert(QStringLiteral("first_broken"), result.firstBroken);
        TRY(work.audit(AuditKind::AuditVerified, std::nullopt, details));
        return result;
    });
}

Status AuditService::recordSignagePrinted(const QJsonObject &details)
{
    return UnitOfWork::write(m_vault, Permission::PrintSignage, [&](UnitOfWork &work) -> Status {
        // Which notice version the sign states, and for which registered device: the compliance centre checks
        // that every device has a sign of the notice in force.
        SignPrint print;
        TRY_ASSIGN(const QString notice, work.settings().currentNoticeVersion());
        print.noticeVersion = notice.isNull() ? QStringLiteral("") : notice;
        // Columns are NOT NULL: a detail not given is recorded as empty.
        auto text = [&details](const char *key) {
            const QString value = details.value(QLatin1String(key)).toString();
            return value.isNull() ? QStringLiteral("") : value;
        };
        print.layout = text("layout");
        print.language = text("language");
        print.medium = text("medium");
        print.printedBy = work.actor();
        QJsonObject recorded = details;
        recorded.insert(QStringLiteral("notice_version"), print.noticeVersion);
        if (details.contains(QStringLiteral("device_id"))) {
            const qint64 deviceId = details.value(QStringLiteral("device_id")).toInteger();
            TRY_ASSIGN(const std::optional<Device> device, work.compliance().device(deviceId));
            if (!device)
                return makeError(ErrorKind::NotFound, tr("There is no registered device with id %1.").arg(deviceId));
            print.deviceId = deviceId;
            recorded.insert(QStringLiteral("device"), device->name);
        }
        TRY(work.compliance().addSignPrint(print));
        TRY(work.audit(AuditKind::SignagePrinted, std::nullopt, recorded));
        if (print.deviceId)
            work.changed(UnitOfWork::Change::ComplianceChanged);
        return {};
    });
}

} // namespace consentry
