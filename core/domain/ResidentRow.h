#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace consentry {

// One line of the Residents screen: what a row shows, never the templates themselves.
struct ResidentRow {
    // The resident's consent standing: a grant in force, withdrawn by the person, ended by the retention
    // policy, declined (the alternative is used), or no decision recorded yet.
    // Renewal: a grant whose notice changed materially; not used for recognition until consented again.
    enum class State { Active, Withdrawn, Expired, Declined, None, Renewal };

    qint64 id = 0;
    QString name;
    QString unit;
    State state = State::None;
    bool minor = false; // under 14 today (GuardianRule: date of birth, or the flag when it is not recorded)
    int templateCount = 0;
    QDate moveOut; // invalid: not set
    QDateTime lastVerifiedAt; // invalid: never verified
    QDate retentionDue; // first day something of this person is purged (RetentionPolicy); invalid: nothing
    QDateTime reducedAt; // valid: the record was reduced to ids when the retention of records ended (no name)

    static QString stateKey(State state); // "active", "withdrawn", "expired", "declined", "none", "renewal"
    static std::optional<State> stateFromKey(const QString &key);
};

// What the Residents screen asks for. Everything left empty means "no restriction".
struct ResidentFilter {
    enum class Order { Name, Unit, RetentionDue, LastVerified, Id };

    QString search; // substring of name or unit/room (Latin letters: any case)
    std::optional<ResidentRow::State> state;
    std::optional<bool> minor;
    // true: only records reduced to ids after the retention of records (issue 10 §6); false: none of them.
    std::optional<bool> reduced;
    int retentionDueWithinDays = -1; // >= 0: only those due on or before today + this many days
    // Set (EngineId::key()): only residents holding a template of another engine (they need re-enrollment).
    QString otherEngineThan;
    Order order = Order::Name;
    bool descending = false;
};

} // namespace consentry
