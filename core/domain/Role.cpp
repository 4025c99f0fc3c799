#include "domain/Role.h"

namespace consentry {

QString RoleNames::key(Role role)
{
    switch (role) {
    case Role::Manager: return QStringLiteral("manager");
    case Role::Staff: return QStringLiteral("staff");
    case Role::Auditor: return QStringLiteral("auditor");
    }
    return QString();
}

std::optional<Role> RoleNames::fromKey(const QString &key)
{
    for (Role role : { Role::Manager, Role::Staff, Role::Auditor }) {
        if (RoleNames::key(role) == key)
            return role;
    }
    return std::nullopt;
}

QString RoleNames::displayName(Role role)
{
    switch (role) {
    case Role::Manager: return tr("Manager");
    case Role::Staff: return tr("Front-desk staff");
    case Role::Auditor: return tr("Auditor");
    }
    return QString();
}

} // namespace consentry
