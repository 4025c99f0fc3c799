#include "repo/ResidentListQuery.h"

#include "compliance/GuardianRule.h"
#include "storage/Database.h"

namespace consentry {

namespace {

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

ResidentRow readRow(const Statement &s)
{
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
    r.reducedAt = s.dateTime(9);
    return r;
}

} // namespace

// SQL text being built and the named values it uses, so a statement binds exactly what it contains.
class ResidentListQuery::Sql
{
public:
    QString text;

    // Registers `value` under `name` (":name") and returns the name to write into the text.
    QString value(const QString &name, const QString &value)
    {
        m_values.append({ name, value });
        return name;
    }
    QString rule(const RetentionPolicy::Sql &sql)
    {
        m_values += sql.parameters;
        return sql.text;
    }
    Result<Statement> prepare(Database &db) const
    {
        Result<Statement> statement = db.prepare(text);
        if (statement) {
            for (const auto &[name, value] : m_values)
                statement.value().bind(name.toUtf8().constData(), value);
        }
        return statement;
    }

private:
    QList<std::pair<QString, QString>> m_values;
};

ResidentListQuery::ResidentListQuery(Database &db, RetentionPolicy policy, QDate today)
    : m_db(db)
    , m_policy(policy)
    , m_today(today)
{
}

QString ResidentListQuery::dueDate(Sql &sql) const
{
    return sql.rule(m_policy.dueDateSql());
}

QString ResidentListQuery::isChild(Sql &sql) const
{
    return GuardianRule::sql(
        sql.value(QStringLiteral(":child_born_after"), GuardianRule::bornAfter(m_today).toString(Qt::ISODate)));
}

QString ResidentListQuery::columns(Sql &sql) const
{
    return QStringLiteral(
               "id, name, unit, consent_state, %1, template_count, move_out, last_verified_at, %2, reduced_at")
        .arg(isChild(sql), dueDate(sql));
}

ResidentListQuery::Sql ResidentListQuery::where(const ResidentFilter &f) const
{
    Sql sql;
    QStringList parts;
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        const QString pattern
            = sql.value(QStringLiteral(":search"), QLatin1Char('%') + escapeLike(search) + QLatin1Char('%'));
        parts << QStringLiteral("(name LIKE %1 ESCAPE '\\' OR unit LIKE %1 ESCAPE '\\')").arg(pattern);
    }
    if (f.state) {
        // With a search, scanning the (name, unit, id) index beats visiting every row of a common state
        // through the state index: "+" keeps the planner off the latter.
        parts << QStringLiteral("%1consent_state = %2")
                     .arg(search.isEmpty() ? QString() : QStringLiteral("+"),
                          sql.value(QStringLiteral(":state"), ResidentRow::stateKey(*f.state)));
    }
    if (f.minor)
        parts << QStringLiteral("%1 = %2").arg(isChild(sql), *f.minor ? QStringLiteral("1") : QStringLiteral("0"));
    if (f.reduced) {
        // A reduced record is the only one without a name (ResidentService::validate refuses an empty name);
        // testing the name keeps the name and unit indexes covering, which reduced_at would not.
        parts << (*f.reduced ? QStringLiteral("reduced_at IS NOT NULL") : QStringLiteral("name <> ''"));
    }
    if (f.retentionDueWithinDays >= 0)
        parts << sql.rule(m_policy.dueOnOrBeforeSql(m_today.addDays(f.retentionDueWithinDays)));
    if (!f.otherEngineThan.isEmpty()) {
        // A template belongs to an engine only if both its name and its model's SHA-256 match: EngineId::key()
        // is "name@sha256-hex", the store keeps the two in separate columns.
        parts << QStringLiteral("id IN (SELECT resident_id FROM face_templates "
                                "WHERE engine_id || '@' || lower(hex(model_sha256)) <> lower(%1))")
                     .arg(sql.value(QStringLiteral(":engine"), f.otherEngineThan));
    }
    sql.text = parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return sql;
}

Result<QList<ResidentRow>> ResidentListQuery::rows(const Sql &sql, int offset, int limit) const
{
    Result<Statement> statement = sql.prepare(m_db);
    if (!statement)
        return statement.error();
    statement.value().bind(":limit", static_cast<qint64>(std::max(0, limit)));
    statement.value().bind(":offset", static_cast<qint64>(std::max(0, offset)));
    return statement.value().collect<ResidentRow>(readRow);
}

Result<QList<ResidentRow>> ResidentListQuery::page(const ResidentFilter &filter, int offset, int limit) const
{
    Sql sql = where(filter);
    const QString dir = filter.descending ? QStringLiteral(" DESC") : QString();
    QString order;
    switch (filter.order) {
    case ResidentFilter::Order::Name: order = QStringLiteral("name%1, id%1").arg(dir); break;
    case ResidentFilter::Order::Unit: order = QStringLiteral("unit%1, name%1, id%1").arg(dir); break;
    case ResidentFilter::Order::Id: order = QStringLiteral("id%1").arg(dir); break;
    case ResidentFilter::Order::RetentionDue:
        order = QStringLiteral("%1 IS NULL, %1%2, id").arg(dueDate(sql), dir);
        break;
    case ResidentFilter::Order::LastVerified:
        order = QStringLiteral("last_verified_at IS NULL, last_verified_at%1, id").arg(dir);
        break;
    }
    // Deferred join: the inner query walks an index (covering for the name/unit search) to the page's ids
    // without reading the rows it skips; only the page's rows are read in full.
    sql.text = QStringLiteral("SELECT %1 FROM (SELECT id AS page_id FROM residents%2 ORDER BY %3 "
                              "LIMIT :limit OFFSET :offset) AS page CROSS JOIN residents ON residents.id = page_id "
                              "ORDER BY %3")
                   .arg(columns(sql), sql.text, order);
    return rows(sql, offset, limit);
}

Result<qint64> ResidentListQuery::count(const ResidentFilter &filter) const
{
    Sql sql = where(filter);
    sql.text = QStringLiteral("SELECT count(*) FROM residents") + sql.text;
    Result<Statement> statement = sql.prepare(m_db);
    if (!statement)
        return statement.error();
    Result<bool> more = statement.value().step();
    if (!more)
        return more.error();
    return more.value() ? statement.value().int64(0) : 0;
}

Result<std::optional<ResidentRow>> ResidentListQuery::row(qint64 residentId) const
{
    Sql sql;
    sql.text = QStringLiteral("SELECT %1 FROM residents WHERE id = :id").arg(columns(sql));
    Result<Statement> statement = sql.prepare(m_db);
    if (!statement)
        return statement.error();
    statement.value().bind(":id", residentId);
    TRY_ASSIGN(const QList<ResidentRow> found, statement.value().collect<ResidentRow>(readRow));
    if (found.isEmpty())
        return std::optional<ResidentRow>();
    return std::optional<ResidentRow>(found.constFirst());
}

} // namespace consentry
