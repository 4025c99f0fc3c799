#pragma once

#include <QString>
#include <QStringList>

namespace consentry {

// The files of one store inside its data folder. Everything Consentry keeps is in these.
namespace StorePaths {

QString database(const QString &dataDir); // consentry.db (+ -wal, -shm while open)
QString keyslots(const QString &dataDir); // consentry.keys: wrapped copies of the database key
QString lockout(const QString &dataDir); // consentry.lockout: wrong-password counters (needed before unlock)
QStringList allNames(); // the file names above, with the SQLite side files

// consentry.unfinished: written before init or restore puts the first store file into a folder and
// removed as their last step. A folder that has it holds no store, only what a killed init or restore
// left; clearUnfinished() removes exactly that (store files, their temporary siblings, restore staging
// folders, then the marker), so a retry starts clean instead of refusing "part of a store".
QString unfinishedMarker(const QString &dataDir);
bool isUnfinished(const QString &dataDir);
// Returns false when something could not be removed.
bool clearUnfinished(const QString &dataDir);

} // namespace StorePaths
} // namespace consentry
