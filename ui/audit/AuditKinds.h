#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace consentry::ui {

// The audit log's stable event kinds (AuditLog constants) as words a person reads, for the audit screen's
// list and its kind filter. An unknown kind (a newer store) is shown as its key.
class AuditKinds
{
    Q_DECLARE_TR_FUNCTIONS(AuditKinds)

public:
    static QStringList all(); // every known key, in a sensible order for a filter list
    static QString displayName(const QString &kind);
};

} // namespace consentry::ui
