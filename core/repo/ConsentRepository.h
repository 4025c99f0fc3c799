#pragma once

#include "Result.h"
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
    Result<bool> hasActiveGrant(qint64 residentId) const;
    // The names on the resident's consents and their signatures go; decision, notice, times and witness stay.
    Status reduceOfResident(qint64 residentId);

    // A handwritten signature image for a consent (inside the encrypted database only).
    Result<qint64> addSignature(qint64 consentId, const QByteArray &image);
    Result<QByteArray> signature(qint64 consentId) const; // null when none

private:
    Database &m_db;
};

} // namespace consentry
