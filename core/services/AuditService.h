#pragma once

#include "Result.h"
#include "domain/AuditEvent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace consentry {

class Vault;

// Reading and verifying the audit trail (auditor, manager), and recording an act that happens outside the
// store (signage printed). An export is recorded by ResidentService::exportPackage, with the package.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    explicit AuditService(Vault &vault);

    Result<QList<AuditEvent>> events(qint64 afterId = 0, int limit = 1000); // auditor, manager
    // Checks the chain and records that it was checked (auditor, manager).
    Result<AuditVerification> verify();
    // A sign printed (staff, manager): `details` has layout, language, medium and, for a device's sign,
    // device_id (a registered device, else NotFound). The notice version in force is recorded with it.
    Status recordSignagePrinted(const QJsonObject &details);

private:
    Vault &m_vault;
};

} // namespace consentry
