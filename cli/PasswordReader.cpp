#include "PasswordReader.h"

#include <cstdio>
#include <vector>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace consentry::cli {

namespace {
constexpr std::size_t kMaxPasswordBytes = 1024;

void prompt(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), consentry::cli::messageStream());
    std::fflush(consentry::cli::messageStream());
}

// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (m_handle != INVALID_HANDLE_VALUE && GetConsoleMode(m_handle, &m_mode)) {
            SetConsoleMode(m_handle, m_mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
            m_active = true;
        }
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            quiet.c_lflag |= ECHONL;
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
        std::fputs("\n", consentry::cli::messageStream());
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = INVALID_HANDLE_VALUE;
    DWORD m_mode = 0;
#else
    termios m_saved {};
#endif
};
} // namespace

bool PasswordReader::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

#ifdef Q_OS_WIN
namespace {
// A Windows console hands bytes to fgetc in its input code page (936 on a Chinese system), not UTF-8, so a
// password with Chinese characters would not be the bytes the GUI hashed. Read UTF-16 from the console
// itself and convert; the buffers are wiped.
bool readConsoleUtf8(SecureBytes &out, std::size_t maxBytes, bool &tooLong)
{
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == INVALID_HANDLE_VALUE || !GetConsoleMode(input, &mode))
        return false;
    std::vector<wchar_t> wide(maxBytes + 2, L'\0');
    DWORD read = 0;
    if (!ReadConsoleW(input, wide.data(), static_cast<DWORD>(wide.size() - 1), &read, nullptr))
        return false;
    std::size_t length = read;
    while (length > 0 && (wide[length - 1] == L'\n' || wide[length - 1] == L'\r'))
        --length;
    const int bytes
        = WideCharToMultiByte(CP_UTF8, 0, wide.data(), static_cast<int>(length), nullptr, 0, nullptr, nullptr);
    tooLong = bytes < 0 || static_cast<std::size_t>(bytes) > maxBytes;
    if (!tooLong && bytes > 0) {
        SecureBytes buffer(static_cast<std::size_t>(bytes));
        WideCharToMultiByte(CP_UTF8, 0, wide.data(), static_cast<int>(length), reinterpret_cast<char *>(buffer.data()),
                            bytes, nullptr, nullptr);
        out = std::move(buffer);
    }
    SecureZeroMemory(wide.data(), wide.size() * sizeof(wchar_t));
    return true;
}
} // namespace
#endif

Result<SecureBytes> PasswordReader::readLine(FILE *stream, bool echoOff)
{
    std::unique_ptr<EchoOff> quiet;
    if (echoOff)
        quiet = std::make_unique<EchoOff>();
#ifdef Q_OS_WIN
    if (echoOff && stream == stdin) {
        SecureBytes typed;
        bool tooLong = false;
        if (readConsoleUtf8(typed, kMaxPasswordBytes, tooLong)) {
            if (tooLong)
                return makeError(ErrorKind::InvalidArgument,
                                 tr("The password is longer than %1 bytes.").arg(kMaxPasswordBytes));
            return typed;
        }
    }
#endif
    SecureBytes buffer(kMaxPasswordBytes);
    std::size_t length = 0;
    int c = 0;
    while ((c = std::fgetc(stream)) != EOF && c != '\n') {
        if (length == kMaxPasswordBytes)
            return makeError(ErrorKind::InvalidArgument,
                             tr("The password is longer than %1 bytes.").arg(kMaxPasswordBytes));
        buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    return SecureBytes(buffer.data(), length);
}

Result<SecureBytes> PasswordReader::read(const Context &context, const QString &promptText)
{
    if (context.passwordStdin)
        return readLine(stdin, false);
    if (qEnvironmentVariableIsSet("CONSENTRY_PASSWORD")) {
        // As UTF-8 on every system (qgetenv gives the ANSI code page on Windows), as the GUI hashes it.
        QByteArray value = qEnvironmentVariable("CONSENTRY_PASSWORD").toUtf8();
        return SecureBytes::takeFrom(value);
    }
    if (!stdinIsTerminal())
        return makeError(ErrorKind::Authentication,
                         tr("No password was given: use --password-stdin or CONSENTRY_PASSWORD, or run the command "
                            "in a terminal."));
    prompt(promptText);
    return readLine(stdin, true);
}

Result<SecureBytes> PasswordReader::readNew(const Context &context, const QString &promptText, const QString &again)
{
    const bool interactive = !context.passwordStdin && !qEnvironmentVariableIsSet("CONSENTRY_PASSWORD");
    Result<SecureBytes> first = read(context, promptText);
    if (!first || !interactive)
        return first;
    prompt(again);
    Result<SecureBytes> second = readLine(stdin, true);
    if (!second)
        return second;
    if (!first->equals(second.value()))
        return makeError(ErrorKind::InvalidArgument, tr("The two passwords differ; nothing was created."));
    return first;
}

Result<SecureBytes> PasswordReader::readAnother(const Context &context, const QString &promptText, const QString &again)
{
    Q_UNUSED(context);
    if (!stdinIsTerminal()) {
        if (std::feof(stdin))
            return makeError(ErrorKind::InvalidArgument,
                             tr("No new password was given: write it as the next line of standard input."));
        Result<SecureBytes> line = readLine(stdin, false);
        if (line && line->isEmpty())
            return makeError(ErrorKind::InvalidArgument,
                             tr("No new password was given: write it as the next line of standard input."));
        return line;
    }
    prompt(promptText);
    Result<SecureBytes> first = readLine(stdin, true);
    if (!first)
        return first;
    prompt(again);
    Result<SecureBytes> second = readLine(stdin, true);
    if (!second)
        return second;
    if (!first->equals(second.value()))
        return makeError(ErrorKind::InvalidArgument, tr("The two passwords differ; nothing was changed."));
    return first;
}

} // namespace consentry::cli
