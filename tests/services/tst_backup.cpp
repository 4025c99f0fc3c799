// Backups: one encrypted file with the database and keyslots, taken while the store is in use; restore
// verifies everything before writing, only into an empty folder, and refuses damaged or foreign files.

#include "FailingFileWriter.h"
#include "FolderSnapshot.h"
#include "StoreProbe.h"
#include "VaultFixture.h"
#include "domain/AuditKind.h"
#include "services/BackupService.h"
#include "services/ResidentService.h"
#include "services/UserService.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/FileWriter.h"
#include "storage/KeyslotFile.h"
#include "storage/StorePaths.h"
#include "vault/StoreFolder.h"
#include "vault/Unlocker.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTest>

using namespace consentry;
using namespace consentry::test;

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backupAndRestore();
    void backupWhileAnotherConnectionWrites();
    void backupFullDiskLeavesNothing();
    void restoreRefusals_data();
    void restoreRefusals();
    void restoreFullDiskLeavesFolderEmpty();

private:
    QString makeBackup(VaultFixture &f, const QString &name);
    VaultFixture m_a;
    VaultFixture m_b;
    QTemporaryDir m_out;
    QString m_backupA;
    QString m_backupB;
};

QString TestBackup::makeBackup(VaultFixture &f, const QString &name)
{
    auto written = BackupService(*f.vault).backupTo(m_out.filePath(name));
    if (!written.ok())
        qWarning("%s", qPrintable(written.errorMessage()));
    return written.ok() ? written->file : QString();
}

void TestBackup::initTestCase()
{
    QVERIFY(m_a.create());
    QVERIFY(m_b.create());
    for (int i = 0; i < 20; ++i) {
        Resident r;
        r.name = QStringLiteral("Resident %1").arg(i);
        QVERIFY(ResidentService(*m_a.vault).create(r).ok());
    }
    QVERIFY(UserService(*m_a.vault).add(QStringLiteral("li"), Role::Staff, password("staff-pass")).ok());
    m_backupA = makeBackup(m_a, QStringLiteral("a.cbak"));
    m_backupB = makeBackup(m_b, QStringLiteral("b.cbak"));
    QVERIFY(!m_backupA.isEmpty() && !m_backupB.isEmpty());
}

