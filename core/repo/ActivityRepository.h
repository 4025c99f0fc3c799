#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace consentry {

class Database;

// The audit log's decisions and verifications counted per UTC hour (table activity_hourly, Schema v6).
// AuditLog::append counts each event it appends in the same transaction (record()), and the migration
// builds the table from the log once (rebuild()), so the counts are always the log's. Derived data: the
// audit chain stays the authority.
class ActivityRepository
{
public:
    struct Bucket {
        QDateTime hour; // UTC, the start of the hour
        QString kind; // an AuditKind key
        QString method; // a verification's method key; empty for other kinds
        QString result; // a verification's result key ("verified", "not_verified"); empty for other kinds
        qint64 count = 0;
    };

    explicit ActivityRepository(Database &db);

    // The audit kinds counted: consent granted, declined, withdrawn; verification.
    static bool isCounted(const QString &kind);
    // One event into its hour (`at` as stored: ISO-8601 UTC); a no-op for a kind not counted.
    Status record(const QString &at, const QString &kind, const QJsonObject &details);
    // Counts the whole audit log again into an empty table (the migration that creates it).
    Status rebuild();

    // The hours in [from, to) (UTC instants; partial hours at either end are included whole).
    Result<QList<Bucket>> between(const QDateTime &from, const QDateTime &to) const;

private:
    Database &m_db;
};

} // namespace consentry
