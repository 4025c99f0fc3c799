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
    // Kinds of event (stable strings: reports and exports use them).
    static inline const QString LoginOk = QStringLiteral("login_ok");
    static inline const QString LoginFailed = QStringLiteral("login_failed");
    static inline const QString Unlock = QStringLiteral("unlock");
    static inline const QString Lock = QStringLiteral("lock");
    static inline const QString RecoveryUsed = QStringLiteral("recovery_key_used");
    static inline const QString LockoutReset = QStringLiteral("lockout_state_reset");
    static inline const QString StoreCreated = QStringLiteral("store_created");
    static inline const QString SchemaMigrated = QStringLiteral("schema_migrated");
    static inline const QString UserAdded = QStringLiteral("user_added");
    static inline const QString UserRemoved = QStringLiteral("user_removed");
    static inline const QString PasswordChanged = QStringLiteral("password_changed");
    static inline const QString ResidentCreated = QStringLiteral("resident_created");
    static inline const QString ResidentEdited = QStringLiteral("resident_edited");
    static inline const QString ResidentDeleted = QStringLiteral("resident_deleted");
    static inline const QString ConsentGranted = QStringLiteral("consent_granted");
    static inline const QString ConsentDeclined = QStringLiteral("consent_declined");
    static inline const QString ConsentWithdrawn = QStringLiteral("consent_withdrawn");
    static inline const QString TemplateCreated = QStringLiteral("template_created");
    static inline const QString TemplateDeleted = QStringLiteral("template_deleted");
    static inline const QString Export = QStringLiteral("export");
    static inline const QString Backup = QStringLiteral("backup");
    static inline const QString Restore = QStringLiteral("restore");
    static inline const QString SettingsChanged = QStringLiteral("settings_changed");
    static inline const QString SignagePrinted = QStringLiteral("signage_printed");
    static inline const QString Purge = QStringLiteral("purge");
    static inline const QString AccessDenied = QStringLiteral("access_denied");
    static inline const QString DuplicateAccepted = QStringLiteral("duplicate_accepted");

    struct Verification {
        qint64 events = 0;
        bool ok = true;
        qint64 firstBroken = 0; // id of the first event whose link does not hold; 0 when ok
        QString reason; // translated sentence when broken
        QByteArray headHash; // hash of the last event: write it down to detect a cut-off tail later
    };

    AuditLog(Database &db, QString storeId);

    // Appends inside the caller's transaction (refused outside one), so the event commits or rolls back
    // with the change it records.
    Result<qint64> append(const QString &kind, const QString &actor, std::optional<qint64> residentId,
                          const QJsonObject &details = {});
    Result<QList<AuditEvent>> events(qint64 afterId = 0, int limit = 1000) const;
    Result<QList<AuditEvent>> eventsOfResident(qint64 residentId) const;
    Result<qint64> count() const;
    Result<Verification> verify() const;

    static QByteArray genesisHash(const QString &storeId);
    static QByteArray linkHash(const QByteArray &prevHash, qint64 id, const QString &at, const QString &kind,
                               const QString &actor, std::optional<qint64> residentId, const QString &detailsText);

private:
    Result<QList<AuditEvent>> query(const QString &sql, qint64 arg, int limit) const;

    Database &m_db;
    QString m_storeId;
};

} // namespace consentry
