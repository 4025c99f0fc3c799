#pragma once

#include "Result.h"
#include "domain/AuditEvent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace consentry {

class Database;

// The audit trail: append-only, each event chained to the previous one by SHA-256, so any change,
// insertion or removal in the middle is found by verify() and named by the id of the first broken link.
// Records who did what and when, never images or templates.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    AuditLog(Database &db, QString storeId);

    // Appends inside the caller's transaction (refused outside one), so the event commits or rolls back
    // with the change it records.
    Result<qint64> append(const QString &kind, const QString &actor, std::optional<qint64> residentId,
                          const QJsonObject &details = {});
    Result<QList<AuditEvent>> events(qint64 afterId = 0, int limit = 1000) const;
    Result<QList<AuditEvent>> eventsOfResident(qint64 residentId) const;
    Result<qint64> count() const;
    Result<AuditVerification> verify() const;

    static QByteArray genesisHash(const QString &storeId);
    static QByteArray linkHash(const QByteArray &prevHash, qint64 id, const QString &at, const QString &kind,
                               const QString &actor, std::optional<qint64> residentId, const QString &detailsText);

private:
    Result<QList<AuditEvent>> query(const QString &sql, qint64 arg, int limit) const;

    Database &m_db;
    QString m_storeId;
};

} // namespace consentry
