// The SQLCipher wrapper: raw key + SQLCipher 3 format, typed binds, transactions, integrity checks,
// damaged files, schema versions and migrations, and the one-time rewrite of 1 KiB-page files in 4 KiB
// pages with every way it can be interrupted.

#include "FolderSnapshot.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SecureBytes.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;
using namespace consentry::test;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void linkedAgainstSqlcipher();
    void refusesEmptyCipherVersion();
    void createReopenWithExplicitSettings();
    void fileIsNotPlainSqlite();
    void wrongKeyChangesNothing();
    void connectionPragmas();
    void typedBindAndRead();
    void transactionRollsBackUnlessCommitted();
    void integrityCheck();
    void damagedFileIsRefused_data();
    void damagedFileIsRefused();
    void migratesV1Fixture();
    void failedMigrationRollsBack();
    void newerSchemaIsRefusedUntouched();
    void legacyPageSizeOpensAndIsRewrittenOnce();
    void rewriteKeepsUncheckpointedWal();
    void rewriteRecoversFromInterruptedCopy();
    void rewriteThatCannotFinishLeavesOriginal();
    void rewriteWaitsWhileAnotherConnectionIsOpen();

private:
    std::unique_ptr<Database> create(const QString &name, int pageSize = 0);
    // A store as the 1 KiB format wrote it: schema, residents and templates (1 KiB vectors overflow).
    bool makeLegacyStore(const QString &name, int residents);
    std::unique_ptr<Database> openUpgrading(const QString &name);
    QByteArray salt(const QString &name) const { return readFileBytes(path(name)).left(16); }
    std::unique_ptr<Database> reopen(const QString &name, const SecureBytes &key, bool verify = true);
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    SecureBytes m_key;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_key = SecureBytes::random(Database::kKeyBytes);
}

std::unique_ptr<Database> TestDatabase::create(const QString &name, int pageSize)
{
    Database::Options options;
    options.create = true;
    options.pageSize = pageSize;
    auto db = Database::open(path(name), m_key, options);
    if (!db.ok()) {
        qWarning("%s", qPrintable(db.errorMessage()));
        return nullptr;
    }
    return std::move(db).value();
}

std::unique_ptr<Database> TestDatabase::reopen(const QString &name, const SecureBytes &key, bool verify)
{
    Database::Options options;
    options.verifyOnOpen = verify;
    options.maxSchemaVersion = Schema::latestVersion();
    auto db = Database::open(path(name), key, options);
    if (!db.ok()) {
        qWarning("%s", qPrintable(db.errorMessage()));
        return nullptr;
    }
    return std::move(db).value();
}

void TestDatabase::linkedAgainstSqlcipher()
{
    const QString library = Database::linkedLibraryPath();
#ifdef Q_OS_LINUX
    QVERIFY2(library.contains(QStringLiteral("sqlcipher")), qPrintable(library));
#endif
    auto db = create(QStringLiteral("a.db"));
    QVERIFY(db);
    QVERIFY2(db->cipherVersion().startsWith(QLatin1Char('3')) || db->cipherVersion().startsWith(QLatin1Char('4')),
             qPrintable(db->cipherVersion()));
}

void TestDatabase::refusesEmptyCipherVersion()
{
    QVERIFY(!Database::checkCipherVersion(QString()).ok());
    QVERIFY(!Database::checkCipherVersion(QStringLiteral("  ")).ok());
    QCOMPARE(Database::checkCipherVersion(QString()).errorKind(), ErrorKind::Internal);
    QVERIFY(Database::checkCipherVersion(QStringLiteral("3.4.1")).ok());
}

void TestDatabase::createReopenWithExplicitSettings()
{
    {
        auto db = create(QStringLiteral("a.db"));
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('kept')")).ok());
        QCOMPARE(db->queryText(QStringLiteral("PRAGMA cipher_page_size")).value(), QStringLiteral("4096"));
        QCOMPARE(db->pageSize(), Database::kPageSize);
    }
    // Reopen with the same explicit settings.
    {
        auto db = reopen(QStringLiteral("a.db"), m_key);
        QVERIFY(db);
        QCOMPARE(db->queryText(QStringLiteral("SELECT x FROM t")).value(), QStringLiteral("kept"));
    }
    QCOMPARE(QFileInfo(path(QStringLiteral("a.db"))).size() % Database::kPageSize, 0);
}

