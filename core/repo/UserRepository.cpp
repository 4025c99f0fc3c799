#include "repo/UserRepository.h"

#include "platform/Clock.h"
#include "storage/Database.h"

namespace consentry {

namespace {
StaffUser readUser(const Statement &s)
{
    StaffUser u;
    u.id = s.int64(0);
    u.name = s.text(1);
    u.role = RoleNames::fromKey(s.text(2)).value_or(Role::Staff);
    u.createdAt = s.dateTime(3);
    u.createdBy = s.text(4);
    return u;
}
} // namespace

UserRepository::UserRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> UserRepository::add(const QString &name, Role role, const QString &createdBy)
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("INSERT INTO users (name, role, created_at, created_by) VALUES (?1, ?2, ?3, ?4)"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, name).bind(2, RoleNames::key(role)).bind(3, Clock::instance().now()).bind(4, createdBy);
    if (Status ok = stmt.value().exec(); !ok)
        return ok.error();
    return m_db.lastInsertId();
}

Status UserRepository::remove(const QString &name)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM users WHERE name = ?1"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, name);
    return stmt.value().exec();
}

Result<std::optional<StaffUser>> UserRepository::find(const QString &name) const
{
    Result<Statement> stmt
        = m_db.prepare(QStringLiteral("SELECT id, name, role, created_at, created_by FROM users WHERE name = ?1"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, name);
    Result<bool> row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<StaffUser>();
    return std::optional<StaffUser>(readUser(stmt.value()));
}

Result<QList<StaffUser>> UserRepository::all() const
{
    Result<Statement> stmt
        = m_db.prepare(QStringLiteral("SELECT id, name, role, created_at, created_by FROM users ORDER BY name"));
    if (!stmt)
        return stmt.error();
    return stmt.value().collect<StaffUser>([](const Statement &s) { return readUser(s); });
}

Result<int> UserRepository::countWithRole(Role role) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM users WHERE role = ?1"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, RoleNames::key(role));
    Result<bool> row = stmt.value().step();
    if (!row)
        return row.error();
    return stmt.value().int32(0);
}

} // namespace consentry
