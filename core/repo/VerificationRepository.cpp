#include "repo/VerificationRepository.h"

#include "storage/Database.h"

namespace consentry {

VerificationRepository::VerificationRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> VerificationRepository::add(const VerificationRow &row)
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("INSERT INTO verification_records (at, resident_id, mode, method, result, reason, score, "
                       "staff) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!stmt)
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, row.at).bind(2, row.residentId).bind(3, row.mode).bind(4, row.method).bind(5, row.result);
    s.bind(6, row.reason);
    if (row.score)
        s.bind(7, *row.score);
    else
        s.bindNull(7);
    s.bind(8, row.staff);
    if (Status ok = s.exec(); !ok)
        return ok.error();
    return m_db.lastInsertId();
}

Result<QList<VerificationRow>> VerificationRepository::ofResident(qint64 residentId) const
{
    Result<Statement> stmt
        = m_db.prepare(QStringLiteral("SELECT id, at, resident_id, mode, method, result, reason, score, staff "
                                      "FROM verification_records WHERE resident_id = ?1 ORDER BY id"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, residentId);
    return stmt.value().collect<VerificationRow>([](const Statement &s) {
        VerificationRow r;
        r.id = s.int64(0);
        r.at = s.dateTime(1);
        if (!s.isNull(2))
            r.residentId = s.int64(2);
        r.mode = s.text(3);
        r.method = s.text(4);
        r.result = s.text(5);
        r.reason = s.text(6);
        if (!s.isNull(7))
            r.score = s.real(7);
        r.staff = s.text(8);
        return r;
    });
}

Result<qint64> VerificationRepository::count() const
{
    return m_db.queryInt(QStringLiteral("SELECT count(*) FROM verification_records"));
}

Result<int> VerificationRepository::removeBefore(const QDateTime &cutoff)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM verification_records WHERE at < ?1"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, cutoff);
    if (Status ok = stmt.value().exec(); !ok)
        return ok.error();
    return m_db.changes();
}

} // namespace consentry
