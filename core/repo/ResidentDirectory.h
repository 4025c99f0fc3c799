#pragma once

#include "Result.h"
#include "compliance/RetentionPolicy.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace consentry {

class Database;

// One line of the people table: what a row shows, never the templates themselves.
struct ResidentRow {
    // The resident's consent standing: a grant in force, withdrawn by the person, ended by the retention
    // policy, declined (the alternative is used), or no decision recorded yet.
    enum class State { Active, Withdrawn, Expired, Declined, None };

    qint64 id = 0;
    QString name;
    QString unit;
    State state = State::None;
    bool minor = false; // under 14 today (date of birth, or the flag when it is not recorded)
    int templateCount = 0;
    QDate moveOut; // invalid: not set
    QDateTime lastVerifiedAt; // invalid: never verified
    QDate retentionDue; // first day something of this person is purged; invalid: nothing to purge

    static QString stateKey(State state); // "active", "withdrawn", "expired", "declined", "none"
    static std::optional<State> stateFromKey(const QString &key);
};

// What the people table asks for. Everything left empty means "no restriction".
struct ResidentFilter {
    enum class Order { Name, Unit, RetentionDue, LastVerified, Id };

    QString search; // substring of name or unit/room (Latin letters: any case)
    std::optional<ResidentRow::State> state;
    std::optional<bool> minor;
    int retentionDueWithinDays = -1; // >= 0: only those due on or before today + this many days
    Order order = Order::Name;
    bool descending = false;
};

// Paged reads over the residents table for 100,000 people (LIMIT/OFFSET on indexed columns that triggers
// keep up to date, see Schema v3), plus the queries of the retention policy and of an engine change.
// `today` and `policy` decide the minor flag and the retention due date of each row.
class ResidentDirectory
{
    Q_DECLARE_TR_FUNCTIONS(ResidentDirectory)

public:
    ResidentDirectory(Database &db, RetentionPolicy policy, QDate today);

    Result<QList<ResidentRow>> page(const ResidentFilter &filter, int offset, int limit) const;
    Result<qint64> count(const ResidentFilter &filter) const;
    Result<std::optional<ResidentRow>> row(qint64 residentId) const;

    // Retention: residents whose move-out is far enough back and who still have templates or a grant in
    // force; residents with a template made at or before `cutoff`.
    Result<QList<qint64>> dueByMoveOut() const;
    Result<QList<qint64>> withTemplatesMadeBefore(const QDateTime &cutoff) const;
    Result<int> removeTemplatesMadeBefore(qint64 residentId, const QDateTime &cutoff);

    // Engine change: residents holding at least one template of an engine other than `engineKey`
    // (EngineId::key()); they need re-enrollment.
    Result<qint64> countOnOtherEngine(const QString &engineKey) const;
    Result<QList<ResidentRow>> onOtherEngine(const QString &engineKey, int offset, int limit) const;

    Status setLastVerified(qint64 residentId, const QDateTime &at);

private:
    struct Where {
        QString sql;
        QList<QString> texts; // bound as ?10, ?11, … in order
    };
    Where where(const ResidentFilter &filter) const;
    Result<QList<ResidentRow>> rows(const QString &sql, const QList<QString> &texts, const QString &extra, int offset,
                                    int limit) const;
    QString selectColumns() const;

    Database &m_db;
    RetentionPolicy m_policy;
    QDate m_today;
};

} // namespace consentry
