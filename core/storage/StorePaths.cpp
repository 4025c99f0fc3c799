#include "storage/StorePaths.h"

#include <QDir>

namespace consentry::StorePaths {

QString database(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("consentry.db"));
}

QString keyslots(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("consentry.keys"));
}

QString lockout(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("consentry.lockout"));
}

QStringList allNames()
{
    return { QStringLiteral("consentry.db"),     QStringLiteral("consentry.db-wal"),
             QStringLiteral("consentry.db-shm"), QStringLiteral("consentry.db-journal"),
             QStringLiteral("consentry.keys"),   QStringLiteral("consentry.lockout") };
}

} // namespace consentry::StorePaths
