#include "services/ReportService.h"

#include "services/UnitOfWork.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "vault/Vault.h"

namespace consentry {

ReportService::ReportService(Vault &vault)
    : m_vault(vault)
{
}

Result<ReportService::StoreStatus> ReportService::status()
{
    return UnitOfWork::read(m_vault, Permission::ViewStatus, [&](UnitOfWork &work) -> Result<StoreStatus> {
        StoreStatus s;
        TRY_ASSIGN(s.schemaVersion, Schema::version(work.database()));
        TRY_ASSIGN(s.residents, work.residents().count());
        TRY_ASSIGN(s.templates, work.templates().count());
        TRY_ASSIGN(s.activeConsents, work.consents().countActiveGrants());
        TRY_ASSIGN(s.withdrawnConsents, work.consents().countWithdrawn());
        TRY_ASSIGN(s.consentsNeedingRenewal, work.consents().countRenewalNeeded());
        TRY_ASSIGN(s.retention, work.retentionPolicy());
        TRY_ASSIGN(s.nextPurgeDue, work.residents().earliestDue(s.retention.dueDateSql()));
        TRY_ASSIGN(const QDateTime renewalDue, work.consents().earliestRenewalDue());
        if (renewalDue.isValid() && (!s.nextPurgeDue.isValid() || renewalDue.toUTC().date() < s.nextPurgeDue))
            s.nextPurgeDue = renewalDue.toUTC().date();
        TRY_ASSIGN(s.auditEvents, work.auditLog().count());
        TRY_ASSIGN(s.currentNoticeVersion, work.settings().currentNoticeVersion());
        s.storeId = m_vault.storeId();
        s.cipherVersion = work.database().cipherVersion();
        return s;
    });
}

Status ReportService::checkIntegrity()
{
    return UnitOfWork::read(m_vault, Permission::ViewReports,
                            [](UnitOfWork &work) { return work.database().integrityCheck(); });
}

} // namespace consentry
