#include "repo/ResidentDirectory.h"

#include "domain/Resident.h"
#include "storage/Database.h"

namespace consentry {

namespace {

// ?1 today, ?2 the 14th-birthday cutoff, ?3 "+N days" after move-out, ?4 "+M days" after the oldest template.
// Filter texts follow from ?10.
const char *const kMinorExpr = "(CASE WHEN date_of_birth IS NULL THEN minor != 0 ELSE date_of_birth > ?2 END)";
const char *const kDueExpr = "(CASE WHEN template_count > 0 OR consent_state = 'active' THEN nullif(min("
                             "coalesce(date(move_out, ?3), '9999-12-31'), "
                             "coalesce(date(substr(oldest_template_at, 1, 10), ?4), '9999-12-31')), '9999-12-31') END)";

QString escapeLike(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

QString ResidentRow::stateKey(State state)
{
    switch (state) {
    case State::Active: return QStringLiteral("active");
    case State::Withdrawn: return QStringLiteral("withdrawn");
    case State::Expired: return QStringLiteral("expired");
    case State::Declined: return QStringLiteral("declined");
    case State::None: return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

std::optional<ResidentRow::State> ResidentRow::stateFromKey(const QString &key)
{
    for (State s : { State::Active, State::Withdrawn, State::Expired, State::Declined, State::None }) {
        if (stateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

ResidentDirectory::ResidentDirectory(Database &db, RetentionPolicy policy, QDate today)
    : m_db(db)
    , m_policy(policy)
    , m_today(today)
{
}

QString ResidentDirectory::selectColumns() const
{
    return QStringLiteral("id, name, unit, consent_state, %1, template_count, move_out, last_verified_at, %2")
        .arg(QString::fromLatin1(kMinorExpr), QString::fromLatin1(kDueExpr));
}

ResidentDirectory::Where ResidentDirectory::where(const ResidentFilter &f) const
{
    Where w;
    QStringList parts;
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        w.texts << QLatin1Char('%') + escapeLike(search) + QLatin1Char('%');
        const int n = 9 + static_cast<int>(w.texts.size());
        parts << QStringLiteral("(name LIKE ?%1 ESCAPE '\\' OR unit LIKE ?%1 ESCAPE '\\')").arg(n);
    }
    if (f.state) {
        w.texts << ResidentRow::stateKey(*f.state);
        // With a search, scanning the (name, unit, id) index beats visiting every row of a common state
        // through the state index: "+" keeps the planner off the latter.
        parts << QStringLiteral("%1consent_state = ?%2")
                     .arg(search.isEmpty() ? QString() : QStringLiteral("+"))
                     .arg(9 + w.texts.size());
    }
    if (f.minor)
        parts << QStringLiteral("%1 = %2").arg(QString::fromLatin1(kMinorExpr),
                                               *f.minor ? QStringLiteral("1") : QStringLiteral("0"));
    if (f.retentionDueWithinDays >= 0) {
        // due <= last  <=>  move_out + N <= last  or  date(oldest template) + M <= last, written so that the
        // move_out and oldest_template_at indexes answer it (the same rule as kDueExpr).
        const QDate last = m_today.addDays(f.retentionDueWithinDays);
        w.texts << last.addDays(-m_policy.retentionDays).toString(Qt::ISODate);
        w.texts << last.addDays(1 - m_policy.maxTemplateAgeDays).toString(Qt::ISODate);
        parts << QStringLiteral("(move_out <= ?%1 OR oldest_template_at < ?%2) "
                                "AND (template_count > 0 OR consent_state = 'active')")
                     .arg(9 + w.texts.size() - 1)
                     .arg(9 + w.texts.size());
    }
    w.sql = parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

Result<QList<ResidentRow>> ResidentDirectory::rows(const QString &sql, const QList<QString> &texts,
                                                   const QString &extra, int offset, int limit) const
{
    Result<Statement> stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, m_today).bind(2, m_today.addYears(-Resident::kGuardianAge));
    s.bind(3, QStringLiteral("+%1 days").arg(m_policy.retentionDays));
    s.bind(4, QStringLiteral("+%1 days").arg(m_policy.maxTemplateAgeDays));
    for (int i = 0; i < texts.size(); ++i)
        s.bind(10 + i, texts.at(i));
    if (!extra.isNull())
        s.bind(9, extra);
    s.bind(5, static_cast<qint64>(std::max(0, limit))).bind(6, static_cast<qint64>(std::max(0, offset)));
    QList<ResidentRow> list;
    for (;;) {
        Result<bool> more = s.step();
        if (!more)
            return more.error();
        if (!more.value())
            return list;
        ResidentRow r;
        r.id = s.int64(0);
        r.name = s.text(1);
        r.unit = s.text(2);
        r.state = ResidentRow::stateFromKey(s.text(3)).value_or(ResidentRow::State::None);
        r.minor = s.int64(4) != 0;
        r.templateCount = s.int32(5);
        r.moveOut = s.date(6);
        r.lastVerifiedAt = s.dateTime(7);
        r.retentionDue = s.date(8);
        list << r;
    }
}

Result<QList<ResidentRow>> ResidentDirectory::page(const ResidentFilter &filter, int offset, int limit) const
{
    const Where w = where(filter);
    const QString dir = filter.descending ? QStringLiteral(" DESC") : QString();
    QString order;
    switch (filter.order) {
    case ResidentFilter::Order::Name: order = QStringLiteral("name%1, id%1").arg(dir); break;
    case ResidentFilter::Order::Unit: order = QStringLiteral("unit%1, name%1, id%1").arg(dir); break;
    case ResidentFilter::Order::Id: order = QStringLiteral("id%1").arg(dir); break;
    case ResidentFilter::Order::RetentionDue:
        order = QStringLiteral("%1 IS NULL, %1%2, id").arg(QString::fromLatin1(kDueExpr), dir);
        break;
    case ResidentFilter::Order::LastVerified:
        order = QStringLiteral("last_verified_at IS NULL, last_verified_at%1, id").arg(dir);
        break;
    }
    // Deferred join: the inner query walks an index (covering for the name/unit search) to the page's ids
    // without reading the rows it skips; only the page's rows are read in full.
    const QString sql = QStringLiteral("SELECT %1 FROM (SELECT id AS page_id FROM residents%2 ORDER BY %3 "
                                       "LIMIT ?5 OFFSET ?6) AS page CROSS JOIN residents ON residents.id = page_id "
                                       "ORDER BY %3")
                            .arg(selectColumns(), w.sql, order);
    return rows(sql, w.texts, QString(), offset, limit);
}

Result<qint64> ResidentDirectory::count(const ResidentFilter &filter) const
{
    const Where w = where(filter);
    // The same parameter numbers as page(), so the where clause is shared. The constant test names ?1..?4
    // so that binding them is valid whichever of them the filter uses (SQLite evaluates it once).
    const QString always = QStringLiteral("(?1 || ?2 || ?3 || ?4) IS NOT NULL");
    Result<Statement> stmt
        = m_db.prepare(QStringLiteral("SELECT count(*) FROM residents%1%2%3")
                           .arg(w.sql, w.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "), always));
    if (!stmt)
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, m_today).bind(2, m_today.addYears(-Resident::kGuardianAge));
    s.bind(3, QStringLiteral("+%1 days").arg(m_policy.retentionDays));
    s.bind(4, QStringLiteral("+%1 days").arg(m_policy.maxTemplateAgeDays));
    for (int i = 0; i < w.texts.size(); ++i)
        s.bind(10 + i, w.texts.at(i));
    Result<bool> more = s.step();
    if (!more)
        return more.error();
    return more.value() ? s.int64(0) : 0;
}

Result<std::optional<ResidentRow>> ResidentDirectory::row(qint64 residentId) const
{
    Result<QList<ResidentRow>> found
        = rows(QStringLiteral("SELECT %1 FROM residents WHERE id = ?9 + 0 LIMIT ?5 OFFSET ?6").arg(selectColumns()), {},
               QString::number(residentId), 0, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ResidentRow>();
    return std::optional<ResidentRow>(found->constFirst());
}

Result<QList<qint64>> ResidentDirectory::dueByMoveOut() const
{
    Result<Statement> stmt
        = m_db.prepare(QStringLiteral("SELECT id FROM residents WHERE move_out IS NOT NULL AND move_out <= ?1 "
                                      "AND (template_count > 0 OR consent_state = 'active') ORDER BY id"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, m_policy.moveOutCutoff(m_today));
    return stmt.value().collect<qint64>([](const Statement &s) { return s.int64(0); });
}

Result<QList<qint64>> ResidentDirectory::withTemplatesMadeBefore(const QDateTime &cutoff) const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "SELECT id FROM residents WHERE oldest_template_at IS NOT NULL AND oldest_template_at <= ?1 ORDER BY id"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, cutoff);
    return stmt.value().collect<qint64>([](const Statement &s) { return s.int64(0); });
}

Result<int> ResidentDirectory::removeTemplatesMadeBefore(qint64 residentId, const QDateTime &cutoff)
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

// A template belongs to the active engine only if both its engine name and its model's SHA-256 match:
// EngineId::key() is "name@sha256-hex", the store keeps the two in separate columns.
Result<qint64> ResidentDirectory::countOnOtherEngine(const QString &engineKey) const
{
    Result<Statement> stmt
        = m_db.prepare(QStringLiteral("SELECT count(DISTINCT resident_id) FROM face_templates "
                                      "WHERE engine_id || '@' || lower(hex(model_sha256)) <> lower(?1)"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, engineKey);
    Result<bool> more = stmt.value().step();
    if (!more)
        return more.error();
    return more.value() ? stmt.value().int64(0) : 0;
}

Result<QList<ResidentRow>> ResidentDirectory::onOtherEngine(const QString &engineKey, int offset, int limit) const
{
    const QString sql = QStringLiteral("SELECT %1 FROM residents WHERE id IN (SELECT resident_id FROM face_templates "
                                       "WHERE engine_id || '@' || lower(hex(model_sha256)) <> lower(?9)) "
                                       "ORDER BY name, id LIMIT ?5 OFFSET ?6")
                            .arg(selectColumns());
    return rows(sql, {}, engineKey, offset, limit);
}

Status ResidentDirectory::setLastVerified(qint64 residentId, const QDateTime &at)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("UPDATE residents SET last_verified_at = ?2 WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, residentId).bind(2, at);
    if (Status ok = stmt.value().exec(); !ok)
        return ok;
    if (m_db.changes() == 0)
        return makeError(ErrorKind::NotFound, tr("There is no resident with id %1.").arg(residentId));
    return {};
}

} // namespace consentry