void TestDatabase::fileIsNotPlainSqlite()
{
    {
        auto db = create(QStringLiteral("a.db"));
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('MARKER_PLAINTEXT_42')")).ok());
    }
    const QByteArray bytes = readFileBytes(path(QStringLiteral("a.db")));
    QVERIFY(bytes.size() >= Database::kPageSize);
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains("MARKER_PLAINTEXT_42"));
    QVERIFY(!bytes.contains("CREATE TABLE"));
}

void TestDatabase::wrongKeyChangesNothing()
{
    {
        auto db = create(QStringLiteral("a.db"));
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (x)")).ok());
    }
    const FolderSnapshot before(m_dir->path());
    auto db = Database::open(path(QStringLiteral("a.db")), SecureBytes::random(32), Database::Options());
    QVERIFY(!db.ok());
    QCOMPARE(db.errorKind(), ErrorKind::Data);
    QVERIFY2(db.errorMessage().contains(QStringLiteral("damaged or was not written with this key")),
             qPrintable(db.errorMessage()));
    QCOMPARE(FolderSnapshot(m_dir->path()).differences(before), QString());
}

void TestDatabase::connectionPragmas()
{
    auto db = create(QStringLiteral("a.db"));
    QVERIFY(db);
    QCOMPARE(db->queryText(QStringLiteral("PRAGMA journal_mode")).value(), QStringLiteral("wal"));
    QCOMPARE(db->queryInt(QStringLiteral("PRAGMA foreign_keys")).value(), 1);
    QCOMPARE(db->queryInt(QStringLiteral("PRAGMA secure_delete")).value(), 1);
    QCOMPARE(db->queryInt(QStringLiteral("PRAGMA temp_store")).value(), 2);
    QCOMPARE(db->queryInt(QStringLiteral("PRAGMA synchronous")).value(), 2);
}

void TestDatabase::typedBindAndRead()
{
    auto db = create(QStringLiteral("a.db"));
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, d TEXT, n INTEGER)")).ok());
    const QByteArray blob("\x00\x01\xff\x00zz", 6);
    const QDateTime when(QDate(2026, 3, 4), QTime(5, 6, 7, 890), Qt::UTC);
    auto insert = db->prepare(QStringLiteral("INSERT INTO t VALUES (:i, :r, :s, :b, :d, :n)"));
    QVERIFY(insert.ok());
    insert.value()
        .bind(":i", qint64(1) << 40)
        .bind(":r", 0.25)
        .bind(":s", QStringLiteral("张三 O'Brien"))
        .bind(":b", blob)
        .bind(":d", when)
        .bind(":n", std::optional<qint64>());
    QVERIFY(insert.value().exec().ok());

    auto select = db->prepare(QStringLiteral("SELECT i, r, s, b, d, n FROM t"));
    QVERIFY(select.ok());
    Statement &row = select.value();
    QVERIFY(row.step().value());
    QCOMPARE(row.int64(0), qint64(1) << 40);
    QCOMPARE(row.real(1), 0.25);
    QCOMPARE(row.text(2), QStringLiteral("张三 O'Brien"));
    QCOMPARE(row.blob(3), blob);
    QCOMPARE(row.dateTime(4), when);
    QVERIFY(row.isNull(5));
    QVERIFY(!row.optionalInt64(5).has_value());
    QVERIFY(!row.step().value());

    // A bind to a parameter that does not exist is reported by step(), not ignored.
    auto bad = db->prepare(QStringLiteral("INSERT INTO t (i) VALUES (:i)"));
    QVERIFY(bad.ok());
    bad.value().bind(":nope", 1);
    QVERIFY(!bad.value().exec().ok());
    QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 1);

    // Bad SQL is an error, not a crash.
    QVERIFY(!db->prepare(QStringLiteral("SELEKT 1")).ok());
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    auto db = create(QStringLiteral("a.db"));
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (x)")).ok());
    {
        Transaction tx(*db);
        QVERIFY(tx.begin().ok());
        QVERIFY(db->inTransaction());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
    } // destroyed without commit
    QVERIFY(!db->inTransaction());
    QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 0);
    {
        Transaction tx(*db);
        QVERIFY(tx.begin().ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM t")).value(), 1);
}

void TestDatabase::integrityCheck()
{
    auto db = create(QStringLiteral("a.db"));
    QVERIFY(db);
    QVERIFY(Schema::migrate(*db).ok());
    QVERIFY(db->integrityCheck().ok());
    QVERIFY(db->quickCheck().ok());
}

void TestDatabase::damagedFileIsRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated to half") << QStringLiteral("truncate");
    QTest::newRow("bit flipped in a data page") << QStringLiteral("flip");
    QTest::newRow("bit flipped in page 1") << QStringLiteral("flip-first");
    QTest::newRow("emptied") << QStringLiteral("empty");
}

