#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace consentry {

// Who an audit event names besides the store's users: the software acting by itself and the recovery key.
// These names are reserved (AccountRules refuses them as user names), so an event's actor is never
// ambiguous.
class AuditActor
{
    Q_DECLARE_TR_FUNCTIONS(AuditActor)

public:
    static inline const QString System = QStringLiteral("system"); // scheduled purge, migrations, lockout
    static inline const QString Recovery = QStringLiteral("recovery"); // a session opened with the recovery key
    // withdrawn_by of a consent the retention policy ended (stored in consents, read by Schema v3's triggers).
    static inline const QString Retention = QStringLiteral("system:retention");
    // withdrawn_by of a grant replaced by the person's renewed decision after a material notice change.
    static inline const QString Renewed = QStringLiteral("system:renewed");
    // created_by of the first manager account, made when the store was created (setup wizard or `init`).
    static inline const QString Setup = QStringLiteral("setup");

    static QStringList reserved(); // every name above
    static bool isReserved(const QString &name);
    // The name a person reads: a user's own name as it is, the reserved ones in words.
    static QString displayName(const QString &actor);
};

} // namespace consentry
