#include "repo/ActivityRepository.h"

#include "domain/AuditKind.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonDocument>

namespace consentry {

namespace {
// The stored form of an hour: the first 13 characters of an ISO-8601 UTC time ("2026-12-01T09").
QString hourKey(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH"));
}
} // namespace

ActivityRepository::ActivityRepository(Database &db)
    : m_db(db)
{
}

bool ActivityRepository::isCounted(const QString &kind)
{
    return kind == AuditKind::ConsentGranted || kind == AuditKind::ConsentDeclined
        || kind == AuditKind::ConsentWithdrawn || kind == AuditKind::Verification;
}

Status ActivityRepository::record(const QString &at, const QString &kind, const QJsonObject &details)
{
    if (!isCounted(kind))
        return {};
    // A verification's method and result (VerificationService writes them); empty for the other kinds.
    const bool verification = kind == AuditKind::Verification;
    const QString method = verification ? details.value(QStringLiteral("method")).toString() : QStringLiteral("");
    const QString result = verification ? details.value(QStringLiteral("result")).toString() : QStringLiteral("");
    // Insert-or-ignore, then add: the SQLCipher builds we ship with may lack UPSERT.
    for (const char *sql : { "INSERT OR IGNORE INTO activity_hourly (hour, kind, method, result, count) "
                             "VALUES (?1, ?2, ?3, ?4, 0)",
                             "UPDATE activity_hourly SET count = count + 1 "
                             "WHERE hour = ?1 AND kind = ?2 AND method = ?3 AND result = ?4" }) {
        TRY_ASSIGN(Statement stmt, m_db.prepare(QString::fromLatin1(sql)));
        stmt.bind(1, at.left(13)).bind(2, kind).bind(3, method).bind(4, result);
        TRY(stmt.exec());
    }
    return {};
}

Status ActivityRepository::rebuild()
{
    TRY_ASSIGN(Statement events,
               m_db.prepare(QStringLiteral("SELECT at, kind, details FROM audit_events WHERE kind IN (?1, ?2, ?3, ?4) "
                                           "ORDER BY id")));
    events.bind(1, AuditKind::ConsentGranted)
        .bind(2, AuditKind::ConsentDeclined)
        .bind(3, AuditKind::ConsentWithdrawn)
        .bind(4, AuditKind::Verification);
    for (;;) {
        TRY_ASSIGN(const bool row, events.step());
        if (!row)
            return {};
        const QJsonObject details = QJsonDocument::fromJson(events.text(2).toUtf8()).object();
        TRY(record(events.text(0), events.text(1), details));
    }
}

Result<QList<ActivityRepository::Bucket>> ActivityRepository::between(const QDateTime &from, const QDateTime &to) const
{
    TRY_ASSIGN(Statement stmt,
               m_db.prepare(QStringLiteral("SELECT hour, kind, method, result, count FROM activity_hourly "
                                           "WHERE hour >= ?1 AND hour < ?2 ORDER BY hour")));
    // `to` is exclusive: an hour that starts before it is in, so round it up to the next whole hour.
    QDateTime end = to.toUTC();
    if (end.time().minute() != 0 || end.time().second() != 0 || end.time().msec() != 0)
        end = end.addSecs(3600);
    stmt.bind(1, hourKey(from)).bind(2, hourKey(end));
    // Rows come in hour order, several per hour: parse each hour once.
    QString lastText;
    QDateTime lastHour;
    return stmt.collect<Bucket>([&](const Statement &s) {
        Bucket b;
        const QString text = s.text(0);
        if (text != lastText) {
            lastText = text;
            lastHour = QDateTime::fromString(text + QStringLiteral(":00:00Z"), Qt::ISODate);
        }
        b.hour = lastHour;
        b.kind = s.text(1);
        b.method = s.text(2);
        b.result = s.text(3);
        b.count = s.int64(4);
        return b;
    });
}

} // namespace consentry
