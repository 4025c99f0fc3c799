#include "repo/NoticeRepository.h"

#include "platform/Clock.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace consentry {

namespace {
const QString kColumns = QStringLiteral("id, version, language, body, sha256, published_at");

NoticeVersion readNotice(const Statement &s)
{
    NoticeVersion n;
    n.id = s.int64(0);
    n.version = s.text(1);
    n.language = s.text(2);
    n.body = s.text(3);
    n.sha256 = s.blob(4);
    n.publishedAt = s.dateTime(5);
    return n;
}

Result<QList<NoticeVersion>> readAll(Statement &stmt)
{
    QList<NoticeVersion> list;
    for (;;) {
        Result<bool> row = stmt.step();
        if (!row)
            return row.error();
        if (!row.value())
            return list;
        list << readNotice(stmt);
    }
}
} // namespace

NoticeRepository::NoticeRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> NoticeRepository::publish(const QString &version, const QString &language, const QString &body)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO notice_versions (version, language, body, sha256, published_at) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, version).bind(2, language).bind(3, body);
    stmt.value().bind(4, QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256));
    stmt.value().bind(5, Clock::instance().now());
    if (Status ok = stmt.value().exec(); !ok)
        return ok.error();
    return m_db.lastInsertId();
}

Result<std::optional<NoticeVersion>> NoticeRepository::byId(qint64 id) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM notice_versions WHERE id = ?1").arg(kColumns));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, id);
    Result<QList<NoticeVersion>> list = readAll(stmt.value());
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<NoticeVersion>() : std::optional<NoticeVersion>(list->constFirst());
}

Result<std::optional<NoticeVersion>> NoticeRepository::find(const QString &version, const QString &language) const
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("SELECT %1 FROM notice_versions WHERE version = ?1 AND language = ?2").arg(kColumns));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, version).bind(2, language);
    Result<QList<NoticeVersion>> list = readAll(stmt.value());
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<NoticeVersion>() : std::optional<NoticeVersion>(list->constFirst());
}

Result<QList<NoticeVersion>> NoticeRepository::all() const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM notice_versions ORDER BY id").arg(kColumns));
    if (!stmt)
        return stmt.error();
    return readAll(stmt.value());
}

Status NoticeRepository::putMaterial(const QString &version, const QJsonObject &material)
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("INSERT INTO notice_material (version, material, created_at) VALUES (?1, ?2, ?3)"));
    if (!stmt)
        return stmt.error();
    stmt.value()
        .bind(1, version)
        .bind(2, QString::fromUtf8(QJsonDocument(material).toJson(QJsonDocument::Compact)))
        .bind(3, Clock::instance().now());
    return stmt.value().exec();
}

Result<std::optional<QJsonObject>> NoticeRepository::material(const QString &version) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT material FROM notice_material WHERE version = ?1"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, version);
    TRY_ASSIGN(const bool found, stmt.value().step());
    if (!found)
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(QJsonDocument::fromJson(stmt.value().text(0).toUtf8()).object());
}

} // namespace consentry
