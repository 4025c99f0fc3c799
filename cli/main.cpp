// consentry-cli: the administrator's command-line front end (see ../shared/CLI.md).

#include "CliApplication.h"
#include "Command.h"
#include "platform/Console.h"
#include "platform/ProcessHardening.h"

#include <QGuiApplication>

#include <cstdint>
#include <cstdio>

#include "platform/Sanitizers.h"
#ifdef CONSENTRY_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {
// Scripts read stderr as one sentence per failure: Qt's own chatter (for instance about XDG_RUNTIME_DIR on
// a server) stays out of it unless CONSENTRY_CLI_DEBUG is set.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // Into the log (file descriptor 2 after routeLibraryDiagnostics), never into a sentence.
    if (type == QtCriticalMsg || type == QtFatalMsg || qEnvironmentVariableIsSet("CONSENTRY_CLI_DEBUG")
        || qEnvironmentVariableIsSet("CONSENTRY_CLI_LOG"))
        consentry::Console::writeLine(stderr, message);
}

// libpng ("libpng warning: iCCP…"), libjpeg ("Corrupt JPEG data…") and OpenCV write straight to file
// descriptor 2. Keep the real standard error for our sentences and point descriptor 2 at the log.
void routeLibraryDiagnostics()
{
    if (qEnvironmentVariableIsSet("CONSENTRY_CLI_DEBUG"))
        return;
    const QByteArray logPath = qgetenv("CONSENTRY_CLI_LOG");
#ifdef Q_OS_WIN
    const int saved = _dup(2);
    const int log = logPath.isEmpty() ? _open("NUL", _O_WRONLY)
                                      : _open(logPath.constData(), _O_WRONLY | _O_CREAT | _O_APPEND, 0600);
    if (saved < 0 || log < 0)
        return;
    FILE *messages = _fdopen(saved, "w");
    if (!messages)
        return;
    _dup2(log, 2);
    _close(log);
#else
    const int saved = fcntl(2, F_DUPFD_CLOEXEC, 3);
    const int log = logPath.isEmpty() ? open("/dev/null", O_WRONLY | O_CLOEXEC)
                                      : open(logPath.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (saved < 0 || log < 0)
        return;
    FILE *messages = fdopen(saved, "w");
    if (!messages)
        return;
    dup2(log, 2);
    close(log);
#ifdef CONSENTRY_ASAN
    // Sanitizer reports are not chatter: they keep going to the real standard error.
    __sanitizer_set_report_fd(reinterpret_cast<void *>(static_cast<intptr_t>(saved)));
#endif
#endif
    consentry::cli::setMessageStream(messages);
}
} // namespace

int main(int argc, char *argv[])
{
    (void)consentry::ProcessHardening::apply(); // before any key is in memory: no core dumps
    consentry::cli::setNativeArguments(argc, argv);
    routeLibraryDiagnostics();
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
