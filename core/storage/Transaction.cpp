#include "storage/Transaction.h"

#include "storage/Database.h"

namespace consentry {

Transaction::Transaction(Database &db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    if (m_active)
        return makeError(ErrorKind::Internal, QStringLiteral("transaction already active"));
    // IMMEDIATE takes the write lock now, so a busy database fails here rather than halfway through.
    if (Status ok = m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); !ok)
        return ok;
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_active)
        return makeError(ErrorKind::Internal, QStringLiteral("no active transaction"));
    Status ok = m_db.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        rollback();
        return ok;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        if (m_db.inTransaction())
            (void)m_db.exec(QStringLiteral("ROLLBACK"));
        m_active = false;
    }
}

} // namespace consentry
