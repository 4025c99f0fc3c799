#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace consentry {

// The three kinds of account. What each may do is decided in services/AccessControl, not here.
enum class Role { Manager, Staff, Auditor };

class RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(RoleNames)

public:
    static QString key(Role role); // "manager", "staff", "auditor" (stored, JSON)
    static std::optional<Role> fromKey(const QString &key);
    static QString displayName(Role role); // translated
};

} // namespace consentry
