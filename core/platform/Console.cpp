#include "platform/Console.h"

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#endif

namespace consentry::Console {

#ifdef Q_OS_WIN
namespace {
HANDLE consoleHandle(FILE *stream)
{
    const HANDLE handle = reinterpret_cast<HANDLE>(_get_osfhandle(_fileno(stream)));
    DWORD mode = 0;
    return handle != INVALID_HANDLE_VALUE && GetConsoleMode(handle, &mode) ? handle : nullptr;
}
} // namespace
#endif

void write(FILE *stream, const QString &text)
{
#ifdef Q_OS_WIN
    if (const HANDLE console = consoleHandle(stream)) {
        std::fflush(stream);
        DWORD written = 0;
        WriteConsoleW(console, reinterpret_cast<const wchar_t *>(text.utf16()), static_cast<DWORD>(text.size()),
                      &written, nullptr);
        return;
    }
#endif
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void writeLine(FILE *stream, const QString &text)
{
    write(stream, text + QLatin1Char('\n'));
}

void attachToParentConsole()
{
#ifdef Q_OS_WIN
    // Standard handles that already lead somewhere (a redirect to a file or a pipe) are kept.
    if (GetFileType(GetStdHandle(STD_OUTPUT_HANDLE)) != FILE_TYPE_UNKNOWN)
        return;
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        FILE *ignored = nullptr;
        freopen_s(&ignored, "CONOUT$", "w", stdout);
        freopen_s(&ignored, "CONOUT$", "w", stderr);
    }
#endif
}

Utf8OutputScope::Utf8OutputScope()
{
#ifdef Q_OS_WIN
    m_saved = GetConsoleOutputCP();
    SetConsoleOutputCP(CP_UTF8);
#endif
}

Utf8OutputScope::~Utf8OutputScope()
{
#ifdef Q_OS_WIN
    if (m_saved != 0)
        SetConsoleOutputCP(m_saved);
#endif
}

} // namespace consentry::Console
