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

} // namespace StorePaths
} // namespace consentry
