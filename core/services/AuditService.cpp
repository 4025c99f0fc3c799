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
    return UnitOfWork::read(m_vault, Permission::ReadAudit, [](UnitOfWork &work) { return work.auditLog().verify(); });
}

Status AuditService::recordSignagePrinted(const QJsonObject &details)
{
    return UnitOfWork::write(m_vault, Permission::PrintSignage, [&](UnitOfWork &work) -> Status {
        TRY(work.audit(AuditKind::SignagePrinted, std::nullopt, details));
        return {};
    });
}

} // namespace consentry
