#include "platform/ThirdParty.h"

#include "platform/Application.h"
#include "vision/ModelRegistry.h"

#include <QDir>
#include <QFileInfo>

#include <opencv2/core/utility.hpp>
#include <qrencode.h>
#include <sodium.h>
#include <sqlite3.h>

namespace consentry {

namespace {

// SQLCipher says its own version only to an open connection; an in-memory one costs nothing.
QString sqlcipherVersion()
{
    sqlite3 *db = nullptr;
    QString version;
    if (sqlite3_open(":memory:", &db) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return version.isEmpty() ? QStringLiteral("SQLite %1").arg(QString::fromLatin1(sqlite3_libversion())) : version;
}

QString qrencodeVersion()
{
    int major = 0, minor = 0, micro = 0;
    QRcode_APIVersion(&major, &minor, &micro);
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(micro);
}

// Debian keeps each library's licence in /usr/share/doc/<package>/copyright; the package name carries the
// library's ABI version (libopencv-core406, libsodium23), so it is matched by pattern.
QStringList debianCopyrights(const QStringList &packagePatterns)
{
    QStringList paths;
    const QDir doc(QStringLiteral("/usr/share/doc"));
    for (const QString &pattern : packagePatterns) {
        const QStringList packages = doc.entryList({ pattern }, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        if (packages.isEmpty())
            paths << doc.filePath(pattern + QStringLiteral("/copyright"));
        for (const QString &package : packages)
            paths << doc.filePath(package + QStringLiteral("/copyright"));
    }
    return paths;
}

void locate(ThirdPartyComponent &component, const QStringList &bundledNames, const QStringList &debianPackages)
{
    QStringList candidates;
    const QString bundled = ThirdParty::bundledLicenceDir();
    for (const QString &name : bundledNames)
        candidates << QDir(bundled).filePath(name);
#ifndef Q_OS_WIN
    candidates << debianCopyrights(debianPackages);
#else
    Q_UNUSED(debianPackages)
#endif
    component.lookedIn.clear();
    for (const QString &candidate : std::as_const(candidates)) {
        component.lookedIn << QDir::toNativeSeparators(candidate);
        if (component.licenceFile.isEmpty() && QFileInfo(candidate).isFile())
            component.licenceFile = QDir::toNativeSeparators(QFileInfo(candidate).absoluteFilePath());
    }
}

} // namespace

QString ThirdParty::bundledLicenceDir()
{
    // Where the installer puts them, relative to <prefix>/bin (so an unpacked package finds its own):
    // Debian keeps documentation in /usr/share/doc/consentry, Windows in share\consentry beside the rest.
#ifdef Q_OS_WIN
    const QString relative = QStringLiteral("/../share/consentry/licenses");
#else
    const QString relative = QStringLiteral("/../share/doc/consentry/licenses");
#endif
    const QString appDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    const QString nearProgram = QDir::cleanPath(appDir + relative);
    if (!appDir.isEmpty() && QFileInfo(nearProgram).isDir())
        return nearProgram;
    return QDir::cleanPath(QStringLiteral(CONSENTRY_INSTALL_DATADIR) + QStringLiteral("/..") + relative.mid(3));
}

QList<ThirdPartyComponent> ThirdParty::components()
{
    QList<ThirdPartyComponent> list;
    auto add
        = [&list](ThirdPartyComponent component, const QStringList &bundledNames, const QStringList &debianPackages) {
              locate(component, bundledNames, debianPackages);
              list << component;
          };

    add({ Application::name(),
          Application::version(),
          QStringLiteral("Apache-2.0"),
          tr("this program"),
          QString(),
          QStringLiteral(":/licenses/LICENSE"),
          {} },
        { QStringLiteral("LICENSE") }, { QStringLiteral("consentry") });
    add({ QStringLiteral("Qt"),
          QString::fromLatin1(qVersion()),
          QStringLiteral("LGPL-3.0-only"),
          tr("windows, printing, PDF, translations"),
          QString(),
          QString(),
          {} },
        { QStringLiteral("qtbase.txt") }, { QStringLiteral("libqt6core6") });
    // Linked by the console only (the Dashboard); GPL-3.0 in open-source Qt, so the console as distributed is
    // under the GPL-3.0 (THIRD-PARTY-NOTICES.md). The same Qt release as the rest of Qt.
    add({ QStringLiteral("Qt Charts"),
          QString::fromLatin1(qVersion()),
          QStringLiteral("GPL-3.0-or-later"),
          tr("the Dashboard's charts (the console only; it makes the console GPL-3.0)"),
          QString(),
          QString(),
          {} },
        { QStringLiteral("qtcharts.txt") }, { QStringLiteral("libqt6charts6") });
    add({ QStringLiteral("OpenCV"),
          QString::fromStdString(cv::getVersionString()),
          QStringLiteral("Apache-2.0"),
          tr("camera, face detection and face templates"),
          QString(),
          QString(),
          {} },
        { QStringLiteral("opencv4.txt") }, { QStringLiteral("libopencv-core[0-9]*") });
    add({ QStringLiteral("SQLCipher"),
          sqlcipherVersion(),
          QStringLiteral("BSD-3-Clause"),
          tr("the encrypted database"),
          QString(),
          QString(),
          {} },
        { QStringLiteral("sqlcipher.txt") }, { QStringLiteral("libsqlcipher[0-9]*") });
    add({ QStringLiteral("libsodium"),
          QString::fromLatin1(sodium_version_string()),
          QStringLiteral("ISC"),
          tr("password hashing and key wrapping"),
          QString(),
          QString(),
          {} },
        { QStringLiteral("libsodium.txt") }, { QStringLiteral("libsodium[0-9]*") });
    add({ QStringLiteral("libqrencode"),
          qrencodeVersion(),
          QStringLiteral("LGPL-2.1-or-later"),
          tr("QR codes on signs"),
          QString(),
          QString(),
          {} },
        { QStringLiteral("libqrencode.txt") }, { QStringLiteral("libqrencode[0-9]*") });
    add({ QStringLiteral("Noto Sans CJK"),
          QString(),
          QStringLiteral("OFL-1.1"),
          tr("Chinese text on screen and in printed documents"),
          QString(),
          QString(),
          {} },
        { QStringLiteral("noto-cjk.txt") }, { QStringLiteral("fonts-noto-cjk") });

    // The face models: their cards are compiled in; the files themselves are installed separately.
    for (const ModelCard &card : ModelRegistry::builtInCards()) {
        const QString resource = QStringLiteral(":/licenses/models/%1.txt").arg(card.id);
        add({ card.name,
              card.version,
              card.licence.section(QLatin1Char(' '), 0, 0),
              card.kind == ModelCard::Kind::Detector ? tr("face model: detection") : tr("face model: face templates"),
              QString(),
              QFileInfo::exists(resource) ? resource : QString(),
              {} },
            { QStringLiteral("models/%1.txt").arg(card.id) }, {});
    }
    return list;
}

} // namespace consentry