void TestDatabase::damagedFileIsRefused()
{
    QFETCH(QString, damage);
    {
        auto db = create(QStringLiteral("a.db"));
        QVERIFY(db);
        QVERIFY(Schema::migrate(*db).ok());
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE filler (x BLOB)")).ok());
        for (int i = 0; i < 80; ++i)
            QVERIFY(db->exec(QStringLiteral("INSERT INTO filler VALUES (randomblob(900))")).ok());
    }
    const QString file = path(QStringLiteral("a.db"));
    QByteArray bytes = readFileBytes(file);
    QVERIFY(bytes.size() > 20 * Database::kPageSize);
    if (damage == QLatin1String("truncate")) {
        bytes.truncate((bytes.size() / 2) + 100);
    } else if (damage == QLatin1String("flip")) {
        const int offset = 15 * Database::kPageSize + 300;
        bytes[offset] = static_cast<char>(bytes.at(offset) ^ 0x04);
    } else if (damage == QLatin1String("flip-first")) {
        bytes[100] = static_cast<char>(bytes.at(100) ^ 0x01);
    } else {
        bytes.clear();
    }
    QVERIFY(writeFileBytes(file, bytes));
    const FolderSnapshot before(m_dir->path());

    Database::Options options;
    options.maxSchemaVersion = Schema::latestVersion();
    auto db = Database::open(file, m_key, options);
    QVERIFY(!db.ok());
    QCOMPARE(db.errorKind(), ErrorKind::Data);
    QVERIFY2(db.errorMessage().contains(QStringLiteral("damaged"))
                 || db.errorMessage().contains(QStringLiteral("empty")),
             qPrintable(db.errorMessage()));
    QCOMPARE(FolderSnapshot(m_dir->path()).differences(before), QString());
}

void TestDatabase::migratesV1Fixture()
{
    // The fixture: a database at schema 1 with a resident and a template, as the first release wrote it.
    {
        auto db = create(QStringLiteral("v1.db"));
        QVERIFY(db);
        QVERIFY(Schema::migrate(*db, 1).ok());
        QCOMPARE(Schema::version(*db).value(), 1);
        QVERIFY(
            db
                ->exec(QStringLiteral(
                    "INSERT INTO residents (name, unit, status, created_at, updated_at) "
                    "VALUES ('Li Lei', '3-201', 'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
                    "INSERT INTO face_templates (resident_id, engine_id, model_sha256, vector, quality, created_at) "
                    "VALUES (1, 'sface', x'00', x'0102', 0.9, '2026-01-01T00:00:00Z');"))
                .ok());
        QVERIFY(!db->exec(QStringLiteral("SELECT last_matched_at FROM face_templates")).ok());
    }
    auto db = reopen(QStringLiteral("v1.db"), m_key);
    QVERIFY(db);
    QVERIFY(Schema::migrate(*db).ok());
    QCOMPARE(Schema::version(*db).value(), Schema::latestVersion());
    QCOMPARE(db->queryText(QStringLiteral("SELECT name FROM residents WHERE id = 1")).value(),
             QStringLiteral("Li Lei"));
    QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM face_templates WHERE last_matched_at IS NULL")).value(),
             1);
    QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM schema_migrations")).value(), Schema::latestVersion());
    // Running it again is a no-op.
    QVERIFY(Schema::migrate(*db).ok());
    QVERIFY(db->integrityCheck().ok());
}

