#include "services/AuditService.h"

#include "services/Vault.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace consentry {

AuditService::AuditService(Vault &vault)
    : m_vault(vault)
{
}

Result<QList<AuditEvent>> AuditService::events(qint64 afterId, int limit)
{
    if (Status ok = m_vault.require(Permission::ReadAudit); !ok)
        return ok.error();
    return m_vault.auditLog().events(afterId, limit);
}

Result<AuditLog::Verification> AuditService::verify()
{
    if (Status ok = m_vault.require(Permission::ReadAudit); !ok)
        return ok.error();
    return m_vault.auditLog().verify();
}

Status AuditService::record(const QString &kind, std::optional<qint64> residentId, const QJsonObject &details)
{
    Transaction tx(m_vault.database());
    if (Status ok = tx.begin(); !ok)
        return ok;
    if (Result<qint64> ok = m_vault.auditLog().append(kind, m_vault.session().userName, residentId, details); !ok)
        return ok.error();
    return tx.commit();
}

Status AuditService::recordSignagePrinted(const QJsonObject &details)
{
    if (Status ok = m_vault.require(Permission::PrintSignage); !ok)
        return ok;
    return record(AuditLog::SignagePrinted, std::nullopt, details);
}

Status AuditService::recordExport(std::optional<qint64> residentId, const QJsonObject &details)
{
    if (Status ok = m_vault.require(Permission::Export); !ok)
        return ok;
    return record(AuditLog::Export, residentId, details);
}

} // namespace consentry
