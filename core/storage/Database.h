#pragma once

#include "Result.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

struct sqlite3;

namespace consentry {

class SecureBytes;

// The SQLCipher database behind a small RAII wrapper. Always opened with a raw 256-bit key and the
// SQLCipher 3 file format, set explicitly, so one file works with Debian's SQLCipher 3.4 and with 4.x
// (docs/adr/0001-raw-key-sqlcipher3-format.md). Refuses to run on plain SQLite.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options {
        bool create = false; // create the file if missing (otherwise NotFound)
        bool verifyOnOpen = true; // read every page once (PRAGMA quick_check): HMAC catches any bit flip
        int maxSchemaVersion = 0; // > 0: refuse, without writing, a database whose schema is newer
        bool walMode = true; // false for single-file scratch copies (backups)
        int busyTimeoutMs = 5000;
        // 0: a new file gets kPageSize; an existing one opens with whichever of kPageSize and
        // kLegacyPageSize it was written with. Otherwise exactly this size (backup copies take the source's).
        int pageSize = 0;
        // An existing file in the legacy 1 KiB format is rewritten in kPageSize before it is opened
        // (rewritePageSize: crash-safe, skipped while another connection has the file open).
        bool upgradeFormat = false;
    };

    static constexpr int kKeyBytes = 32;
    static constexpr int kPageSize = 4096; // new files (docs/adr/0006-store-page-size.md)
    static constexpr int kLegacyPageSize = 1024; // files written before the 4 KiB format

    static Result<std::unique_ptr<Database>> open(const QString &path, const SecureBytes &key, const Options &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Result<Statement> prepare(const QString &sql);
    Status exec(const QString &sql); // one or more statements without results
    Result<qint64> queryInt(const QString &sql);
    Result<QString> queryText(const QString &sql); // first column of the first row; null if no row
    Result<bool> tableExists(const QString &table);

    qint64 lastInsertId() const;
    int changes() const;
    bool inTransaction() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    QString cipherVersion() const { return m_cipherVersion; }
    int pageSize() const { return m_pageSize; }
    // PRAGMA cipher_integrity_check where the SQLCipher version has it (4.x), then PRAGMA integrity_check.
    // A Data error names the first problem.
    Status integrityCheck();
    Status quickCheck();
    // Moves the WAL into the main file and truncates it (before copies and at close).
    Status checkpoint();

    // The cipher settings every connection uses, in the order they are issued after PRAGMA key.
    static QStringList cipherPragmas(int pageSize = kPageSize);

    // Rewrites the closed database file at `path` with pages of `toPageSize` bytes, same key and salt (the
    // keyslot file names the salt): a complete copy is written next to it (sqlcipher_export), checked
    // table by table, flushed to disk and renamed over the original, so a crash at any moment leaves
    // either the old file or the new one. Policy error, nothing changed, when another connection has the
    // file open.
    static Status rewritePageSize(const QString &path, const SecureBytes &key, int toPageSize);
    static QString rewriteScratchPath(const QString &path); // the copy in progress; removed on every outcome
    // Refuses an empty or missing cipher_version: the sqlite3_* symbols bound to plain SQLite.
    static Status checkCipherVersion(const QString &version);
    // The shared library the sqlite3_* symbols of this process resolve to (Linux; empty elsewhere).
    static QString linkedLibraryPath();

    // Maps an SQLite result code to an Error with a sentence for people (and SQLite's text for bugs).
    static Error errorFor(int rc, sqlite3 *db);
    // The last error of `db` was the disk filling up (ENOSPC, or next to no space left on its volume).
    static bool diskFull(sqlite3 *db);

private:
    Database(sqlite3 *db, QString path);
    static Result<std::unique_ptr<Database>> openAs(const QString &path, const SecureBytes &key, const Options &options,
                                                    int pageSize, bool *unreadable);
    Result<QStringList> pragmaRows(const QString &sql);
    Status keyStatement(const QString &prefix, const SecureBytes &key, const QByteArray &salt);

    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_cipherVersion;
    int m_pageSize = 0;
};

} // namespace consentry
