#include "storage/Database.h"

#include "storage/SecureBytes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>

#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <vector>

#ifdef Q_OS_LINUX
#include <dlfcn.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace consentry {

namespace {

// The first finding of an integrity check, on one line (SQLite reports many, over several lines).
QString firstFinding(const QStringList &rows)
{
    for (const QString &row : rows) {
        for (const QString &line : row.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("***")))
                return line.trimmed().left(120);
        }
    }
    return QString();
}

Result<std::unique_ptr<Database>> failOpen(sqlite3 *db, Error error)
{
    if (db)
        sqlite3_close_v2(db);
    return error;
}

// The salt SQLCipher keeps in the first 16 bytes of the file (with a raw key it is not secret; the
// keyslot file records it to tell stores apart).
constexpr int kSaltBytes = 16;

// Data written so far reaches the disk (fsync / FlushFileBuffers).
bool syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_WIN
    return FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file.handle()))) != 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// Atomically replaces `to` by `from` and makes the rename durable.
bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    return MoveFileExW(reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(from).utf16()),
                       reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(to).utf16()),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)
        != 0;
#else
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return false;
    const int dir = ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(), O_RDONLY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
#endif
}

void removeWithSidecars(const QString &path)
{
    for (const char *suffix : { "", "-journal", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Database::~Database()
{
    if (m_db) {
        // Fold the WAL back so a closed store is one file; failure here is harmless (recovered next open).
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        sqlite3_close_v2(m_db);
    }
}

QStringList Database::cipherPragmas(int pageSize)
{
    // SQLCipher 3 format, named explicitly. 4.x understands every line (cipher_compatibility = 3 sets the
    // whole 3.x profile; the explicit ones say the same again); 3.4 ignores the pragmas it does not know
    // (cipher_compatibility, cipher_hmac_algorithm, cipher_kdf_algorithm, cipher_plaintext_header_size)
    // and its defaults are exactly these values. With a raw key the PBKDF2 iteration count is not used
    // for the key itself, only fast_kdf_iter for the HMAC key.
    return {
        QStringLiteral("PRAGMA cipher_compatibility = 3"),
        QStringLiteral("PRAGMA cipher_page_size = %1").arg(pageSize),
        QStringLiteral("PRAGMA cipher_use_hmac = ON"),
        QStringLiteral("PRAGMA cipher_hmac_algorithm = HMAC_SHA1"),
        QStringLiteral("PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1"),
        QStringLiteral("PRAGMA kdf_iter = 64000"),
        QStringLiteral("PRAGMA fast_kdf_iter = 2"),
        QStringLiteral("PRAGMA cipher_plaintext_header_size = 0"),
    };
}

Status Database::checkCipherVersion(const QString &version)
{
    if (version.trimmed().isEmpty())
        return makeError(ErrorKind::Internal,
                         tr("This copy of Consentry is running on plain SQLite instead of SQLCipher, so it "
                            "refuses to open the database unencrypted; reinstall Consentry."));
    return {};
}

QString Database::linkedLibraryPath()
{
#ifdef Q_OS_LINUX
    Dl_info info {};
    // The address the dynamic linker bound sqlite3_open_v2 to in this process.
    auto *function = reinterpret_cast<void *>(&sqlite3_open_v2);
    if (dladdr(function, &info) && info.dli_fname)
        return QFile::decodeName(info.dli_fname);
#endif
    return QString();
}

bool Database::diskFull(sqlite3 *db)
{
    if (!db)
        return false;
    const int system = sqlite3_system_errno(db);
#ifdef Q_OS_WIN
    if (system == 112 /* ERROR_DISK_FULL */ || system == 39 /* ERROR_HANDLE_DISK_FULL */)
        return true;
#else
    if (system == ENOSPC || system == EDQUOT)
        return true;
#endif
    const char *file = sqlite3_db_filename(db, "main");
    if (!file || !*file)
        return false;
    const QStorageInfo volume(QFileInfo(QString::fromUtf8(file)).absolutePath());
    return volume.isValid() && volume.bytesAvailable() >= 0 && volume.bytesAvailable() < 1024 * 1024;
}

Error Database::errorFor(int rc, sqlite3 *db)
{
    const int primary = rc & 0xff;
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    switch (primary) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return makeError(ErrorKind::Data,
                         tr("The database cannot be read: it is damaged or was not written with this key. "
                            "Restore it from a backup."));
    case SQLITE_FULL:
        return makeError(ErrorKind::IO, tr("The disk is full: nothing was saved. Free some space and try again."));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return makeError(ErrorKind::IO,
                         tr("The database cannot be written: the folder or file is read-only or not accessible. "
                            "Check its permissions."));
    case SQLITE_IOERR:
        // A full disk often shows up as a write error (SQLITE_IOERR_WRITE with ENOSPC), not SQLITE_FULL.
        if (diskFull(db))
            return makeError(ErrorKind::IO, tr("The disk is full: nothing was saved. Free some space and try again."));
        return makeError(ErrorKind::IO,
                         tr("Reading or writing the database failed (disk error). Check the disk and try again."));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorKind::IO, tr("The database is busy in another program. Try again in a moment."));
    case SQLITE_CONSTRAINT:
        return makeError(ErrorKind::Data, tr("The change was refused by a rule of the database (%1).").arg(detail));
    default: return makeError(ErrorKind::Internal, tr("Unexpected database error: %1.").arg(detail));
    }
}

Status Database::keyStatement(const QString &prefix, const SecureBytes &key, const QByteArray &salt)
{
    // `prefix` "x'<key hex><salt hex>'"; the statement text lives in secure memory.
    const SecureBytes hex = key.toHex();
    const QByteArray head = prefix.toUtf8() + QByteArrayLiteral(" \"x'");
    const QByteArray saltHex = salt.toHex();
    static const char suffix[] = "'\";";
    SecureBytes sql(static_cast<size_t>(head.size()) + hex.size() + static_cast<size_t>(saltHex.size())
                    + sizeof(suffix)); // suffix's NUL terminates
    char *out = reinterpret_cast<char *>(sql.data());
    std::memcpy(out, head.constData(), static_cast<size_t>(head.size()));
    out += head.size();
    std::memcpy(out, hex.data(), hex.size());
    out += hex.size();
    std::memcpy(out, saltHex.constData(), static_cast<size_t>(saltHex.size()));
    out += saltHex.size();
    std::memcpy(out, suffix, sizeof(suffix));
    const int rc = sqlite3_exec(m_db, sql.chars(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc, m_db);
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const SecureBytes &key, const Options &options)
{
    if (key.size() != kKeyBytes)
        return makeError(ErrorKind::Internal, tr("The database key has the wrong length."));
    const QFileInfo info(path);
    if (!options.create && !info.exists())
        return makeError(ErrorKind::NotFound, tr("The database file \"%1\" does not exist.").arg(path));
    if (!options.create && info.size() == 0)
        return makeError(ErrorKind::Data, tr("The database file \"%1\" is empty. Restore it from a backup.").arg(path));

    // The page size is not written in clear anywhere: a file written with another size fails the
    // authentication of its first page exactly like a wrong key, so the sizes are tried in turn.
    std::vector<int> sizes { options.pageSize };
    if (options.pageSize <= 0)
        sizes = info.exists() && info.size() > 0 ? std::vector<int> { kPageSize, kLegacyPageSize }
                                                 : std::vector<int> { kPageSize };
    Result<std::unique_ptr<Database>> opened = makeError(ErrorKind::Internal, QString());
    for (size_t i = 0; i < sizes.size(); ++i) {
        bool unreadable = false;
        Result<std::unique_ptr<Database>> attempt = openAs(path, key, options, sizes[i], &unreadable);
        if (i == 0 || attempt.ok())
            opened = std::move(attempt); // on failure, report the first attempt's reason
        if (opened.ok() || !unreadable)
            break;
    }
    if (!opened || !options.upgradeFormat || opened.value()->pageSize() == kPageSize)
        return opened;

    // A store in the legacy 1 KiB format: rewrite it once in the current format, then open that. The
    // rewrite only saves time later, so when it cannot be done now (another program has the file open,
    // the disk is full) the untouched original opens as it is and the next open tries again.
    opened.value().reset();
    const Status rewritten = rewritePageSize(path, key, kPageSize);
    if (!rewritten)
        qWarning("The store keeps its 1 KiB page format for now: %s", qPrintable(rewritten.errorMessage()));
    return openAs(path, key, options, rewritten ? kPageSize : kLegacyPageSize, nullptr);
}

Result<std::unique_ptr<Database>> Database::openAs(const QString &path, const SecureBytes &key, const Options &options,
                                                   int pageSize, bool *unreadable)
{
    sqlite3 *db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_PRIVATECACHE;
    // SQLite takes file names in UTF-8 on every system; QFile::encodeName() is the ANSI code page on
    // Windows, which cannot name a folder such as "数据" on a non-Chinese system.
    const QByteArray encodedPath = QDir::toNativeSeparators(path).toUtf8();
    int rc = sqlite3_open_v2(encodedPath.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK)
        return failOpen(db, errorFor(rc, db));
    sqlite3_extended_result_codes(db, 1);

    std::unique_ptr<Database> database(new Database(db, path));
    database->m_db = db;
    database->m_pageSize = pageSize;

    // 1. Are we on SQLCipher at all? If the symbols bound to plain SQLite, PRAGMA key would be ignored.
    Result<QStringList> version = database->pragmaRows(QStringLiteral("PRAGMA cipher_version"));
    if (!version)
        return version.error();
    database->m_cipherVersion = version->value(0);
    if (Status ok = checkCipherVersion(database->m_cipherVersion); !ok)
        return ok.error();

    // 2. The raw key, then the explicit 3.x format.
    if (Status ok = database->keyStatement(QStringLiteral("PRAGMA key ="), key, QByteArray()); !ok)
        return ok.error();
    for (const QString &pragma : cipherPragmas(pageSize)) {
        if (Status ok = database->exec(pragma); !ok)
            return ok.error();
    }
    sqlite3_busy_timeout(db, options.busyTimeoutMs);

    // 3. Does the key open this file? The first read decrypts and authenticates page 1.
    if (Result<qint64> count = database->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master")); !count) {
        if (unreadable) // wrong key, or written with another page size: open() tries the next size
            *unreadable = (sqlite3_errcode(db) & 0xff) == SQLITE_NOTADB;
        return count.error();
    }

    // 4. A newer schema is refused before anything is written.
    if (options.maxSchemaVersion > 0) {
        Result<bool> hasTable = database->tableExists(QStringLiteral("schema_migrations"));
        if (!hasTable)
            return hasTable.error();
        if (hasTable.value()) {
            Result<qint64> schema
                = database->queryInt(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
            if (!schema)
                return schema.error();
            if (schema.value() > options.maxSchemaVersion)
                return makeError(ErrorKind::Data,
                                 tr("This database was written by a newer version of Consentry (schema %1; this "
                                    "version knows up to %2). It was left untouched: install the newer version.")
                                     .arg(schema.value())
                                     .arg(options.maxSchemaVersion));
        }
    }

    if (options.verifyOnOpen && !options.create) {
        if (Status ok = database->quickCheck(); !ok)
            return ok.error();
    }

    // 5. Connection settings. WAL keeps readers going during writes and makes commits atomic; FULL sync
    // so a committed enrollment survives a power cut; secure_delete overwrites deleted templates.
    if (options.walMode) {
        Result<QString> mode = database->queryText(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode)
            return mode.error();
        if (mode->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return makeError(ErrorKind::IO, tr("The database could not be switched to write-ahead logging."));
    }
    // A 32 MiB page cache: SQLCipher decrypts and authenticates a page each time it is read from disk, so
    // keeping the gallery's pages decrypted in memory (where its data is anyway while unlocked) saves that.
    for (const char *pragma : { "PRAGMA foreign_keys = ON", "PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY",
                                "PRAGMA synchronous = FULL", "PRAGMA cache_size = -32768" }) {
        if (Status ok = database->exec(QString::fromLatin1(pragma)); !ok)
            return ok.error();
    }
    return database;
}

QString Database::rewriteScratchPath(const QString &path)
{
    return path + QStringLiteral(".rewrite");
}

Status Database::rewritePageSize(const QString &path, const SecureBytes &key, int toPageSize)
{
    const QString scratch = rewriteScratchPath(path);
    removeWithSidecars(scratch); // what an interrupted rewrite left behind
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::IO, tr("The database file \"%1\" cannot be read.").arg(path));
    const QByteArray salt = file.read(kSaltBytes);
    file.close();
    if (salt.size() != kSaltBytes)
        return makeError(ErrorKind::Data,
                         tr("The database file \"%1\" is damaged. Restore it from a backup.").arg(path));

    const auto fail = [&scratch](const Error &error) -> Status {
        removeWithSidecars(scratch);
        return error;
    };
    // The (empty) copy is made before anything else, so that an unwritable folder changes nothing at all;
    // and because ATTACH shares the connection's open flags, which do not include "create".
    if (QFile empty(scratch); !empty.open(QIODevice::WriteOnly))
        return fail(makeError(ErrorKind::IO, tr("The copy of the database could not be written to disk.")));
    Result<std::unique_ptr<Database>> opened = open(path, key, Options());
    if (!opened)
        return fail(opened.error());
    Database &source = *opened.value();
    if (source.pageSize() == toPageSize) {
        removeWithSidecars(scratch);
        return {};
    }
    // Exclusive from here on: leaving WAL mode folds the log into the file and is refused while any other
    // connection has the database open; the exclusive locking mode keeps everyone out until we close.
    const Error inUse = makeError(ErrorKind::Policy,
                                  tr("The database is open in another program; its file format is "
                                     "updated the next time it is opened alone."));
    if (Status ok = source.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")); !ok)
        return fail(ok.error());
    Result<QString> mode = source.queryText(QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (!mode || mode->compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return fail(inUse);
    if (Status ok = source.exec(QStringLiteral("BEGIN EXCLUSIVE; COMMIT")); !ok)
        return fail(inUse);

    // The copy: same key and salt, the new page size, every table, index, trigger and row.
    const QString quoted = QString(scratch).replace(QLatin1Char('\''), QStringLiteral("''"));
    if (Status ok = source.keyStatement(QStringLiteral("ATTACH DATABASE '%1' AS rewrite KEY").arg(quoted), key, salt);
        !ok)
        return fail(ok.error());
    for (const QString &pragma : cipherPragmas(toPageSize)) {
        if (Status ok
            = source.exec(QString(pragma).replace(QStringLiteral("PRAGMA "), QStringLiteral("PRAGMA rewrite.")));
            !ok)
            return fail(ok.error());
    }
    if (Status ok = source.exec(QStringLiteral("SELECT sqlcipher_export('rewrite')")); !ok)
        return fail(ok.error());
    if (Status ok = source.exec(QStringLiteral("DETACH DATABASE rewrite")); !ok)
        return fail(ok.error());

    // Check the copy before it replaces anything: it opens with the new size, passes quick_check, and
    // every table has as many rows as in the original.
    {
        Options copyOptions;
        copyOptions.pageSize = toPageSize;
        copyOptions.walMode = false;
        Result<std::unique_ptr<Database>> copy = open(scratch, key, copyOptions);
        if (!copy)
            return fail(copy.error());
        Result<Statement> tables = source.prepare(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
        if (!tables)
            return fail(tables.error());
        for (;;) {
            Result<bool> row = tables.value().step();
            if (!row)
                return fail(row.error());
            if (!row.value())
                break;
            const QString count = QStringLiteral("SELECT count(*) FROM \"%1\"").arg(tables.value().text(0));
            Result<qint64> before = source.queryInt(count);
            Result<qint64> after = copy.value()->queryInt(count);
            if (!before || !after || before.value() != after.value())
                return fail(makeError(ErrorKind::Data,
                                      tr("The copy of the database in the new format is "
                                         "incomplete; the original was left as it was.")));
        }
    }
    if (!syncFile(scratch))
        return fail(makeError(ErrorKind::IO, tr("The copy of the database could not be written to disk.")));
    // On POSIX the rename happens while the exclusive lock is held, and the old file's salt is then
    // overwritten: a program that opened the old file meanwhile and waits for the lock finds it unreadable
    // instead of writing into a file nobody will read again. Windows refuses to replace an open file, so
    // there the original is closed first (a program opening it in between makes the rename fail, which
    // leaves the original in place).
    const Error notReplaced
        = makeError(ErrorKind::IO,
                    tr("The database could not be switched to its new file format; the original was left as it was."));
#ifdef Q_OS_WIN
    opened.value().reset();
    if (!replaceFile(scratch, path))
        return fail(notReplaced);
#else
    QFile old(path);
    const bool oldOpen = old.open(QIODevice::ReadWrite);
    if (!replaceFile(scratch, path))
        return fail(notReplaced);
    if (oldOpen && old.write(QByteArray(kSaltBytes, '\0')) == kSaltBytes)
        old.flush();
    old.close();
#endif
    opened.value().reset();
    removeWithSidecars(scratch);
    return {};
}

Result<Statement> Database::prepare(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        if (stmt)
            sqlite3_finalize(stmt);
        return errorFor(rc, m_db);
    }
    return Statement(m_db, stmt);
}

Status Database::exec(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc, m_db);
    return {};
}

Result<qint64> Database::queryInt(const QString &sql)
{
    Result<Statement> stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    Result<bool> row = stmt.value().step();
    if (!row)
        return row.error();
    return row.value() ? stmt.value().int64(0) : qint64(0);
}

Result<QString> Database::queryText(const QString &sql)
{
    Result<Statement> stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    Result<bool> row = stmt.value().step();
    if (!row)
        return row.error();
    return row.value() ? stmt.value().text(0) : QString();
}

Result<QStringList> Database::pragmaRows(const QString &sql)
{
    Result<Statement> stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    QStringList rows;
    for (;;) {
        Result<bool> row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        rows << stmt.value().text(0);
    }
    return rows;
}

Result<bool> Database::tableExists(const QString &table)
{
    Result<Statement> stmt = prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1"));
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, table);
    return stmt.value().step();
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Status Database::quickCheck()
{
    Result<QStringList> rows = pragmaRows(QStringLiteral("PRAGMA quick_check"));
    if (!rows)
        return rows.error();
    if (rows->size() != 1 || rows->constFirst() != QLatin1String("ok"))
        return makeError(ErrorKind::Data,
                         tr("The database is damaged (%1). Restore it from a backup.").arg(firstFinding(rows.value())));
    return {};
}

Status Database::integrityCheck()
{
    // 4.x: verifies the HMAC of every page on disk, including free pages. 3.4 ignores the pragma (no rows).
    Result<QStringList> cipherRows = pragmaRows(QStringLiteral("PRAGMA cipher_integrity_check"));
    if (!cipherRows)
        return cipherRows.error();
    // It lists one row per problem and nothing when every page is sound.
    if (!cipherRows->isEmpty() && cipherRows->constFirst() != QLatin1String("ok"))
        return makeError(
            ErrorKind::Data,
            tr("The database is damaged (%1). Restore it from a backup.").arg(firstFinding(cipherRows.value())));
    Result<QStringList> rows = pragmaRows(QStringLiteral("PRAGMA integrity_check"));
    if (!rows)
        return rows.error();
    if (rows->size() != 1 || rows->constFirst() != QLatin1String("ok"))
        return makeError(ErrorKind::Data,
                         tr("The database is damaged (%1). Restore it from a backup.").arg(firstFinding(rows.value())));
    return {};
}

Status Database::checkpoint()
{
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc, m_db);
    return {};
}

} // namespace consentry
