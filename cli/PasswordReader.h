#pragma once

#include "Command.h"
#include "storage/SecureBytes.h"

#include <QCoreApplication>

namespace consentry::cli {

// Where a command's password comes from, in CLI.md's order: --password-stdin (first line of standard
// input), else CONSENTRY_PASSWORD, else a prompt without echo on a terminal (termios on POSIX,
// SetConsoleMode on Windows). Without any of them: an authentication error (exit 2).
class PasswordReader
{
    Q_DECLARE_TR_FUNCTIONS(PasswordReader)

public:
    static Result<SecureBytes> read(const Context &context, const QString &prompt);
    // For init: on a terminal the password is asked twice.
    static Result<SecureBytes> readNew(const Context &context, const QString &prompt, const QString &again);

    // A second password after the login one (users add/passwd): the next line of standard input, or on a
    // terminal asked twice without echo. Never from CONSENTRY_PASSWORD, which holds the login password.
    static Result<SecureBytes> readAnother(const Context &context, const QString &prompt, const QString &again);

private:
    static Result<SecureBytes> readLine(FILE *stream, bool echoOff);
    static bool stdinIsTerminal();
};

} // namespace consentry::cli
