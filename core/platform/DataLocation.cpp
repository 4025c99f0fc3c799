#include "platform/DataLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace consentry::DataLocation {

QString defaultDir()
{
    // AppLocalDataLocation: not roamed on Windows (face data must stay on this device), ~/.local/share on Linux.
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString resolve(const QString &commandLineValue)
{
    QString dir = commandLineValue;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("CONSENTRY_DATA_DIR");
    if (dir.isEmpty())
        dir = defaultDir();
    return QDir::cleanPath(QDir(dir).absolutePath());
}

} // namespace consentry::DataLocation
