#include "storage/StorePaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

QString unfinishedMarker(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("consentry.unfinished"));
}

bool isUnfinished(const QString &dataDir)
{
    return QFileInfo::exists(unfinishedMarker(dataDir));
}

bool clearUnfinished(const QString &dataDir)
{
    QDir dir(dataDir);
    if (!dir.exists())
        return true;
    bool ok = true;
    // A marker killed while being written is only its temporary file: never a store, always removable.
    for (const QString &name :
         dir.entryList({ QStringLiteral("consentry.unfinished.*") }, QDir::Files | QDir::Hidden | QDir::System))
        ok &= QFile::remove(dir.filePath(name));
    if (!isUnfinished(dataDir))
        return ok;
    for (const QString &name :
         dir.entryList({ QStringLiteral("consentry.*") }, QDir::Files | QDir::Hidden | QDir::System)) {
        if (name != QLatin1String("consentry.unfinished"))
            ok &= QFile::remove(dir.filePath(name));
    }
    for (const QString &name :
         dir.entryList({ QStringLiteral(".restore-*") }, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        ok &= QDir(dir.filePath(name)).removeRecursively();
    // The marker goes last: until then a retry knows the rest is leftover.
    if (ok)
        ok = QFile::remove(unfinishedMarker(dataDir));
    return ok;
}

} // namespace consentry::StorePaths
