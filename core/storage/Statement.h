#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace consentry {

// One prepared SQL statement (RAII over sqlite3_stmt). Binds are 1-based ("?1") or by name (":name");
// a failed bind is remembered and reported by the next step(), so call sites stay linear.
class Statement
{
    Q_DECLARE_TR_FUNCTIONS(Statement)

public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bind(int index, const QByteArray &value); // a null QByteArray binds NULL; else a BLOB
    Statement &bind(int index, const QDateTime &value); // ISO-8601 UTC with ms; invalid binds NULL
    Statement &bind(int index, const QDate &value); // YYYY-MM-DD; invalid binds NULL
    Statement &bind(int index, std::optional<qint64> value); // nullopt binds NULL
    Statement &bindNull(int index);
    template <typename T> Statement &bind(const char *name, const T &value) { return bind(indexOf(name), value); }

    // Next row: true when a row is ready to read, false when the statement is done.
    Result<bool> step();
    // Steps through every row and turns each into a T with `read(const Statement &)`.
    template <typename T, typename Read> Result<QList<T>> collect(Read read)
    {
        QList<T> list;
        for (;;) {
            Result<bool> row = step();
            if (!row)
                return row.error();
            if (!row.value())
                return list;
            list.append(read(*this));
        }
    }
    // Runs to completion, ignoring rows (INSERT/UPDATE/DELETE).
    Status exec();
    Status reset(); // ready to bind and run again

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const; // null column -> null QString
    QByteArray blob(int column) const; // null column -> null QByteArray
    // The bytes without a copy, valid until the next step(), reset() or destruction; empty when null.
    QByteArrayView blobView(int column) const;
    QDateTime dateTime(int column) const; // invalid when null
    QDate date(int column) const; // invalid when null
    std::optional<qint64> optionalInt64(int column) const;

    static QString formatDateTime(const QDateTime &value);
    static QDateTime parseDateTime(const QString &text);

private:
    int indexOf(const char *name);
    void noteBind(int rc, int index);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_bindError = 0; // first failed bind (sqlite code), 0 if none
};

} // namespace consentry
