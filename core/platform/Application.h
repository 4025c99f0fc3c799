#pragma once

#include <QString>

namespace consentry {

// The identity every front end (GUI, CLI, tests) gives Qt, so QStandardPaths and QSettings agree on
// one data folder.
namespace Application {

QString name(); // "Consentry", for window titles and documents
QString version(); // from CMake's project version
QString versionLine(); // "Consentry 0.1.0 (Qt 6.4.2, OpenCV 4.6.0)"

// Sets organisation/application name and version on QCoreApplication. Call before anything touches paths.
void setIdentity();

} // namespace Application
} // namespace consentry
