#include "repo/ResidentRepository.h"

#include "platform/Clock.h"
#include "storage/Database.h"

namespace consentry {

namespace {
const QString kColumns = QStringLiteral(
    "id, name, unit, date_of_birth, minor, move_in, move_out, status, created_at, updated_at, age_basis, "
    "reduced_at");

Resident readResident(const Statement &s)
{
    Resident r;
    r.id = s.int64(0);
    r.name = s.text(1);
    r.unit = s.text(2);
    r.dateOfBirth = s.date(3);
    r.minorFlag = s.int64(4) != 0;
    r.moveIn = s.date(5);
    r.moveOut = s.date(6);
    r.status = Resident::statusFromKey(s.text(7));
    r.createdAt = s.dateTime(8);
    r.updatedAt = s.dateTime(9);
    r.ageBasis = Resident::ageBasisFromKey(s.text(10));
    r.reducedAt = s.dateTime(11);
    return r;
}
} // namespace

ResidentRepository::ResidentRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> ResidentRepository::add(const Resident &r)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO residents (name, unit, date_of_birth, minor, move_in, move_out, status, created_at, updated_at, "
        "age_basis) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)"));
    if (!stmt)
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, r.name)
        .bind(2, r.unit.isNull() ? QStringLiteral("") : r.unit)
        .bind(3, r.dateOfBirth)
        .bind(4, r.minorFlag);
    s.bind(5, r.moveIn).bind(6, r.moveOut).bind(7, Resident::statusKey(r.status)).bind(8, Clock::instance().now());
    s.bind(9, Resident::ageBasisKey(r.ageBasis));
    if (Status ok = s.exec(); !ok)
        return ok.error();
    return m_db.lastInsertId();
}

Status ResidentRepository::update(const Resident &r)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "UPDATE residents SET name = ?2, unit = ?3, date_of_birth = ?4, minor = ?5, move_in = ?6, move_out = ?7, "
        "status = ?8, updated_at = ?9, age_basis = ?10 WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, r.id).bind(2, r.name).bind(3, r.unit.isNull() ? QStringLiteral("") : r.unit).bind(4, r.dateOfBirth);
    s.bind(5, r.minorFlag).bind(6, r.moveIn).bind(7, r.moveOut).bind(8, Resident::statusKey(r.status));
    s.bind(9, Clock::instance().now()).bind(10, Resident::ageBasisKey(r.ageBasis));
    return s.exec();
}

Status ResidentRepository::remove(qint64 id)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM residents WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, id);
    return stmt.value().exec();
}

Result<QList<qint64>> ResidentRepository::reducibleBy(const QDateTime &cutoff) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "SELECT id FROM residents r WHERE reduced_at IS NULL AND template_count = 0 AND consent_state != 'active' "
        "AND max(r.updated_at, coalesce(r.last_verified_at, ''), coalesce((SELECT max(coalesce(c.withdrawn_at, "
        "c.recorded_at)) FROM consents c WHERE c.resident_id = r.id), '')) <= ?1 ORDER BY id"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, cutoff);
    return stmt.value().collect<qint64>([](const Statement &s) { return s.int64(0); });
}

Status ResidentRepository::reduce(qint64 id, const QDateTime &at)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "UPDATE residents SET name = '', unit = '', date_of_birth = NULL, minor = 0, age_basis = 'unknown', "
        "move_in = NULL, move_out = NULL, reduced_at = ?2, updated_at = ?2 WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, id).bind(2, at);
    return stmt.value().exec();
}

Result<std::optional<Resident>> ResidentRepository::find(qint64 id) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM residents WHERE id = ?1").arg(kColumns));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, id);
    Result<bool> row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Resident>();
    return std::optional<Resident>(readResident(stmt.value()));
}

Result<QList<Resident>> ResidentRepository::all() const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM residents ORDER BY id").arg(kColumns));
    if (!stmt)
        return stmt.error();
    return stmt.value().collect<Resident>([](const Statement &s) { return readResident(s); });
}

Status ResidentRepository::setLastVerified(qint64 id, const QDateTime &at)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("UPDATE residents SET last_verified_at = ?2 WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, id).bind(2, at);
    return stmt.value().exec();
}

Result<QDate> ResidentRepository::earliestDue(const RetentionPolicy::Sql &dueDate) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT min(%1) FROM residents").arg(dueDate.text));
    if (!stmt)
        return stmt.error();
    for (const auto &[name, value] : dueDate.parameters)
        stmt.value().bind(name.toUtf8().constData(), value);
    TRY_ASSIGN(const bool row, stmt.value().step());
    return row ? QDate::fromString(stmt.value().text(0), Qt::ISODate) : QDate();
}

Result<QList<qint64>> ResidentRepository::idsWhere(const RetentionPolicy::Sql &condition) const
{
    Result<Statement> stmt
        = m_db.prepare(QStringLiteral("SELECT id FROM residents WHERE %1 ORDER BY id").arg(condition.text));
    if (!stmt)
        return stmt.error();
    for (const auto &[name, value] : condition.parameters)
        stmt.value().bind(name.toUtf8().constData(), value);
    return stmt.value().collect<qint64>([](const Statement &s) { return s.int64(0); });
}

Result<QList<qint64>> ResidentRepository::withTemplatesMadeBy(const QDateTime &cutoff) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "SELECT id FROM residents WHERE oldest_template_at IS NOT NULL AND oldest_template_at <= ?1 ORDER BY id"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, cutoff);
    return stmt.value().collect<qint64>([](const Statement &s) { return s.int64(0); });
}

Result<qint64> ResidentRepository::count() const
{
    return m_db.queryInt(QStringLiteral("SELECT count(*) FROM residents"));
}

} // namespace consentry
