// consentry-cli: the administrator's command-line front end (see ../shared/CLI.md).

#include "CliApplication.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8); // Chinese messages on a Windows console
#endif
    QCoreApplication app(argc, argv);
    return consentry::cli::CliApplication().run(QCoreApplication::arguments());
}