void TestDatabase::failedMigrationRollsBack()
{
    auto db = create(QStringLiteral("a.db"));
    QVERIFY(db);
    const std::vector<Migration> steps = {
        { 1, QStringLiteral("one"), [](Database &d) { return d.exec(QStringLiteral("CREATE TABLE one (x)")); } },
        { 2, QStringLiteral("two, fails halfway"),
          [](Database &d) {
              if (Status ok = d.exec(QStringLiteral("CREATE TABLE two (x); INSERT INTO one VALUES (1)")); !ok)
                  return ok;
              return d.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
          } },
    };
    QVERIFY(!Schema::migrate(*db, steps, 0).ok());
    QCOMPARE(Schema::version(*db).value(), 1);
    QVERIFY(!db->tableExists(QStringLiteral("two")).value());
    QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM one")).value(), 0);
}

void TestDatabase::newerSchemaIsRefusedUntouched()
{
    {
        auto db = create(QStringLiteral("a.db"));
        QVERIFY(db);
        QVERIFY(Schema::migrate(*db).ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO schema_migrations VALUES (99, 'from the future', '2030-01-01')"))
                    .ok());
    }
    const FolderSnapshot before(m_dir->path());
    Database::Options options;
    options.maxSchemaVersion = Schema::latestVersion();
    auto db = Database::open(path(QStringLiteral("a.db")), m_key, options);
    QVERIFY(!db.ok());
    QCOMPARE(db.errorKind(), ErrorKind::Data);
    QVERIFY2(db.errorMessage().contains(QStringLiteral("newer version")), qPrintable(db.errorMessage()));
    QCOMPARE(FolderSnapshot(m_dir->path()).differences(before), QString());

    // Schema::migrate refuses it too when a connection got that far.
    auto lenient = reopen(QStringLiteral("a.db"), m_key);
    QVERIFY(!lenient); // reopen() passes maxSchemaVersion as well
    Database::Options noCheck;
    auto raw = Database::open(path(QStringLiteral("a.db")), m_key, noCheck);
    QVERIFY(raw.ok());
    const Status migrated = Schema::migrate(*raw.value());
    QVERIFY(!migrated.ok());
    QVERIFY(migrated.errorMessage().contains(QStringLiteral("newer version")));
    QCOMPARE(Schema::version(*raw.value()).value(), 99);
}

bool TestDatabase::makeLegacyStore(const QString &name, int residents)
{
    auto db = create(name, Database::kLegacyPageSize);
    if (!db || db->pageSize() != Database::kLegacyPageSize || !Schema::migrate(*db).ok())
        return false;
    for (int i = 1; i <= residents; ++i) {
        const bool ok
            = db->exec(QStringLiteral("INSERT INTO residents (name, unit, status, created_at, updated_at) VALUES "
                                      "('Resident %1', '3-201', 'active', '2026-01-01T00:00:00Z', "
                                      "'2026-01-01T00:00:00Z');"
                                      "INSERT INTO face_templates (resident_id, engine_id, model_sha256, vector, "
                                      "quality, created_at) VALUES (%1, 'face-reid', randomblob(32), "
                                      "randomblob(1024), 0.9, '2026-01-01T00:00:00Z')")
                           .arg(i))
                  .ok();
        if (!ok)
            return false;
    }
    return true;
}

