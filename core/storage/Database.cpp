#include "storage/Database.h"

#include "storage/SecureBytes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>

#include <sqlite3.h>

#include <cstring>

#ifdef Q_OS_LINUX
#include <dlfcn.h>
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

QStringList Database::cipherPragmas()
{
    // SQLCipher 3 format, named explicitly. 4.x understands every line (cipher_compatibility = 3 sets the
    // whole 3.x profile; the explicit ones say the same again); 3.4 ignores the pragmas it does not know
    // (cipher_compatibility, cipher_hmac_algorithm, cipher_kdf_algorithm, cipher_plaintext_header_size)
    // and its defaults are exactly these values. With a raw key the PBKDF2 iteration count is not used
    // for the key itself, only fast_kdf_iter for the HMAC key.
    return {
        QStringLiteral("PRAGMA cipher_compatibility = 3"),
        QStringLiteral("PRAGMA cipher_page_size = %1").arg(kPageSize),
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

Result<std::unique_ptr<Database>> Database::open(const QString &path, const SecureBytes &key, const Options &options)
{
    if (key.size() != kKeyBytes)
        return makeError(ErrorKind::Internal, tr("The database key has the wrong length."));
    const QFileInfo info(path);
    if (!options.create && !info.exists())
        return makeError(ErrorKind::NotFound, tr("The database file \"%1\" does not exist.").arg(path));
    if (!options.create && info.size() == 0)
        return makeError(ErrorKind::Data, tr("The database file \"%1\" is empty. Restore it from a backup.").arg(path));

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

    // 1. Are we on SQLCipher at all? If the symbols bound to plain SQLite, PRAGMA key would be ignored.
    Result<QStringList> version = database->pragmaRows(QStringLiteral("PRAGMA cipher_version"));
    if (!version)
        return version.error();
    database->m_cipherVersion = version->value(0);
    if (Status ok = checkCipherVersion(database->m_cipherVersion); !ok)
        return ok.error();

    // 2. The raw key, then the explicit 3.x format. The statement text lives in secure memory.
    {
        const SecureBytes hex = key.toHex();
        static const char prefix[] = "PRAGMA key = \"x'";
        static const char suffix[] = "'\";";
        SecureBytes sql(sizeof(prefix) - 1 + hex.size() + sizeof(suffix)); // suffix's NUL terminates
        std::memcpy(sql.data(), prefix, sizeof(prefix) - 1);
        std::memcpy(sql.data() + sizeof(prefix) - 1, hex.data(), hex.size());
        std::memcpy(sql.data() + sizeof(prefix) - 1 + hex.size(), suffix, sizeof(suffix));
        rc = sqlite3_exec(db, sql.chars(), nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return errorFor(rc, db);
    }
    for (const QString &pragma : cipherPragmas()) {
        if (Status ok = database->exec(pragma); !ok)
            return ok.error();
    }
    sqlite3_busy_timeout(db, options.busyTimeoutMs);

    // 3. Does the key open this file? The first read decrypts and authenticates page 1.
    if (Result<qint64> count = database->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master")); !count)
        return count.error();

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
