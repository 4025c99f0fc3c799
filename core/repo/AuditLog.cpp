#include "repo/AuditLog.h"

#include "platform/Clock.h"
#include "repo/ActivityRepository.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace consentry {

AuditLog::AuditLog(Database &db, QString storeId)
    : m_db(db)
    , m_storeId(std::move(storeId))
{
}

QByteArray AuditLog::genesisHash(const QString &storeId)
{
    return QCryptographicHash::hash(QByteArrayLiteral("consentry-audit-v1\n") + storeId.toUtf8(),
                                    QCryptographicHash::Sha256);
}

QByteArray AuditLog::linkHash(const QByteArray &prevHash, qint64 id, const QString &at, const QString &kind,
                              const QString &actor, std::optional<qint64> residentId, const QString &detailsText)
{
    // Canonical content: a compact JSON array of the stored texts; JSON escaping keeps fields apart.
    const QJsonArray content { static_cast<double>(id),
                               at,
                               kind,
                               actor,
                               residentId ? QJsonValue(static_cast<double>(*residentId)) : QJsonValue(),
                               detailsText };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash);
    hash.addData(QJsonDocument(content).toJson(QJsonDocument::Compact));
    return hash.result();
}

Result<qint64> AuditLog::append(const QString &kind, const QString &actor, std::optional<qint64> residentId,
                                const QJsonObject &details)
{
    if (!m_db.inTransaction())
        return makeError(ErrorKind::Internal, QStringLiteral("AuditLog::append outside a transaction"));
    Result<Statement> last = m_db.prepare(QStringLiteral("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1"));
    if (!last)
        return last.error();
    Result<bool> hasLast = last.value().step();
    if (!hasLast)
        return hasLast.error();
    const qint64 id = hasLast.value() ? last.value().int64(0) + 1 : 1;
    const QByteArray prev = hasLast.value() ? last.value().blob(1) : genesisHash(m_storeId);

    const QString at = Statement::formatDateTime(Clock::instance().now());
    const QString detailsText = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    const QByteArray hash = linkHash(prev, id, at, kind, actor, residentId, detailsText);

    Result<Statement> insert = m_db.prepare(
        QStringLiteral("INSERT INTO audit_events (id, at, kind, actor, resident_id, details, prev_hash, hash) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!insert)
        return insert.error();
    insert.value().bind(1, id).bind(2, at).bind(3, kind).bind(4, actor).bind(5, residentId).bind(6, detailsText);
    insert.value().bind(7, prev).bind(8, hash);
    if (Status ok = insert.value().exec(); !ok)
        return ok.error();
    // The dashboard's hourly counts, in the same transaction as the event they count.
    if (Status ok = ActivityRepository(m_db).record(at, kind, details); !ok)
        return ok.error();
    return id;
}

Result<QList<AuditEvent>> AuditLog::query(const QString &sql, qint64 arg, int limit) const
{
    Result<Statement> stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, arg).bind(2, limit);
    return stmt.value().collect<AuditEvent>([](const Statement &s) {
        AuditEvent e;
        e.id = s.int64(0);
        e.at = s.dateTime(1);
        e.kind = s.text(2);
        e.actor = s.text(3);
        e.residentId = s.optionalInt64(4);
        e.details = QJsonDocument::fromJson(s.text(5).toUtf8()).object();
        e.prevHash = s.blob(6);
        e.hash = s.blob(7);
        return e;
    });
}

Result<QList<AuditEvent>> AuditLog::events(qint64 afterId, int limit) const
{
    return query(QStringLiteral("SELECT id, at, kind, actor, resident_id, details, prev_hash, hash FROM audit_events "
                                "WHERE id > ?1 ORDER BY id LIMIT ?2"),
                 afterId, limit);
}

Result<QList<AuditEvent>> AuditLog::eventsOfResident(qint64 residentId) const
{
    return query(QStringLiteral("SELECT id, at, kind, actor, resident_id, details, prev_hash, hash FROM audit_events "
                                "WHERE resident_id = ?1 ORDER BY id LIMIT ?2"),
                 residentId, -1);
}

Result<qint64> AuditLog::count() const
{
    return m_db.queryInt(QStringLiteral("SELECT count(*) FROM audit_events"));
}

Result<AuditVerification> AuditLog::verify() const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "SELECT id, at, kind, actor, resident_id, details, prev_hash, hash FROM audit_events ORDER BY id"));
    if (!stmt)
        return stmt.error();
    AuditVerification v;
    QByteArray expectedPrev = genesisHash(m_storeId);
    qint64 previousId = 0;
    for (;;) {
        Result<bool> row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const Statement &s = stmt.value();
        const qint64 id = s.int64(0);
        ++v.events;
        if (!v.ok)
            continue; // keep counting
        const QByteArray prev = s.blob(6);
        const QByteArray stored = s.blob(7);
        if (id != previousId + 1 || prev != expectedPrev) {
            v.ok = false;
            v.firstBroken = id;
            v.reason = tr("Audit event %1 does not follow event %2: an event before it was removed, inserted "
                          "or changed.")
                           .arg(id)
                           .arg(previousId);
            continue;
        }
        const QByteArray computed = linkHash(prev, id, s.text(1), s.text(2), s.text(3), s.optionalInt64(4), s.text(5));
        if (computed != stored) {
            v.ok = false;
            v.firstBroken = id;
            v.reason = tr("Audit event %1 was changed after it was written.").arg(id);
            continue;
        }
        expectedPrev = stored;
        previousId = id;
        v.headHash = stored;
    }
    return v;
}

} // namespace consentry
