#include "repo/TemplateRepository.h"

#include "platform/Clock.h"
#include "storage/Database.h"

#include <QVariant>

namespace consentry {

namespace {
// The one statement of "the gallery may search it": the resident's grant is in force and needs no renewal.
const char *const kSearchable = "resident_id IN (SELECT id FROM residents WHERE consent_state = 'active')";
} // namespace

TemplateRepository::TemplateRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> TemplateRepository::add(const StoredTemplate &t)
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("INSERT INTO face_templates (resident_id, engine_id, model_sha256, vector, quality, created_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!stmt)
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, t.residentId).bind(2, t.engineId).bind(3, t.modelSha256.isNull() ? QByteArray("", 0) : t.modelSha256);
    s.bind(4, t.vector.isNull() ? QByteArray("", 0) : t.vector).bind(5, t.quality).bind(6, Clock::instance().now());
    if (Status ok = s.exec(); !ok)
        return ok.error();
    return m_db.lastInsertId();
}

Result<QList<StoredTemplate>> TemplateRepository::query(const QString &where, const QVariant &arg) const
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("SELECT id, resident_id, engine_id, model_sha256, vector, quality, created_at, last_matched_at "
                       "FROM face_templates WHERE %1 ORDER BY id")
            .arg(where));
    if (!stmt)
        return stmt.error();
    if (arg.typeId() == QMetaType::QString)
        stmt.value().bind(1, arg.toString());
    else
        stmt.value().bind(1, arg.toLongLong());
    return stmt.value().collect<StoredTemplate>([](const Statement &s) {
        StoredTemplate t;
        t.id = s.int64(0);
        t.residentId = s.int64(1);
        t.engineId = s.text(2);
        t.modelSha256 = s.blob(3);
        t.vector = s.blob(4);
        t.quality = s.real(5);
        t.createdAt = s.dateTime(6);
        t.lastMatchedAt = s.dateTime(7);
        return t;
    });
}

Result<QList<StoredTemplate>> TemplateRepository::ofResident(qint64 residentId) const
{
    return query(QStringLiteral("resident_id = ?1"), QVariant(residentId));
}

Status TemplateRepository::forEachOfEngine(const QString &engineId, const GalleryRow &visit) const
{
    // NOT INDEXED: nearly every template belongs to the engine in use, so reading the table once in rowid
    // (= id) order is cheaper than the engine index plus one table lookup per row; only the four columns
    // the gallery needs, and no dates to parse.
    Result<Statement> stmt
        = m_db.prepare(QStringLiteral("SELECT id, resident_id, model_sha256, vector FROM face_templates NOT INDEXED "
                                      "WHERE engine_id = ?1 AND %1 ORDER BY id")
                           .arg(QLatin1String(kSearchable)));
    if (!stmt)
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, engineId);
    for (;;) {
        Result<bool> row = s.step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        visit(s.int64(0), s.int64(1), s.blobView(2), s.blobView(3));
    }
}

Result<qint64> TemplateRepository::countOfEngine(const QString &engineId) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM face_templates WHERE engine_id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, engineId);
    Result<bool> row = stmt.value().step();
    if (!row)
        return row.error();
    return row.value() ? stmt.value().int64(0) : qint64(0);
}

Result<qint64> TemplateRepository::countOfEngine(const QString &engineId, bool searchableOnly) const
{
    Result<Statement> stmt
        = m_db.prepare(QStringLiteral("SELECT count(*) FROM face_templates WHERE engine_id = ?1 AND %1")
                           .arg(searchableOnly ? QLatin1String(kSearchable) : QLatin1String("1")));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, engineId);
    TRY_ASSIGN(const bool row, stmt.value().step());
    return row ? stmt.value().int64(0) : qint64(0);
}

Result<QList<StoredTemplate>> TemplateRepository::searchableOfResident(qint64 residentId) const
{
    return query(QStringLiteral("resident_id = ?1 AND %1").arg(QLatin1String(kSearchable)), QVariant(residentId));
}

Result<int> TemplateRepository::removeOfResident(qint64 residentId)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM face_templates WHERE resident_id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, residentId);
    if (Status ok = stmt.value().exec(); !ok)
        return ok.error();
    return m_db.changes();
}

Result<int> TemplateRepository::removeOfResidentMadeBy(qint64 residentId, const QDateTime &cutoff)
{
    Result<Statement> stmt
        = m_db.prepare(QStringLiteral("DELETE FROM face_templates WHERE resident_id = ?1 AND created_at <= ?2"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, residentId).bind(2, cutoff);
    if (Status ok = stmt.value().exec(); !ok)
        return ok.error();
    return m_db.changes();
}

Status TemplateRepository::markMatched(qint64 templateId)
{
    Result<Statement> stmt
        = m_db.prepare(QStringLiteral("UPDATE face_templates SET last_matched_at = ?2 WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, templateId).bind(2, Clock::instance().now());
    return stmt.value().exec();
}

Result<qint64> TemplateRepository::count() const
{
    return m_db.queryInt(QStringLiteral("SELECT count(*) FROM face_templates"));
}

} // namespace consentry
