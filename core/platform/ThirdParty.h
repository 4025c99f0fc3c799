#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace consentry {

// Every part Consentry is built from or ships with, its licence and where the licence's full text is on
// this computer, for the About dialog and `consentry-cli --version --json`-style reports. Versions are the
// ones the program runs with (asked at run time, not copied from the build).
struct ThirdPartyComponent {
    QString name; // "Qt", "OpenCV", …
    QString version; // empty when it cannot be asked (a font, a model file)
    QString licence; // SPDX expression, e.g. "LGPL-3.0-only"
    QString purpose; // one translated phrase: what Consentry uses it for
    QString licenceFile; // absolute path of the licence text, empty if none was found
    QString resource; // the same text compiled into the program (":/licenses/…"), when there is one
    QStringList lookedIn; // where licenceFile was looked for, to say so when nothing was found
};

class ThirdParty
{
    Q_DECLARE_TR_FUNCTIONS(ThirdParty)

public:
    // Consentry itself first, then the libraries, the font and the face models.
    static QList<ThirdPartyComponent> components();
    // The folder where the installer puts licence texts of bundled libraries (Windows: <app>/../licenses;
    // Debian: each library's own /usr/share/doc/<package>/copyright instead).
    static QString bundledLicenceDir();
};

} // namespace consentry
