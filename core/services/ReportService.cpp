#include "services/ReportService.h"

#include "services/Vault.h"
#include "storage/Database.h"
#include "storage/Schema.h"

namespace consentry {

ReportService::ReportService(Vault &vault)
    : m_vault(vault)
{
}

Result<ReportService::StoreStatus> ReportService::status()
{
    if (Status ok = m_vault.require(Permission::ViewStatus); !ok)
        return ok.error();
    StoreStatus s;
    Result<int> version = Schema::version(m_vault.database());
    if (!version)
        return version.error();
    s.schemaVersion = version.value();
    for (auto [target, count] : { std::pair { &s.residents, m_vault.residentRepository().count() },
                                  std::pair { &s.templates, m_vault.templateRepository().count() },
                                  std::pair { &s.activeConsents, m_vault.consentRepository().countActiveGrants() },
                                  std::pair { &s.withdrawnConsents, m_vault.consentRepository().countWithdrawn() },
                                  std::pair { &s.auditEvents, m_vault.auditLog().count() } }) {
        if (!count)
            return count.error();
        *target = count.value();
    }
    Result<QString> notice = m_vault.settingsRepository().currentNoticeVersion();
    if (!notice)
        return notice.error();
    s.currentNoticeVersion = notice.value();
    s.storeId = m_vault.storeId();
    s.cipherVersion = m_vault.database().cipherVersion();
    return s;
}

Status ReportService::checkIntegrity()
{
    if (Status ok = m_vault.require(Permission::ViewReports); !ok)
        return ok;
    return m_vault.database().integrityCheck();
}

} // namespace consentry
