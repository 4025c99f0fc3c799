#pragma once

#include "Result.h"
#include "domain/StaffUser.h"

#include <QList>

#include <optional>

namespace consentry {

class Database;

// Accounts and their roles. The role lives here, inside the encrypted database: editing the keyslot
// file cannot promote anyone.
class UserRepository
{
public:
    explicit UserRepository(Database &db);
    Result<qint64> add(const QString &name, Role role, const QString &createdBy);
    Status remove(const QString &name);
    Result<std::optional<StaffUser>> find(const QString &name) const;
    Result<QList<StaffUser>> all() const;
    Result<int> countWithRole(Role role) const;

private:
    Database &m_db;
};

} // namespace consentry
