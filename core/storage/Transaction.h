#pragma once

#include "Result.h"

namespace consentry {

class Database;

// BEGIN IMMEDIATE … COMMIT, rolled back by the destructor unless committed: every multi-row change
// (resident + consent + templates + audit event) lands completely or not at all.
class [[nodiscard]] Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace consentry
