#pragma once

// What is really in the store behind the services, for assertions (tests and benchmarks only: ui/ and cli/
// reach the store through services, see tests/architecture).

#include "repo/AuditLog.h"
#include "repo/ConsentRepository.h"
#include "repo/NoticeRepository.h"
#include "repo/ResidentRepository.h"
#include "repo/SettingsRepository.h"
#include "repo/TemplateRepository.h"
#include "repo/UserRepository.h"
#include "storage/Database.h"
#include "storage/KeyslotFile.h"
#include "vault/Vault.h"
#include "vault/VaultInternals.h"

namespace consentry::test {

class StoreProbe
{
public:
    explicit StoreProbe(Vault &vault)
        : m_vault(vault)
    {
    }
    Database &database() { return VaultInternals::database(m_vault); }
    const SecureBytes &databaseKey() { return VaultInternals::databaseKey(m_vault); }
    Result<KeyslotFile> loadKeyslots() { return VaultInternals::loadKeyslots(m_vault); }
    AuditLog auditLog() { return AuditLog(database(), m_vault.storeId()); }
    ResidentRepository residentRepository() { return ResidentRepository(database()); }
    ConsentRepository consentRepository() { return ConsentRepository(database()); }
    TemplateRepository templateRepository() { return TemplateRepository(database()); }
    NoticeRepository noticeRepository() { return NoticeRepository(database()); }
    SettingsRepository settingsRepository() { return SettingsRepository(database()); }
    UserRepository userRepository() { return UserRepository(database()); }

private:
    Vault &m_vault;
};

inline StoreProbe probe(Vault &vault)
{
    return StoreProbe(vault);
}

} // namespace consentry::test