void TestBackup::backupAndRestore()
{
    const QByteArray bytes = readFileBytes(m_backupA);
    QVERIFY(bytes.startsWith("CONSENTRY-BACKUP"));
    QVERIFY(!bytes.contains("Resident 1"));
    QVERIFY(!bytes.contains("SQLite format 3"));
    // Nothing left next to it.
    QCOMPARE(QDir(m_out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);

    QTemporaryDir target;
    auto restored = StoreFolder::restore(m_backupA, target.path(), QString(), password("manager-pass"));
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    Vault &v = *restored.value();
    QCOMPARE(v.storeId(), m_a.vault->storeId());
    QCOMPARE(test::probe(v).residentRepository().count().value(), 20);
    QVERIFY(test::probe(v).database().integrityCheck().ok());
    QVERIFY(test::probe(v).auditLog().verify()->ok);
    QCOMPARE(test::probe(v).auditLog().events(test::probe(v).auditLog().count().value() - 1)->constFirst().kind,
             AuditKind::Restore);
    // The keyslots came along: the other user and the recovery key work on the restored store.
    restored.value().reset();
    QVERIFY(Unlocker::open(target.path(), QStringLiteral("li"), password("staff-pass")).ok());
    QVERIFY(Unlocker::openWithRecoveryKey(target.path(), m_a.recoveryKey).ok());
}

void TestBackup::backupWhileAnotherConnectionWrites()
{
    // A second connection (the GUI, say) holds uncommitted work while the backup is taken.
    auto other = Unlocker::open(m_a.dataDir(), QString(), password("manager-pass"));
    QVERIFY(other.ok());
    QVERIFY(test::probe(*other.value()).database().exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
    QVERIFY(test::probe(*other.value())
                .database()
                .exec(QStringLiteral("INSERT INTO residents (name, status, created_at, updated_at) VALUES "
                                     "('Uncommitted', 'active', 'x', 'x')"))
                .ok());
    const QString file = m_out.filePath(QStringLiteral("busy.cbak"));
    Result<KeyslotFile> keys = test::probe(*m_a.vault).loadKeyslots();
    QVERIFY(keys.ok());
    Result<qint64> written = Backup::write(test::probe(*m_a.vault).database(), test::probe(*m_a.vault).databaseKey(),
                                           m_a.vault->storeId(), keys->toBytes(), file, FileWriter::standard());
    QVERIFY(test::probe(*other.value()).database().exec(QStringLiteral("ROLLBACK")).ok());
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QTemporaryDir target;
    auto restored = StoreFolder::restore(file, target.path(), QString(), password("manager-pass"));
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(test::probe(*restored.value())
                 .database()
                 .queryInt(QStringLiteral("SELECT count(*) FROM residents WHERE name = 'Uncommitted'"))
                 .value(),
             0);
    QFile::remove(file);
}

void TestBackup::backupFullDiskLeavesNothing()
{
    auto v = Unlocker::open(m_a.dataDir(), QString(), password("manager-pass"));
    QVERIFY(v.ok());
    v.value().reset();
    FailingFileWriter full(1); // the login's lockout write passes, the backup fails
    auto vault = Unlocker::open(m_a.dataDir(), QString(), password("manager-pass"), full);
    QVERIFY(vault.ok());
    QTemporaryDir outDir;
    auto written = BackupService(*vault.value()).backupTo(outDir.filePath(QStringLiteral("x.cbak")));
    QVERIFY(!written.ok());
    QCOMPARE(written.errorKind(), ErrorKind::IO);
    QCOMPARE(QDir(outDir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestBackup::restoreRefusals_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("pw");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mentions");
    const QString m = QStringLiteral("manager-pass");
    QTest::newRow("wrong password") << QString() << QString() << QStringLiteral("not-the-password")
                                    << int(ErrorKind::Authentication) << QStringLiteral("wrong");
    QTest::newRow("unknown user") << QString() << QStringLiteral("nobody") << m << int(ErrorKind::Authentication)
                                  << QStringLiteral("no user");
    QTest::newRow("not a manager") << QString() << QStringLiteral("li") << QStringLiteral("staff-pass")
                                   << int(ErrorKind::Policy) << QStringLiteral("Only a manager");
    QTest::newRow("truncated") << QStringLiteral("truncate") << QString() << m << int(ErrorKind::Data)
                               << QStringLiteral("damaged");
    QTest::newRow("bit flipped in the database part")
        << QStringLiteral("flip-db") << QString() << m << int(ErrorKind::Data)
        << QStringLiteral("damaged or incomplete");
    QTest::newRow("bit flipped in the MAC") << QStringLiteral("flip-mac") << QString() << m << int(ErrorKind::Data)
                                            << QStringLiteral("damaged or incomplete");
    QTest::newRow("altered, checksum recomputed") << QStringLiteral("alter-db") << QString() << m
                                                  << int(ErrorKind::Data) << QStringLiteral("damaged or was altered");
    QTest::newRow("bit flipped in the keyslots")
        << QStringLiteral("flip-keys") << QString() << m << int(ErrorKind::Data) << QStringLiteral("damaged");
    QTest::newRow("not a backup") << QStringLiteral("garbage") << QString() << m << int(ErrorKind::Data)
                                  << QStringLiteral("not a Consentry backup");
    QTest::newRow("keyslots of another store")
        << QStringLiteral("splice") << QString() << m << int(ErrorKind::Data) << QStringLiteral("another store");
    QTest::newRow("backup of another store")
        << QStringLiteral("expect-a") << QString() << m << int(ErrorKind::Data) << QStringLiteral("another store");
    QTest::newRow("folder not empty") << QStringLiteral("non-empty") << QString() << m << int(ErrorKind::Policy)
                                      << QStringLiteral("empty folder");
    QTest::newRow("missing file") << QStringLiteral("missing") << QString() << m << int(ErrorKind::NotFound)
                                  << QStringLiteral("does not exist");
}

void TestBackup::restoreRefusals()
{
    QFETCH(QString, damage);
    QFETCH(QString, user);
    QFETCH(QString, pw);
    QFETCH(int, kind);
    QFETCH(QString, mentions);
    QTemporaryDir work;
    const QString file = work.filePath(QStringLiteral("in.cbak"));
    QByteArray bytes = readFileBytes(m_backupA);
    const Backup::Contents a = Backup::parse(bytes).value();
    const int dbOffset = static_cast<int>(16 + 4 + 32 + 4 + a.keyslotBytes.size() + 8);
    QString expected;
    if (damage == QLatin1String("truncate")) {
        bytes.chop(5000);
    } else if (damage == QLatin1String("flip-db")) {
        bytes[dbOffset + 5000] = static_cast<char>(bytes.at(dbOffset + 5000) ^ 0x01);
    } else if (damage == QLatin1String("alter-db")) {
        bytes[dbOffset + 5000] = static_cast<char>(bytes.at(dbOffset + 5000) ^ 0x01);
        bytes.chop(32);
        bytes += QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    } else if (damage == QLatin1String("flip-mac")) {
        bytes[bytes.size() - 35] = static_cast<char>(bytes.at(bytes.size() - 35) ^ 0x80);
    } else if (damage == QLatin1String("flip-keys")) {
        const int at = bytes.indexOf("\"wrapped\": \"") + 14;
        bytes[at] = bytes.at(at) == 'A' ? 'B' : 'A';
    } else if (damage == QLatin1String("garbage")) {
        bytes = QByteArray(4096, 'x');
    } else if (damage == QLatin1String("splice")) {
        // b's header and keyslots with a's database and MAC.
        const QByteArray b = readFileBytes(m_backupB);
        const Backup::Contents bc = Backup::parse(b).value();
        bytes = b.left(static_cast<int>(16 + 4 + 32 + 4 + bc.keyslotBytes.size())) + bytes.mid(dbOffset - 8);
        // a's store id in the header, b's keyslots; checksum made to match (a deliberate splice)
        bytes.replace(20, 32, a.storeId.toLatin1());
        bytes.chop(32);
        bytes += QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    } else if (damage == QLatin1String("expect-a")) {
        bytes = readFileBytes(m_backupB);
        expected = m_a.vault->storeId();
    }
    if (damage != QLatin1String("missing"))
        QVERIFY(writeFileBytes(file, bytes));
    const QString target = work.filePath(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(target));
    if (damage == QLatin1String("non-empty"))
        QVERIFY(writeFileBytes(target + QStringLiteral("/notes.txt"), "keep me"));
    const FolderSnapshot before(target);
    const QString source = damage == QLatin1String("missing") ? work.filePath(QStringLiteral("nope.cbak")) : file;
    auto restored = StoreFolder::restore(source, target, user, SecureBytes::fromUtf8(pw), expected);
    QVERIFY(!restored.ok());
    QCOMPARE(int(restored.errorKind()), kind);
    QVERIFY2(restored.errorMessage().contains(mentions), qPrintable(restored.errorMessage()));
    QCOMPARE(FolderSnapshot(target).differences(before), QString());
    QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
             damage == QLatin1String("non-empty") ? 1 : 0);
}

void TestBackup::restoreFullDiskLeavesFolderEmpty()
{
    QTemporaryDir target;
    FailingFileWriter full;
    auto restored
        = StoreFolder::restore(m_backupA, target.path(), QString(), password("manager-pass"), QString(), full);
    QVERIFY(!restored.ok());
    QCOMPARE(restored.errorKind(), ErrorKind::IO);
    QCOMPARE(QDir(target.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
