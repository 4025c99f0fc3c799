#pragma once

#include "Result.h"
#include "domain/Consent.h"
#include "domain/Resident.h"
#include "domain/StoredTemplate.h"

#include <QCoreApplication>
#include <QList>

namespace consentry {

class Vault;

// Residents, and the one-transaction enrollment (resident + consent + templates + audit events) that the
// enrollment wizard and the CLI's paper-consent enrollment end in.
class ResidentService
{
    Q_DECLARE_TR_FUNCTIONS(ResidentService)

public:
    struct Enrollment {
        qint64 residentId = 0;
        qint64 consentId = 0;
        QList<qint64> templateIds;
    };
    struct DeletionReceipt {
        qint64 residentId = 0;
        int consentsDeleted = 0;
        int templatesDeleted = 0;
        qint64 auditEventId = 0;
    };

    explicit ResidentService(Vault &vault);

    Result<qint64> create(const Resident &resident); // staff, manager
    Status update(const Resident &resident); // staff, manager
    Result<QList<Resident>> list(); // staff, manager
    Result<Resident> get(qint64 id); // staff, manager; NotFound
    Result<DeletionReceipt> remove(qint64 id); // manager: erases the person's data, keeps the audit trail
    // New resident with their consent decision and, only if granted, their templates. All or nothing.
    Result<Enrollment> enroll(const Resident &resident, Consent consent, const QList<StoredTemplate> &templates,
                              const QByteArray &signatureImage = QByteArray());

    static Status validate(const Resident &resident);

private:
    Vault &m_vault;
};

} // namespace consentry
