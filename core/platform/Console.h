#pragma once

#include <QString>

#include <cstdio>

namespace consentry {

// Text for a terminal, right on every system. A Windows console shows bytes in its own code page (936 on a
// Chinese system, 437 or 1252 elsewhere), so UTF-8 bytes from fwrite come out garbled there: to a console,
// Windows gets UTF-16 through WriteConsoleW; to a file or a pipe, and on Linux, the text is UTF-8.
namespace Console {

void write(FILE *stream, const QString &text);
void writeLine(FILE *stream, const QString &text);

// A program linked as a Windows GUI application (consentry.exe) has no console of its own; for --help and
// --version it writes to the console it was started from, if any. Does nothing elsewhere.
void attachToParentConsole();

// For its lifetime, a Windows console decodes output as UTF-8 (for code that writes bytes with fwrite);
// the console's own code page is restored afterwards, so the user's window is left as it was.
class Utf8OutputScope
{
public:
    Utf8OutputScope();
    ~Utf8OutputScope();
    Utf8OutputScope(const Utf8OutputScope &) = delete;
    Utf8OutputScope &operator=(const Utf8OutputScope &) = delete;

private:
    unsigned m_saved = 0;
};

} // namespace Console
} // namespace consentry
