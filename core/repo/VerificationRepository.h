#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace consentry {

class Database;

// One verification as the store keeps it for the site's stated period (verification_record_days): who was
// verified (or nobody), when, in which mode (one_to_one, one_to_many; "none" for a way without the face),
// how, the result and the staff member. No image, no template.
struct VerificationRow {
    qint64 id = 0;
    QDateTime at;
    std::optional<qint64> residentId;
    QString mode;
    QString method;
    QString result;
    QString reason;
    std::optional<double> score;
    QString staff;
};

class VerificationRepository
{
public:
    explicit VerificationRepository(Database &db);
    Result<qint64> add(const VerificationRow &row);
    Result<QList<VerificationRow>> ofResident(qint64 residentId) const;
    Result<qint64> count() const;
    // Deletes the records made before `cutoff`; returns how many went.
    Result<int> removeBefore(const QDateTime &cutoff);

private:
    Database &m_db;
};

} // namespace consentry
