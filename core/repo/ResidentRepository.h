#pragma once

#include "Result.h"
#include "domain/Resident.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace consentry {

class Database;

class ResidentRepository
{
    Q_DECLARE_TR_FUNCTIONS(ResidentRepository)

public:
    explicit ResidentRepository(Database &db);
    Result<qint64> add(const Resident &resident); // sets created/updated times
    Status update(const Resident &resident); // by id; NotFound if gone
    Status remove(qint64 id); // cascades to consents, signatures, templates
    Result<std::optional<Resident>> find(qint64 id) const;
    Result<QList<Resident>> all() const;
    Result<qint64> count() const;

private:
    Database &m_db;
};

} // namespace consentry
