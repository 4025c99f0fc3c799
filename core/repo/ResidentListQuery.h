#pragma once

#include "Result.h"
#include "compliance/RetentionPolicy.h"
#include "domain/ResidentRow.h"

#include <QDate>
#include <QList>

#include <optional>

namespace consentry {

class Database;

// The Residents screen's list over 100,000 people: one filtered, sorted page at a time (LIMIT/OFFSET over
// indexed columns that triggers keep up to date, see Schema v3), its count, and one row. `today` and
// `policy` decide each row's minor flag (GuardianRule) and retention due date (RetentionPolicy); every value
// is bound by name.
class ResidentListQuery
{
public:
    ResidentListQuery(Database &db, RetentionPolicy policy, QDate today);

    Result<QList<ResidentRow>> page(const ResidentFilter &filter, int offset, int limit) const;
    Result<qint64> count(const ResidentFilter &filter) const;
    Result<std::optional<ResidentRow>> row(qint64 residentId) const;

private:
    class Sql;
    Sql where(const ResidentFilter &filter) const;
    QString columns(Sql &sql) const;
    QString dueDate(Sql &sql) const;
    QString isChild(Sql &sql) const;
    Result<QList<ResidentRow>> rows(const Sql &sql, int offset, int limit) const;

    Database &m_db;
    RetentionPolicy m_policy;
    QDate m_today;
};

} // namespace consentry
