// The SQLCipher wrapper: raw key + SQLCipher 3 format, typed binds, transactions, integrity checks,
// damaged files, schema versions and migrations.

#include "FolderSnapshot.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SecureBytes.h"
#include "storage/Transaction.h"

#include <QFile>
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

private:
    std::unique_ptr<Database> create(const QString &name);
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

std::unique_ptr<Database> TestDatabase::create(const QString &name)
{
    Database::Options options;
    options.create = true;
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
        QCOMPARE(db->queryText(QStringLiteral("PRAGMA cipher_page_size")).value(), QStringLiteral("1024"));
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
        for (int i = 0; i < 40; ++i)
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

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