std::unique_ptr<Database> TestDatabase::openUpgrading(const QString &name)
{
    Database::Options options;
    options.maxSchemaVersion = Schema::latestVersion();
    options.upgradeFormat = true;
    auto db = Database::open(path(name), m_key, options);
    if (!db.ok()) {
        qWarning("%s", qPrintable(db.errorMessage()));
        return nullptr;
    }
    return std::move(db).value();
}

void TestDatabase::legacyPageSizeOpensAndIsRewrittenOnce()
{
    QVERIFY(makeLegacyStore(QStringLiteral("old.db"), 300));
    const QByteArray saltBefore = salt(QStringLiteral("old.db"));
    // Without the upgrade it opens as it is: the page size is found by trying.
    {
        auto db = reopen(QStringLiteral("old.db"), m_key);
        QVERIFY(db);
        QCOMPARE(db->pageSize(), Database::kLegacyPageSize);
        QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM face_templates")).value(), 300);
    }
    QCOMPARE(salt(QStringLiteral("old.db")), saltBefore);
    {
        auto db = openUpgrading(QStringLiteral("old.db"));
        QVERIFY(db);
        QCOMPARE(db->pageSize(), Database::kPageSize);
        QCOMPARE(db->queryText(QStringLiteral("PRAGMA cipher_page_size")).value(), QStringLiteral("4096"));
        QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM face_templates")).value(), 300);
        QCOMPARE(db->queryInt(QStringLiteral("SELECT sum(template_count) FROM residents")).value(), 300);
        QCOMPARE(Schema::version(*db).value(), Schema::latestVersion());
        QVERIFY(db->integrityCheck().ok());
        // Triggers came along: a new template still updates the resident row.
        QVERIFY(db->exec(QStringLiteral("INSERT INTO face_templates (resident_id, engine_id, model_sha256, vector, "
                                        "quality, created_at) VALUES (1, 'face-reid', x'00', x'00', 0.5, "
                                        "'2026-02-01T00:00:00Z')"))
                    .ok());
        QCOMPARE(db->queryInt(QStringLiteral("SELECT template_count FROM residents WHERE id = 1")).value(), 2);
    }
    // Same salt, so the keyslot file still names this database.
    QCOMPARE(salt(QStringLiteral("old.db")), saltBefore);
    QCOMPARE(QFileInfo(path(QStringLiteral("old.db"))).size() % Database::kPageSize, 0);
    QVERIFY(!QFileInfo::exists(Database::rewriteScratchPath(path(QStringLiteral("old.db")))));
    // Once: the next open finds the new format at the first try and changes nothing.
    const FolderSnapshot before(m_dir->path(), { QStringLiteral("old.db-shm"), QStringLiteral("old.db-wal") });
    QVERIFY(openUpgrading(QStringLiteral("old.db")));
    QCOMPARE(FolderSnapshot(m_dir->path(), { QStringLiteral("old.db-shm"), QStringLiteral("old.db-wal") })
                 .differences(before),
             QString());
    // A wrong key is still refused, after trying both sizes, without touching anything.
    auto wrong = Database::open(path(QStringLiteral("old.db")), SecureBytes::random(32), Database::Options());
    QCOMPARE(wrong.errorKind(), ErrorKind::Data);
}

void TestDatabase::rewriteKeepsUncheckpointedWal()
{
    // A crash image: the last commits are only in the WAL when the program dies.
    QVERIFY(makeLegacyStore(QStringLiteral("old.db"), 50));
    QTemporaryDir crash;
    {
        auto db = reopen(QStringLiteral("old.db"), m_key);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
        QVERIFY(db->exec(QStringLiteral("UPDATE residents SET unit = 'after crash' WHERE id <= 10")).ok());
        QVERIFY(QFileInfo(path(QStringLiteral("old.db-wal"))).size() > 0);
        for (const char *suffix : { "", "-wal" })
            QVERIFY(QFile::copy(path(QStringLiteral("old.db")) + QLatin1String(suffix),
                                crash.filePath(QStringLiteral("old.db")) + QLatin1String(suffix)));
    }
    Database::Options options;
    options.upgradeFormat = true;
    auto db = Database::open(crash.filePath(QStringLiteral("old.db")), m_key, options);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE(db.value()->pageSize(), Database::kPageSize);
    QCOMPARE(db.value()->queryInt(QStringLiteral("SELECT count(*) FROM residents WHERE unit = 'after crash'")).value(),
             10);
}

