// consentry-cli: the administrator's command-line front end (see ../shared/CLI.md).

#include "CliApplication.h"
#include "platform/ProcessHardening.h"

#include <QGuiApplication>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {
// Scripts read stderr as one sentence per failure: Qt's own chatter (for instance about XDG_RUNTIME_DIR on
// a server) stays out of it unless CONSENTRY_CLI_DEBUG is set.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg || qEnvironmentVariableIsSet("CONSENTRY_CLI_DEBUG"))
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
}
} // namespace

int main(int argc, char *argv[])
{
    (void)consentry::ProcessHardening::apply(); // before any key is in memory: no core dumps
    qInstallMessageHandler(quietMessageHandler);
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8); // Chinese messages on a Windows console
#endif
    // QtGui (not widgets) so that signage can load fonts; offscreen, so no display is ever needed.
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    QGuiApplication app(argc, argv);
    return consentry::cli::CliApplication().run(QCoreApplication::arguments());
}
