#pragma once

#include "Result.h"
#include "compliance/ComplianceStatus.h"
#include "compliance/ImpactAssessment.h"

#include <QCoreApplication>

namespace consentry {

class Vault;

// The compliance centre's rows: every obligation of ../shared/DESIGN.md's table with a status computed from
// the store now (notice, signs per device, impact assessment, filing, devices, retention, renewals, backup,
// audit chain, purge). Manager and auditor (read-only: the report changes nothing).
class ComplianceService
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceService)

public:
    // How recent a backup, an audit verification and the purge must be (days).
    static constexpr int kBackupOkDays = 7;
    static constexpr int kBackupActionDays = 30;
    static constexpr int kAuditVerifiedDays = 30;
    static constexpr int kPurgeOkDays = 2; // it runs at every unlock and daily while the console runs
    static constexpr int kPurgeActionDays = 7;

    explicit ComplianceService(Vault &vault);

    // `engine`: the recognition engine the console runs now (an engine not assessed turns the assessment red).
    Result<ComplianceReport> report(const EngineFacts &engine = {});

private:
    Vault &m_vault;
};

} // namespace consentry
