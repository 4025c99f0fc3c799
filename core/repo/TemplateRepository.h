#pragma once

#include "Result.h"
#include "domain/StoredTemplate.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>

#include <functional>

namespace consentry {

class Database;

class TemplateRepository
{
public:
    explicit TemplateRepository(Database &db);
    Result<qint64> add(const StoredTemplate &face); // sets created_at
    Result<QList<StoredTemplate>> ofResident(qint64 residentId) const;
    // The in-memory gallery searches only templates of residents whose grant is in force and needs no renewal
    // (consent_state 'active'): a renewal-needed person is not recognised until consenting again.
    // For the in-memory gallery: every searchable template of one engine, in id order, in one pass over the
    // table and without a copy per row. The views are valid only during the call.
    using GalleryRow
        = std::function<void(qint64 id, qint64 residentId, QByteArrayView modelSha256, QByteArrayView vector)>;
    Status forEachOfEngine(const QString &engineId, const GalleryRow &visit) const;
    Result<qint64> countOfEngine(const QString &engineId) const;
    Result<qint64> countOfEngine(const QString &engineId, bool searchableOnly) const;
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