void TestDatabase::rewriteRecoversFromInterruptedCopy()
{
    // A copy cut short by a crash or power loss before the rename: the original is whole, the copy is
    // garbage. The next open throws the copy away and starts again.
    QVERIFY(makeLegacyStore(QStringLiteral("old.db"), 50));
    const QString scratch = Database::rewriteScratchPath(path(QStringLiteral("old.db")));
    QByteArray half = readFileBytes(path(QStringLiteral("old.db")));
    half.truncate(half.size() / 2);
    QVERIFY(writeFileBytes(scratch, half));
    QVERIFY(writeFileBytes(scratch + QStringLiteral("-journal"), QByteArray(512, 'j')));
    auto db = openUpgrading(QStringLiteral("old.db"));
    QVERIFY(db);
    QCOMPARE(db->pageSize(), Database::kPageSize);
    QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM face_templates")).value(), 50);
    QVERIFY(!QFileInfo::exists(scratch));
    QVERIFY(!QFileInfo::exists(scratch + QStringLiteral("-journal")));
}

void TestDatabase::rewriteThatCannotFinishLeavesOriginal()
{
    // The copy cannot be written (here a folder is in its way; a full disk behaves alike): the store
    // still opens, in its old format, with its data, and nothing else changed.
    QVERIFY(makeLegacyStore(QStringLiteral("old.db"), 50));
    const QString scratch = Database::rewriteScratchPath(path(QStringLiteral("old.db")));
    QVERIFY(QDir().mkpath(scratch + QStringLiteral("/blocked")));
    const QByteArray original = readFileBytes(path(QStringLiteral("old.db")));
    auto db = openUpgrading(QStringLiteral("old.db"));
    QVERIFY(db);
    QCOMPARE(db->pageSize(), Database::kLegacyPageSize);
    QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM face_templates")).value(), 50);
    db.reset();
    QCOMPARE(readFileBytes(path(QStringLiteral("old.db"))), original);
    // Cleared, it goes through at the next open.
    QVERIFY(QDir(scratch).removeRecursively());
    db = openUpgrading(QStringLiteral("old.db"));
    QVERIFY(db);
    QCOMPARE(db->pageSize(), Database::kPageSize);
}

void TestDatabase::rewriteWaitsWhileAnotherConnectionIsOpen()
{
    QVERIFY(makeLegacyStore(QStringLiteral("old.db"), 50));
    {
        auto other = reopen(QStringLiteral("old.db"), m_key);
        QVERIFY(other);
        QVERIFY(other->queryInt(QStringLiteral("SELECT count(*) FROM residents")).ok());
        QCOMPARE(Database::rewritePageSize(path(QStringLiteral("old.db")), m_key, Database::kPageSize).errorKind(),
                 ErrorKind::Policy);
        // The upgrading open still works, in the old format, side by side with the other connection.
        auto db = openUpgrading(QStringLiteral("old.db"));
        QVERIFY(db);
        QCOMPARE(db->pageSize(), Database::kLegacyPageSize);
        QVERIFY(db->exec(QStringLiteral("UPDATE residents SET unit = 'shared' WHERE id = 1")).ok());
        QCOMPARE(other->queryText(QStringLiteral("SELECT unit FROM residents WHERE id = 1")).value(),
                 QStringLiteral("shared"));
    }
    auto db = openUpgrading(QStringLiteral("old.db"));
    QVERIFY(db);
    QCOMPARE(db->pageSize(), Database::kPageSize);
    QCOMPARE(db->queryText(QStringLiteral("SELECT unit FROM residents WHERE id = 1")).value(),
             QStringLiteral("shared"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
