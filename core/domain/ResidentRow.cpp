#include "domain/ResidentRow.h"

namespace consentry {

QString ResidentRow::stateKey(State state)
{
    switch (state) {
    case State::Active: return QStringLiteral("active");
    case State::Withdrawn: return QStringLiteral("withdrawn");
    case State::Expired: return QStringLiteral("expired");
    case State::Declined: return QStringLiteral("declined");
    case State::None: return QStringLiteral("none");
    case State::Renewal: return QStringLiteral("renewal");
    }
    return QStringLiteral("none");
}

std::optional<ResidentRow::State> ResidentRow::stateFromKey(const QString &key)
{
    for (State s : { State::Active, State::Withdrawn, State::Expired, State::Declined, State::None, State::Renewal }) {
        if (stateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

} // namespace consentry
