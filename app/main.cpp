// consentry: the desktop console. Parses the command line, installs translations and opens the window.

#include "help/ManualContent.h"
#include "main/AppController.h"
#include "main/MainWindow.h"
#include "main/Section.h"
#include "platform/Application.h"
#include "platform/Console.h"
#include "platform/DataLocation.h"
#include "platform/Language.h"
#include "platform/ProcessHardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>

#include <cstdio>
#include <memory>
#include <optional>

using namespace consentry;

namespace {

void printLine(FILE *stream, const QString &text)
{
    Console::writeLine(stream, text);
}

// The manual as one HTML page per language, for the package to install beside the program (run at build
// time: `consentry --export-manual DIR`). The same text the Help menu shows, with generic folder names.
int exportManual(const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        printLine(stderr, QCoreApplication::translate("main", "Cannot create the folder \"%1\".").arg(dir));
        return 6;
    }
    const QString language = Language::current();
    for (const QString &code : ui::ManualContent::languages()) {
        Language::install(code);
        QSaveFile out(QDir(dir).filePath(QStringLiteral("consentry-manual.%1.html").arg(code)));
        if (!out.open(QIODevice::WriteOnly)
            || out.write(ui::ManualContent::toHtml(code, ui::ManualContent::Facts()).toUtf8()) < 0 || !out.commit()) {
            printLine(stderr, out.errorString());
            return 6;
        }
    }
    Language::install(language);
    return 0;
}

// --help and --version must work without a display (a server, a CI job, an SSH session).
bool needsNoWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    (void)ProcessHardening::apply(); // before any key is in memory: no core dumps
    std::unique_ptr<QCoreApplication> app;
    if (needsNoWindow(argc, argv)) {
        Console::attachToParentConsole(); // a Windows GUI program has no console of its own
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
    }
    Application::setIdentity();

    // The language comes first, so that even a usage error is in the user's language: --lang, else the
    // one chosen in Settings on this computer, else the system's. Installing it also sets the default
    // QLocale, so Qt's own dialogs (files, printing, messages) speak it too.
    QString lang = Language::fromArguments(QCoreApplication::arguments());
    const bool langGiven = !lang.isEmpty();
    if (!langGiven)
        lang = Language::preferred();
    if (lang.isEmpty())
        lang = Language::systemDefault();
    Language::install(Language::isSupported(lang) ? lang : Language::systemDefault());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Consent-first facial recognition console."));
    parser.addHelpOption();
    const QCommandLineOption versionOption({ QStringLiteral("v"), QStringLiteral("version") },
                                           QCoreApplication::translate("main", "Show the version and exit."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Language of the interface: zh_CN or en."),
                                        QStringLiteral("code"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Folder of the encrypted database (default: %1).")
            .arg(DataLocation::defaultDir()),
        QStringLiteral("dir"));
    const QCommandLineOption sectionOption(QStringLiteral("section"),
                                           QCoreApplication::translate("main", "Section to open first: %1.")
                                               .arg(QStringList([] {
                                                        QStringList keys;
                                                        for (ui::Section s : ui::Sections::all())
                                                            keys << ui::Sections::key(s);
                                                        return keys;
                                                    }())
                                                        .join(QStringLiteral(", "))),
                                           QStringLiteral("name"));
    const QCommandLineOption sourceOption(
        QStringLiteral("source"),
        QCoreApplication::translate("main", "Video file or folder of face pictures to use instead of a camera."),
        QStringLiteral("path"));
    QCommandLineOption exportManualOption(QStringLiteral("export-manual"), QString(), QStringLiteral("dir"));
    exportManualOption.setFlags(QCommandLineOption::HiddenFromHelp); // a build step, not for users
    parser.addOptions({ versionOption, langOption, dataDirOption, sectionOption, sourceOption, exportManualOption });

    if (!parser.parse(QCoreApplication::arguments())) {
        printLine(stderr, parser.errorText());
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(stdout, parser.helpText());
        return 0;
    }
    if (parser.isSet(versionOption)) {
        printLine(stdout, Application::versionLine());
        return 0;
    }
    if (langGiven && !Language::isSupported(lang)) {
        printLine(stderr, QCoreApplication::translate("main", "Unknown language \"%1\": use zh_CN or en.").arg(lang));
        return 1;
    }

    if (parser.isSet(exportManualOption))
        return exportManual(parser.value(exportManualOption));

    QApplication::setApplicationDisplayName(Application::name());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.consentry.Consentry"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/consentry.svg")));
    std::optional<ui::Section> firstSection;
    if (parser.isSet(sectionOption)) {
        const QString wanted = parser.value(sectionOption);
        for (ui::Section s : ui::Sections::all()) {
            if (ui::Sections::key(s) == wanted)
                firstSection = s;
        }
        if (!firstSection) {
            printLine(stderr, QCoreApplication::translate("main", "Unknown section \"%1\".").arg(wanted));
            return 1;
        }
    }

    // First run: the setup wizard; otherwise the login. Quitting either ends the app without a window.
    ui::AppController controller(DataLocation::resolve(parser.value(dataDirOption)));
    if (parser.isSet(sourceOption)) {
        const QFileInfo source(parser.value(sourceOption));
        if (!source.exists()) {
            printLine(stderr,
                      QCoreApplication::translate("main",
                                                  "The source \"%1\" does not exist: give a video file or "
                                                  "a folder of pictures.")
                          .arg(parser.value(sourceOption)));
            return 1;
        }
        controller.setFrameSource(source.absoluteFilePath());
    }
    QApplication::setQuitOnLastWindowClosed(false); // the dialogs close before the window opens
    if (!controller.start())
        return 0;
    QApplication::setQuitOnLastWindowClosed(true);
    ui::MainWindow &window = *controller.window();
    if (firstSection)
        window.showSection(*firstSection); // a section the role may not use stays greyed out
    window.show();
    return QApplication::exec();
}
