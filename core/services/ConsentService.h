#pragma once

#include "Result.h"
#include "domain/Consent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace consentry {

class Vault;

// Consent decisions and withdrawals. Withdrawal deletes the person's templates at once.
class ConsentService
{
    Q_DECLARE_TR_FUNCTIONS(ConsentService)

public:
    struct WithdrawalReceipt {
        qint64 residentId = 0;
        int consentsWithdrawn = 0;
        int templatesDeleted = 0;
        QDateTime at;
        qint64 auditEventId = 0;
    };

    explicit ConsentService(Vault &vault);

    Result<qint64> record(Consent consent, const QByteArray &signatureImage = QByteArray()); // staff, manager
    Result<WithdrawalReceipt> withdraw(qint64 residentId); // staff, manager
    Result<QList<Consent>> ofResident(qint64 residentId); // staff, manager

    // Checks a consent against the store (notice exists, signer, witness, time, guardian under 14) and
    // fills in the witness (the session's user) when empty. Used inside the caller's transaction.
    static Status validate(Vault &vault, Consent &consent, qint64 residentId);
    // Inserts consent (+ signature) and its audit event; the caller holds the transaction.
    static Result<qint64> insert(Vault &vault, Consent consent, const QByteArray &signatureImage);

private:
    Vault &m_vault;
};

} // namespace consentry
