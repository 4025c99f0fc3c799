#include "repo/PendingReceiptRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace consentry {

PendingReceiptRepository::PendingReceiptRepository(Database &db)
    : m_db(db)
{
}

Status PendingReceiptRepository::put(const Row &row)
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO pending_receipts (resident_id, kind, name, file_name, pdf, created_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, row.residentId).bind(2, row.kind).bind(3, row.name).bind(4, row.fileName);
    stmt.value().bind(5, row.pdf).bind(6, row.createdAt);
    return stmt.value().exec();
}

Result<QList<PendingReceiptRepository::Row>> PendingReceiptRepository::all() const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "SELECT resident_id, kind, name, file_name, pdf, created_at FROM pending_receipts ORDER BY created_at DESC"));
    if (!stmt)
        return stmt.error();
    return stmt.value().collect<Row>([](const Statement &s) {
        Row r;
        r.residentId = s.int64(0);
        r.kind = s.text(1);
        r.name = s.text(2);
        r.fileName = s.text(3);
        r.pdf = s.blob(4);
        r.createdAt = s.dateTime(5);
        return r;
    });
}

Status PendingReceiptRepository::remove(qint64 residentId)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM pending_receipts WHERE resident_id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, residentId);
    return stmt.value().exec();
}

Result<int> PendingReceiptRepository::removeBefore(const QDateTime &cutoff)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM pending_receipts WHERE created_at < ?1"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, cutoff);
    if (Status ok = stmt.value().exec(); !ok)
        return ok.error();
    return m_db.changes();
}

} // namespace consentry
