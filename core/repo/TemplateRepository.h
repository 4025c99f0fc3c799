#pragma once

#include "Result.h"
#include "domain/StoredTemplate.h"

#include <QDateTime>
#include <QList>

namespace consentry {

class Database;

class TemplateRepository
{
public:
    explicit TemplateRepository(Database &db);
    Result<qint64> add(const StoredTemplate &face); // sets created_at
    Result<QList<StoredTemplate>> ofResident(qint64 residentId) const;
    Result<QList<StoredTemplate>> ofEngine(const QString &engineId) const;
    // What the in-memory gallery may search: templates of residents whose grant is in force and needs no
    // renewal (consent_state 'active'); a renewal-needed person is not recognised until consenting again.
    Result<QList<StoredTemplate>> searchableOfEngine(const QString &engineId) const;
    Result<QList<StoredTemplate>> searchableOfResident(qint64 residentId) const;
    Result<int> removeOfResident(qint64 residentId); // secure_delete overwrites them
    Result<int> removeOfResidentMadeBy(qint64 residentId, const QDateTime &cutoff); // created at or before
    Status markMatched(qint64 templateId);
    Result<qint64> count() const;

private:
    Result<QList<StoredTemplate>> query(const QString &where, const QVariant &arg) const;
    Database &m_db;
};

} // namespace consentry
