// consentry-cli: the administrator's command-line front end (see ../shared/CLI.md).

#include "CliApplication.h"
#include "platform/Console.h"

#include <QGuiApplication>

#include <cstdio>

namespace {
// Scripts read stderr as one sentence per failure: Qt's own chatter (for instance about XDG_RUNTIME_DIR on
// a server) stays out of it unless CONSENTRY_CLI_DEBUG is set.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg || qEnvironmentVariableIsSet("CONSENTRY_CLI_DEBUG"))
        consentry::Console::writeLine(stderr, message);
}
} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietMessageHandler);
    // Commands write UTF-8; a Windows console shows it as such while the command runs (and goes back to
    // its own code page after).
    const consentry::Console::Utf8OutputScope utf8Console;
    // QtGui (not widgets) so that signage can load fonts; offscreen, so no display is ever needed.
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    QGuiApplication app(argc, argv);
    return consentry::cli::CliApplication().run(QCoreApplication::arguments());
}
