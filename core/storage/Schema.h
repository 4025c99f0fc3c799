#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

namespace consentry {

class Database;

// One step of the schema. Each runs inside its own transaction together with its row in
// schema_migrations, so a database is always at exactly one version.
struct Migration {
    int version = 0;
    QString description;
    std::function<Status(Database &)> apply;
};

// The schema version table and the migrations (qBittorrent's dbresumedatastorage pattern).
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    static const std::vector<Migration> &migrations();
    static int latestVersion();

    // 0 for a database without the version table.
    static Result<int> version(Database &db);
    // Brings `db` to `target` (default: latest). Refuses a newer database without touching it.
    static Status migrate(Database &db, int target = 0);
    static Status migrate(Database &db, const std::vector<Migration> &steps, int target);
};

} // namespace consentry
