#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace consentry {

// One link of the audit hash chain. Never holds images or templates.
struct AuditEvent {
    qint64 id = 0;
    QDateTime at;
    QString kind; // see AuditLog's kind constants
    QString actor; // user name, or "system"
    std::optional<qint64> residentId;
    QJsonObject details;
    QByteArray prevHash; // SHA-256 of the previous event (or of the chain's genesis)
    QByteArray hash; // SHA-256(prevHash || canonical content)
};

} // namespace consentry
