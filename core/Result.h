#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <variant>

namespace consentry {

// What went wrong, in the categories the CLI's exit codes and the GUI's messages are built on.
enum class ErrorKind {
    InvalidArgument, // the caller asked for something malformed (CLI exit 1)
    Authentication, // wrong password, unknown user, locked out (exit 2)
    Data, // corrupt, tampered or incompatible database, keyslot, backup or input (exit 3)
    NotFound, // the thing asked for does not exist (exit 4)
    Policy, // refused by policy: no consent, role not allowed, retention rule (exit 5)
    IO, // disk full, permission denied, device gone (exit 6)
    Cancelled, // the user stopped it
    Internal, // a bug: should never reach a user
};

// An error is a kind plus one translated sentence that says what happened and what to do next.
struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message;
};

inline Error makeError(ErrorKind kind, QString message)
{
    return Error { kind, std::move(message) };
}

// A value or an error; no exceptions cross module boundaries.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit on purpose, as std::expected
        : m_value(std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_value(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    // By value, not T&&: `for (x : f().value())` must not iterate a member of a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_value)); }
    const T *operator->() const { return &std::get<T>(m_value); }
    const T &operator*() const & { return std::get<T>(m_value); }

    const Error &error() const { return std::get<Error>(m_value); }
    ErrorKind errorKind() const { return error().kind; }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_value;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    ErrorKind errorKind() const { return m_error.kind; }
    QString errorMessage() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace consentry

// Early return on failure, so a service method reads as its rule rather than as error plumbing:
//
//   TRY(validate(resident));                              // a Status or any Result: return its error
//   TRY_ASSIGN(const qint64 id, residents.add(resident)); // declare `id` from a Result's value
//
// Usable in any function that returns a Result<T> or a Status (an Error converts to both). TRY_ASSIGN is
// several statements: put it in braces under an if.
#define CONSENTRY_CONCAT_INNER(a, b) a##b
#define CONSENTRY_CONCAT(a, b) CONSENTRY_CONCAT_INNER(a, b)
#define TRY(expression)                                                                                                \
    do {                                                                                                               \
        if (auto tryResult_ = (expression); !tryResult_.ok())                                                          \
            return tryResult_.error();                                                                                 \
    } while (false)
#define TRY_ASSIGN_IMPL(result, declaration, expression)                                                               \
    auto result = (expression);                                                                                        \
    if (!result.ok())                                                                                                  \
        return result.error();                                                                                         \
    declaration = std::move(result).value()
#define TRY_ASSIGN(declaration, expression)                                                                            \
    TRY_ASSIGN_IMPL(CONSENTRY_CONCAT(tryAssign_, __LINE__), declaration, expression)
