#pragma once

#include "Result.h"
#include "domain/AuditActor.h"
#include "domain/Consent.h"

#include <QList>

namespace consentry {

class Database;

class ConsentRepository
{
public:
    explicit ConsentRepository(Database &db);
    Result<qint64> add(const Consent &consent); // sets recorded_at
    Result<QList<Consent>> ofResident(qint64 residentId) const;
    // Marks every consent of the resident still in force as withdrawn; returns how many.
    Result<int> withdrawAll(qint64 residentId, const QString &by);
    Result<qint64> countActiveGrants() const;
    Result<qint64> countWithdrawn() const;
    // A grant in force that needs no renewal: the only one under which face data is used or stored.
    Result<bool> hasActiveGrant(qint64 residentId) const;
    // The names on the resident's consents and their signatures go; decision, notice, times and witness stay.
    Status reduceOfResident(qint64 residentId);

    // Re-consent (issue 10 §3). Every grant in force that needs no renewal yet gets `dueAt`; returns the
    // residents concerned (each once).
    Result<QList<qint64>> markRenewalNeeded(const QDateTime &dueAt);
    Result<qint64> countRenewalNeeded() const;
    Result<QDateTime> earliestRenewalDue() const; // invalid: none waiting
    // Residents with a grant whose renewal was due at or before `now`.
    Result<QList<qint64>> renewalOverdue(const QDateTime &now) const;
    // Ends the resident's grants that were waiting for renewal (the new decision replaces them); how many.
    Result<int> endRenewed(qint64 residentId, const QString &by);
    static inline const QString RenewedBy = AuditActor::Renewed;

    // A handwritten signature image for a consent (inside the encrypted database only).
    Result<qint64> addSignature(qint64 consentId, const QByteArray &image);
    Result<QByteArray> signature(qint64 consentId) const; // null when none

private:
    Database &m_db;
};

} // namespace consentry
