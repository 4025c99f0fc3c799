#pragma once

#include <QString>

namespace consentry {

// Where the encrypted database, the keyslot file and settings live. The GUI and the CLI resolve it the
// same way: --data-dir, else CONSENTRY_DATA_DIR, else the per-user application data folder.
namespace DataLocation {

QString defaultDir();
QString resolve(const QString &commandLineValue);

} // namespace DataLocation
} // namespace consentry
