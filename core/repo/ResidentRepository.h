#pragma once

#include "Result.h"
#include "compliance/RetentionPolicy.h"
#include "domain/Resident.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace consentry {

class Database;

class ResidentRepository
{
public:
    explicit ResidentRepository(Database &db);
    Result<qint64> add(const Resident &resident); // sets created/updated times
    Status update(const Resident &resident); // by id (the caller has checked that the resident exists)
    Status remove(qint64 id); // cascades to consents, signatures, templates
    // Not yet reduced, no template, no grant in force, nothing recorded about them since `cutoff`.
    Result<QList<qint64>> reducibleBy(const QDateTime &cutoff) const;
    // Keeps the id, the consent state and the times; the name, unit and dates go.
    Status reduce(qint64 id, const QDateTime &at);
    Result<std::optional<Resident>> find(qint64 id) const;
    Result<QList<Resident>> all() const;
    Result<qint64> count() const;
    Status setLastVerified(qint64 id, const QDateTime &at);
    // The retention policy's candidates: residents matching one of its conditions; residents with a template
    // made at or before `cutoff`.
    // The earliest retention due date (RetentionPolicy::dueDateSql) over every resident; invalid: none.
    Result<QDate> earliestDue(const RetentionPolicy::Sql &dueDate) const;
    Result<QList<qint64>> idsWhere(const RetentionPolicy::Sql &condition) const;
    Result<QList<qint64>> withTemplatesMadeBy(const QDateTime &cutoff) const;

private:
    Database &m_db;
};

} // namespace consentry
