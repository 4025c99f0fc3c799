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
    QString kind; // an AuditKind
    QString actor; // a user name, or an AuditActor
    std::optional<qint64> residentId;
    QJsonObject details;
    QByteArray prevHash; // SHA-256 of the previous event (or of the chain's genesis)
    QByteArray hash; // SHA-256(prevHash || canonical content)
};

// The result of checking the whole chain.
struct AuditVerification {
    qint64 events = 0;
    bool ok = true;
    qint64 firstBroken = 0; // id of the first event whose link does not hold; 0 when ok
    QString reason; // translated sentence when broken
    QByteArray headHash; // hash of the last event: write it down to detect a cut-off tail later
};

} // namespace consentry
