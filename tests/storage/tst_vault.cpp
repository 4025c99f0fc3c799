// The vault: setup, unlock, lock, lockout, recovery, accounts, and every kind of bad input leaving the
// files byte-identical.

#include "FailingFileWriter.h"
#include "FolderSnapshot.h"
#include "MockClock.h"
#include "StoreProbe.h"
#include "VaultFixture.h"
#include "domain/AuditKind.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"
#include "storage/KeyslotFile.h"
#include "storage/LockoutFile.h"
#include "storage/RecoveryKey.h"
#include "storage/Schema.h"
#include "storage/StorePaths.h"
#include "storage/Transaction.h"
#include "vault/StoreFolder.h"
#include "vault/Unlocker.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSysInfo>
#include <QTest>

#include <future>

#include "services/BackupService.h"
#include "storage/Backup.h"

using namespace consentry;
using namespace consentry::test;

class TestVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createMakesAllFiles();
    void createRefusesBadInput_data();
    void createRefusesBadInput();
    void createRefusesExistingStore();
    void createWithFullDiskLeavesNothing();
    void openAndDefaults();
    void lockAndUnlock();
    void badUnlockChangesNothing_data();
    void badUnlockChangesNothing();
    void wrongPasswordOnlyCountsFailure();
    void lockoutGrowsAndSurvivesRestart();
    void failedLoginsReachTheAuditLog();
    void deletedLockoutFileIsReported();
    void recoveryKeyUnlocksAsManager();
    void databaseAndKeyslotsOfDifferentStores();
    void newerSchemaIsRefused();
    void usersAddChangeRemove();
    void fullDiskDuringAccountChangeChangesNothing();
    void lastManagerStays();
    void cheapSlotsAreUpgradedAtLogin();
    void unknownUserReadsLikeWrongPassword();
    void tamperedKeyslotIsDataErrorAndCountsNothing();
    void damagedLockoutFileIsReportedAsDamage();
    void parallelGuessesEachCount();
    void killedInitCanBeRetried();
    void killedRestoreCanBeRetried();
    void killedBackupScratchIsCleanedUp();
    void failedCreateLeavesNoFolders();

private:
    // Kinds of all audit events, in order. (Keep the Result in a variable: ranging over
    // `f().value()` of a temporary Result would dangle.)
    static QStringList kindsOf(Vault &v)
    {
        const Result<QList<AuditEvent>> events = test::probe(v).auditLog().events();
        QStringList kinds;
        for (const AuditEvent &e : events.value())
            kinds << e.kind;
        return kinds;
    }
};

void TestVault::createMakesAllFiles()
{
    VaultFixture f;
    QVERIFY(f.create());
    QVERIFY(QFileInfo::exists(StorePaths::database(f.dataDir())));
    QVERIFY(QFileInfo::exists(StorePaths::keyslots(f.dataDir())));
    QCOMPARE(StoreFolder::inspect(f.dataDir()), StoreFolder::State::Ready);
    QCOMPARE(StoreFolder::userNames(f.dataDir()).value(), QStringList { QStringLiteral("wang") });
    QCOMPARE(StoreFolder::defaultUserName(f.dataDir()).value(), QStringLiteral("wang"));
    QCOMPARE(f.vault->session().role, Role::Manager);
    QVERIFY(!f.recoveryKey.isEmpty());
    // The store id is in the database and in the keyslot file.
    const KeyslotFile keys = KeyslotFile::load(StorePaths::keyslots(f.dataDir())).value();
    QCOMPARE(keys.storeId, f.vault->storeId());
    QCOMPARE(test::probe(*f.vault).database().queryText(QStringLiteral("SELECT store_id FROM store")).value(),
             keys.storeId);
    QCOMPARE(Schema::version(test::probe(*f.vault).database()).value(), Schema::latestVersion());
}

void TestVault::createRefusesBadInput_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("pw");
    QTest::addColumn<int>("kind");
    QTest::newRow("empty password") << QStringLiteral("wang") << QByteArray() << int(ErrorKind::InvalidArgument);
    QTest::newRow("short password") << QStringLiteral("wang") << QByteArray("short") << int(ErrorKind::Policy);
    QTest::newRow("empty user") << QString() << QByteArray("long enough") << int(ErrorKind::InvalidArgument);
    QTest::newRow("reserved user") << QStringLiteral("recovery") << QByteArray("long enough")
                                   << int(ErrorKind::InvalidArgument);
    QTest::newRow("control character") << QStringLiteral("wa\nng") << QByteArray("long enough")
                                       << int(ErrorKind::InvalidArgument);
}

void TestVault::createRefusesBadInput()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, pw);
    QFETCH(int, kind);
    QTemporaryDir dir;
    const FolderSnapshot before(dir.path());
    auto created = StoreFolder::create(
        dir.path(), user, SecureBytes(pw.constData(), static_cast<std::size_t>(pw.size())), sampleProfile());
    QVERIFY(!created.ok());
    QCOMPARE(int(created.errorKind()), kind);
    QCOMPARE(FolderSnapshot(dir.path()).differences(before), QString());
}

void TestVault::createRefusesExistingStore()
{
    VaultFixture f;
    QVERIFY(f.create());
    f.vault.reset();
    const FolderSnapshot before(f.dataDir());
    auto again = StoreFolder::create(f.dataDir(), QStringLiteral("li"), password("another-pass"), sampleProfile());
    QVERIFY(!again.ok());
    QCOMPARE(again.errorKind(), ErrorKind::Policy);
    QCOMPARE(FolderSnapshot(f.dataDir()).differences(before), QString());
}

void TestVault::createWithFullDiskLeavesNothing()
{
    QTemporaryDir dir;
    FailingFileWriter full;
    const QString data = dir.filePath(QStringLiteral("data"));
    auto created = StoreFolder::create(data, QStringLiteral("wang"), password("manager-pass"), sampleProfile(), full);
    QVERIFY(!created.ok());
    QCOMPARE(created.errorKind(), ErrorKind::IO);
    QCOMPARE(full.attempts(), 1);
    QVERIFY(!QFileInfo::exists(data)); // the folder it made is gone again
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestVault::openAndDefaults()
{
    VaultFixture f;
    QVERIFY(f.create());
    f.vault.reset();
    auto vault = Unlocker::open(f.dataDir(), QString(), password("manager-pass"));
    QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
    Vault &v = *vault.value();
    QCOMPARE(v.session().userName, QStringLiteral("wang"));
    SettingsService settings(v);
    QCOMPARE(settings.idleLockMinutes().value(), 5);
    QCOMPARE(settings.siteProfile()->siteName, QStringLiteral("Sunrise Apartments"));
    QCOMPARE(settings.currentNoticeVersion().value(), StoreFolder::initialNoticeVersion());
    const NoticeVersion en = settings.currentNotice(QStringLiteral("en")).value();
    QVERIFY(en.body.contains(QStringLiteral("Sunrise Apartments")));
    QVERIFY(en.body.contains(QStringLiteral("separate consent")));
    QCOMPARE(en.sha256.size(), 32);
    QVERIFY(settings.currentNotice(QStringLiteral("zh_CN"))->body.contains(QStringLiteral("单独同意")));
    QVERIFY(settings.setIdleLockMinutes(10).ok());
    QCOMPARE(settings.idleLockMinutes().value(), 10);
    QVERIFY(!settings.setIdleLockMinutes(0).ok());
    // Notice texts are immutable in the database itself.
    QVERIFY(!test::probe(v).database().exec(QStringLiteral("UPDATE notice_versions SET body = 'x'")).ok());
    QVERIFY(!test::probe(v).database().exec(QStringLiteral("DELETE FROM notice_versions")).ok());
}

void TestVault::lockAndUnlock()
{
    VaultFixture f;
    QVERIFY(f.create());
    Vault &v = *f.vault;
    v.lock();
    QVERIFY(v.isLocked());
    QVERIFY(test::probe(v).databaseKey().isEmpty());
    QCOMPARE(SettingsService(v).idleLockMinutes().errorKind(), ErrorKind::Authentication);
    QCOMPARE(v.unlock(QStringLiteral("wang"), password("nope-nope")).errorKind(), ErrorKind::Authentication);
    QVERIFY(v.isLocked());
    QVERIFY(v.unlock(QStringLiteral("wang"), password("manager-pass")).ok());
    QVERIFY(!v.isLocked());
    const QStringList kinds = kindsOf(v);
    QVERIFY2(kinds.contains(AuditKind::Lock) && kinds.contains(AuditKind::Unlock)
                 && kinds.contains(AuditKind::LoginFailed),
             qPrintable(kinds.join(QLatin1Char(','))));
}

void TestVault::badUnlockChangesNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("pw");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mentions");
    const QByteArray good("manager-pass");
    QTest::newRow("empty password") << QString() << QString() << QByteArray() << int(ErrorKind::Authentication)
                                    << QStringLiteral("password is empty");
    QTest::newRow("truncated database") << QStringLiteral("truncate-db") << QString() << good << int(ErrorKind::Data)
                                        << QStringLiteral("damaged");
    QTest::newRow("bit-flipped database")
        << QStringLiteral("flip-db") << QString() << good << int(ErrorKind::Data) << QStringLiteral("damaged");
    QTest::newRow("damaged keyslot file") << QStringLiteral("damage-keys") << QString() << good << int(ErrorKind::Data)
                                          << QStringLiteral("keyslot file is damaged");
    QTest::newRow("keyslot file missing")
        << QStringLiteral("remove-keys") << QString() << good << int(ErrorKind::Data) << QStringLiteral("keyslot file");
    QTest::newRow("database missing") << QStringLiteral("remove-db") << QString() << good << int(ErrorKind::Data)
                                      << QStringLiteral("database file");
}

void TestVault::badUnlockChangesNothing()
{
    QFETCH(QString, damage);
    QFETCH(QString, user);
    QFETCH(QByteArray, pw);
    QFETCH(int, kind);
    QFETCH(QString, mentions);
    VaultFixture f;
    QVERIFY(f.create());
    // Give the database some pages beyond the first few.
    for (int i = 0; i < 30; ++i) {
        Resident r;
        r.name = QStringLiteral("Resident %1 with a long enough name to fill pages").arg(i);
        QVERIFY(test::probe(*f.vault).residentRepository().add(r).ok());
    }
    f.vault.reset();
    const QString db = StorePaths::database(f.dataDir());
    const QString keys = StorePaths::keyslots(f.dataDir());
    QByteArray bytes = readFileBytes(db);
    if (damage == QLatin1String("truncate-db")) {
        QVERIFY(writeFileBytes(db, bytes.left(bytes.size() / 2)));
    } else if (damage == QLatin1String("flip-db")) {
        bytes[bytes.size() - 700] = static_cast<char>(bytes.at(bytes.size() - 700) ^ 0x10);
        QVERIFY(writeFileBytes(db, bytes));
    } else if (damage == QLatin1String("damage-keys")) {
        QByteArray k = readFileBytes(keys);
        QVERIFY(writeFileBytes(keys, k.left(k.size() - 40)));
    } else if (damage == QLatin1String("remove-keys")) {
        QVERIFY(QFile::remove(keys));
    } else if (damage == QLatin1String("remove-db")) {
        QVERIFY(QFile::remove(db));
    }
    const FolderSnapshot before(f.dataDir());
    auto vault = Unlocker::open(f.dataDir(), user, SecureBytes(pw.constData(), static_cast<std::size_t>(pw.size())));
    QVERIFY(!vault.ok());
    QCOMPARE(int(vault.errorKind()), kind);
    QVERIFY2(vault.errorMessage().contains(mentions), qPrintable(vault.errorMessage()));
    QCOMPARE(FolderSnapshot(f.dataDir()).differences(before), QString());
}

void TestVault::wrongPasswordOnlyCountsFailure()
{
    VaultFixture f;
    QVERIFY(f.create());
    f.vault.reset();
    const QStringList ignore { QStringLiteral("consentry.lockout") };
    const FolderSnapshot before(f.dataDir(), ignore);
    auto vault = Unlocker::open(f.dataDir(), QString(), password("wrong-password"));
    QVERIFY(!vault.ok());
    QCOMPARE(vault.errorKind(), ErrorKind::Authentication);
    QVERIFY2(vault.errorMessage().contains(QStringLiteral("user name or the password is wrong")),
             qPrintable(vault.errorMessage()));
    // Database and keyslots byte-identical; only the lockout counter (by design) changed.
    QCOMPARE(FolderSnapshot(f.dataDir(), ignore).differences(before), QString());
    QVERIFY(QFileInfo::exists(StorePaths::lockout(f.dataDir())));
}

void TestVault::lockoutGrowsAndSurvivesRestart()
{
    MockClock clock;
    VaultFixture f;
    QVERIFY(f.create());
    f.vault.reset();
    for (int i = 0; i < LockoutFile::kFreeAttempts; ++i)
        QVERIFY(!Unlocker::open(f.dataDir(), QString(), password("wrong-password")).ok());
    // Locked now, even with the right password, and without trying Argon2 at all.
    auto locked = Unlocker::open(f.dataDir(), QString(), password("manager-pass"));
    QVERIFY(!locked.ok());
    QCOMPARE(locked.errorKind(), ErrorKind::Authentication);
    QVERIFY2(locked.errorMessage().contains(QStringLiteral("Wait 30 seconds")), qPrintable(locked.errorMessage()));
    // Another account is not affected.
    // ("restart": everything below reads the state from disk again)
    clock.advanceSeconds(31);
    QVERIFY(!Unlocker::open(f.dataDir(), QString(), password("wrong-password")).ok());
    auto longer = Unlocker::open(f.dataDir(), QString(), password("manager-pass"));
    QVERIFY(longer.errorMessage().contains(QStringLiteral("Wait 60 seconds")));
    clock.advanceSeconds(61);
    auto ok = Unlocker::open(f.dataDir(), QString(), password("manager-pass"));
    QVERIFY2(ok.ok(), qPrintable(ok.errorMessage()));
    ok.value().reset();
    // A success resets the counter.
    QVERIFY(!Unlocker::open(f.dataDir(), QString(), password("wrong-password")).ok());
    QVERIFY(Unlocker::open(f.dataDir(), QString(), password("manager-pass")).ok());
}

void TestVault::failedLoginsReachTheAuditLog()
{
    VaultFixture f;
    QVERIFY(f.create());
    f.vault.reset();
    QVERIFY(!Unlocker::open(f.dataDir(), QString(), password("wrong-1-password")).ok());
    QVERIFY(!Unlocker::open(f.dataDir(), QString(), password("wrong-2-password")).ok());
    auto v = Unlocker::open(f.dataDir(), QString(), password("manager-pass"));
    QVERIFY(v.ok());
    QCOMPARE(kindsOf(*v.value()).count(AuditKind::LoginFailed), 2);
    v.value().reset();
    // Not copied twice.
    v = Unlocker::open(f.dataDir(), QString(), password("manager-pass"));
    QCOMPARE(kindsOf(*v.value()).count(AuditKind::LoginFailed), 2);
}

void TestVault::deletedLockoutFileIsReported()
{
    VaultFixture f;
    QVERIFY(f.create());
    f.vault.reset();
    for (int i = 0; i < 3; ++i)
        QVERIFY(!Unlocker::open(f.dataDir(), QString(), password("wrong-password")).ok());
    QVERIFY(Unlocker::open(f.dataDir(), QString(), password("manager-pass")).ok());
    QVERIFY(QFile::remove(StorePaths::lockout(f.dataDir())));
    auto v = Unlocker::open(f.dataDir(), QString(), password("manager-pass"));
    QVERIFY(v.ok());
    QCOMPARE(kindsOf(*v.value()).count(AuditKind::LockoutReset), 1);
    v.value().reset();
    v = Unlocker::open(f.dataDir(), QString(), password("manager-pass"));
    QCOMPARE(kindsOf(*v.value()).count(AuditKind::LockoutReset), 1); // reported once, not at every login
}

void TestVault::recoveryKeyUnlocksAsManager()
{
    VaultFixture f;
    QVERIFY(f.create());
    f.vault.reset();
    auto v = Unlocker::openWithRecoveryKey(f.dataDir(), f.recoveryKey);
    QVERIFY2(v.ok(), qPrintable(v.errorMessage()));
    QVERIFY(v.value()->session().viaRecoveryKey);
    QCOMPARE(v.value()->session().role, Role::Manager);
    // Reset the forgotten password, then log in with the new one.
    QVERIFY(
        UserService(*v.value()).changePassword(QStringLiteral("wang"), SecureBytes(), password("brand-new-pass")).ok());
    v.value().reset();
    QVERIFY(!Unlocker::open(f.dataDir(), QString(), password("manager-pass")).ok());
    QVERIFY(Unlocker::open(f.dataDir(), QString(), password("brand-new-pass")).ok());
    // A wrong recovery key (valid checksum, other key) is refused.
    const QString other = RecoveryKey::generate().printable;
    auto wrong = Unlocker::openWithRecoveryKey(f.dataDir(), other);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.errorKind(), ErrorKind::Authentication);
}

void TestVault::databaseAndKeyslotsOfDifferentStores()
{
    VaultFixture a;
    VaultFixture b;
    QVERIFY(a.create());
    QVERIFY(b.create());
    a.vault.reset();
    b.vault.reset();
    // a's database next to b's keyslot file (same manager name and password).
    QVERIFY(QFile::remove(StorePaths::keyslots(a.dataDir())));
    QVERIFY(QFile::copy(StorePaths::keyslots(b.dataDir()), StorePaths::keyslots(a.dataDir())));
    const FolderSnapshot before(a.dataDir());
    auto v = Unlocker::open(a.dataDir(), QString(), password("manager-pass"));
    QVERIFY(!v.ok());
    QCOMPARE(v.errorKind(), ErrorKind::Data);
    QVERIFY2(v.errorMessage().contains(QStringLiteral("different stores")), qPrintable(v.errorMessage()));
    QCOMPARE(FolderSnapshot(a.dataDir()).differences(before), QString());
}

void TestVault::newerSchemaIsRefused()
{
    VaultFixture f;
    QVERIFY(f.create());
    QVERIFY(test::probe(*f.vault)
                .database()
                .exec(QStringLiteral("INSERT INTO schema_migrations VALUES (42, 'future', 'x')"))
                .ok());
    f.vault.reset();
    const FolderSnapshot before(f.dataDir());
    auto v = Unlocker::open(f.dataDir(), QString(), password("manager-pass"));
    QVERIFY(!v.ok());
    QCOMPARE(v.errorKind(), ErrorKind::Data);
    QVERIFY2(v.errorMessage().contains(QStringLiteral("newer version of Consentry")), qPrintable(v.errorMessage()));
    QCOMPARE(FolderSnapshot(f.dataDir()).differences(before), QString());
}

void TestVault::usersAddChangeRemove()
{
    VaultFixture f;
    QVERIFY(f.create());
    UserService users(*f.vault);
    QVERIFY(users.add(QStringLiteral("li"), Role::Staff, password("staff-pass")).ok());
    QCOMPARE(users.add(QStringLiteral("li"), Role::Staff, password("staff-pass")).errorKind(),
             ErrorKind::InvalidArgument);
    QCOMPARE(users.list()->size(), 2);
    QCOMPARE(StoreFolder::userNames(f.dataDir()).value().size(), 2);

    auto li = Unlocker::open(f.dataDir(), QStringLiteral("li"), password("staff-pass"));
    QVERIFY(li.ok());
    QCOMPARE(li.value()->session().role, Role::Staff);
    // Own password: needs the current one.
    UserService own(*li.value());
    QCOMPARE(own.changePassword(QStringLiteral("li"), password("not-current"), password("staff-pass-2")).errorKind(),
             ErrorKind::Authentication);
    QVERIFY(own.changePassword(QStringLiteral("li"), password("staff-pass"), password("staff-pass-2")).ok());
    // Someone else's: manager only.
    QCOMPARE(own.changePassword(QStringLiteral("wang"), SecureBytes(), password("hijack-pass")).errorKind(),
             ErrorKind::Policy);
    li.value().reset();
    QVERIFY(!Unlocker::open(f.dataDir(), QStringLiteral("li"), password("staff-pass")).ok());
    QVERIFY(Unlocker::open(f.dataDir(), QStringLiteral("li"), password("staff-pass-2")).ok());

    QVERIFY(users.remove(QStringLiteral("li")).ok());
    QCOMPARE(StoreFolder::userNames(f.dataDir()).value(), QStringList { QStringLiteral("wang") });
    auto gone = Unlocker::open(f.dataDir(), QStringLiteral("li"), password("staff-pass-2"));
    QCOMPARE(gone.errorKind(), ErrorKind::Authentication);
    QCOMPARE(users.remove(QStringLiteral("wang")).errorKind(), ErrorKind::Policy); // self

    // New recovery key: the old one stops working.
    const QString renewed = users.renewRecoveryKey().value();
    QVERIFY(!Unlocker::openWithRecoveryKey(f.dataDir(), f.recoveryKey).ok());
    QVERIFY(Unlocker::openWithRecoveryKey(f.dataDir(), renewed).ok());
}

void TestVault::fullDiskDuringAccountChangeChangesNothing()
{
    VaultFixture f;
    QVERIFY(f.create());
    f.vault.reset();
    FailingFileWriter full(1); // lets the lockout file through at login, then fails
    auto v = Unlocker::open(f.dataDir(), QString(), password("manager-pass"), full);
    QVERIFY(v.ok());
    const QStringList ignore { QStringLiteral("consentry.db-wal"), QStringLiteral("consentry.db-shm") };
    const qint64 usersBefore
        = test::probe(*v.value()).database().queryInt(QStringLiteral("SELECT count(*) FROM users")).value();
    const qint64 eventsBefore = test::probe(*v.value()).auditLog().count().value();
    const QByteArray keysBefore = readFileBytes(StorePaths::keyslots(f.dataDir()));
    UserService users(*v.value());
    const Status added = users.add(QStringLiteral("li"), Role::Staff, password("staff-pass"));
    QVERIFY(!added.ok());
    QCOMPARE(added.errorKind(), ErrorKind::IO);
    const Status changed
        = users.changePassword(QStringLiteral("wang"), password("manager-pass"), password("other-pass-1"));
    QCOMPARE(changed.errorKind(), ErrorKind::IO);
    QCOMPARE(readFileBytes(StorePaths::keyslots(f.dataDir())), keysBefore);
    QCOMPARE(test::probe(*v.value()).database().queryInt(QStringLiteral("SELECT count(*) FROM users")).value(),
             usersBefore);
    QCOMPARE(test::probe(*v.value()).auditLog().count().value(), eventsBefore);
    v.value().reset();
    QVERIFY(Unlocker::open(f.dataDir(), QString(), password("manager-pass")).ok());
}

void TestVault::lastManagerStays()
{
    VaultFixture f;
    QVERIFY(f.create());
    UserService users(*f.vault);
    QVERIFY(users.add(QStringLiteral("zhao"), Role::Manager, password("manager-two")).ok());
    auto zhao = Unlocker::open(f.dataDir(), QStringLiteral("zhao"), password("manager-two"));
    QVERIFY(zhao.ok());
    QVERIFY(UserService(*zhao.value()).remove(QStringLiteral("wang")).ok());
    QCOMPARE(StoreFolder::defaultUserName(f.dataDir()).value(), QStringLiteral("zhao"));
    QCOMPARE(UserService(*zhao.value()).remove(QStringLiteral("zhao")).errorKind(), ErrorKind::Policy);
}

void TestVault::cheapSlotsAreUpgradedAtLogin()
{
    VaultFixture f;
    QVERIFY(f.create()); // fast KDF (test environment)
    f.vault.reset();
    QCOMPARE(KeyslotFile::load(StorePaths::keyslots(f.dataDir()))->userSlot(QStringLiteral("wang"))->memLimit,
             KdfParams::fast().memLimit);
    qunsetenv("CONSENTRY_FAST_KDF"); // as in production
    auto v = Unlocker::open(f.dataDir(), QString(), password("manager-pass"));
    qputenv("CONSENTRY_FAST_KDF", "1");
    QVERIFY(v.ok());
    const Result<KeyslotFile> keys = KeyslotFile::load(StorePaths::keyslots(f.dataDir()));
    QCOMPARE(keys->userSlot(QStringLiteral("wang"))->memLimit, KdfParams::production().memLimit);
    QCOMPARE(keys->userSlot(QStringLiteral("wang"))->opsLimit, KdfParams::production().opsLimit);
    v.value().reset();
    QVERIFY(Unlocker::open(f.dataDir(), QString(), password("manager-pass")).ok());
}

// Issue 15 #8: an unknown user and a wrong password read the same and both count.
void TestVault::unknownUserReadsLikeWrongPassword()
{
    VaultFixture f;
    QVERIFY(f.create());
    f.vault.reset();
    auto unknown = Unlocker::open(f.dataDir(), QStringLiteral("nobody"), password("manager-pass"));
    auto wrong = Unlocker::open(f.dataDir(), QStringLiteral("wang"), password("not-the-password"));
    QCOMPARE(unknown.errorKind(), ErrorKind::Authentication);
    QCOMPARE(unknown.errorMessage(), wrong.errorMessage());
    QVERIFY(!unknown.errorMessage().contains(QStringLiteral("nobody")));
    QCOMPARE(LockoutFile::load(StorePaths::lockout(f.dataDir()),
                               KeyslotFile::load(StorePaths::keyslots(f.dataDir()))->storeId)
                 .totalFailures,
             2);
}

// Issue 15 #3: editing "ops" in consentry.keys gave "password is wrong" five times, then the lockout.
void TestVault::tamperedKeyslotIsDataErrorAndCountsNothing()
{
    VaultFixture f;
    QVERIFY(f.create());
    f.vault.reset();
    const QString keys = StorePaths::keyslots(f.dataDir());
    QFile file(keys);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(bytes.contains("\"ops\": 1,"));
    bytes.replace("\"ops\": 1,", "\"ops\": 2,");
    QVERIFY(FileWriter::standard().writeAtomically(keys, bytes).ok());
    const FolderSnapshot before(f.dataDir());
    for (int i = 0; i < LockoutFile::kFreeAttempts + 2; ++i) {
        auto v = Unlocker::open(f.dataDir(), QString(), password("manager-pass"));
        QVERIFY(!v.ok());
        QCOMPARE(v.errorKind(), ErrorKind::Data);
        QVERIFY2(v.errorMessage().contains(QStringLiteral("damaged or was edited")), qPrintable(v.errorMessage()));
    }
    QCOMPARE(FolderSnapshot(f.dataDir()).differences(before), QString());
}

void TestVault::damagedLockoutFileIsReportedAsDamage()
{
    VaultFixture f;
    QVERIFY(f.create());
    f.vault.reset();
    QVERIFY(FileWriter::standard().writeAtomically(StorePaths::lockout(f.dataDir()), "\x01garbage").ok());
    auto v = Unlocker::open(f.dataDir(), QString(), password("manager-pass"));
    QCOMPARE(v.errorKind(), ErrorKind::Data);
    QVERIFY2(v.errorMessage().contains(QStringLiteral("damaged")), qPrintable(v.errorMessage()));
    QVERIFY(!v.errorMessage().contains(QStringLiteral("Too many")));
    // Deleting it (what the sentence says) lets the manager in; the reset is in the audit log.
    QVERIFY(QFile::remove(StorePaths::lockout(f.dataDir())));
    v = Unlocker::open(f.dataDir(), QString(), password("manager-pass"));
    QVERIFY2(v.ok(), qPrintable(v.errorMessage()));
}

// Issue 15 #1 (in one process; tst_hardening does it with parallel consentry-cli processes): eight
// simultaneous wrong passwords are all counted, and only five of them are checked.
void TestVault::parallelGuessesEachCount()
{
    VaultFixture f;
    QVERIFY(f.create());
    f.vault.reset();
    constexpr int kGuesses = 8;
    std::vector<std::future<QString>> futures;
    for (int i = 0; i < kGuesses; ++i)
        futures.push_back(std::async(std::launch::async, [dir = f.dataDir(), i] {
            const QByteArray pw = "wrong-" + QByteArray::number(i) + "-password";
            return Unlocker::open(dir, QString(), SecureBytes(pw.constData(), static_cast<std::size_t>(pw.size())))
                .errorMessage();
        }));
    int checked = 0, refused = 0;
    for (auto &future : futures) {
        const QString message = future.get();
        if (message.contains(QStringLiteral("Too many")))
            ++refused;
        else if (message.contains(QStringLiteral("user name or the password is wrong")))
            ++checked;
    }
    QCOMPARE(checked, LockoutFile::kFreeAttempts);
    QCOMPARE(refused, kGuesses - LockoutFile::kFreeAttempts);
    const QString storeId = KeyslotFile::load(StorePaths::keyslots(f.dataDir()))->storeId;
    QCOMPARE(
        LockoutFile::load(StorePaths::lockout(f.dataDir()), storeId).entries.value(QStringLiteral("wang")).failures,
        LockoutFile::kFreeAttempts);
}

// Issue 15 #5: a kill during init left a folder that blocked a retry ("already holds part of one").
void TestVault::killedInitCanBeRetried()
{
    VaultFixture f;
    QVERIFY(f.create());
    f.vault.reset();
    // What a kill after the database and before the keyslot file leaves: marker, database, no keys.
    QVERIFY(QFile::remove(StorePaths::keyslots(f.dataDir())));
    QVERIFY(FileWriter::standard().writeAtomically(StorePaths::unfinishedMarker(f.dataDir()), "init\n").ok());
    QVERIFY(FileWriter::standard()
                .writeAtomically(StorePaths::keyslots(f.dataDir()) + QStringLiteral(".Ab12Cd"), "x")
                .ok());
    QCOMPARE(StoreFolder::inspect(f.dataDir()), StoreFolder::State::Empty);
    auto again = StoreFolder::create(f.dataDir(), QStringLiteral("li"), password("second-pass"), sampleProfile());
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QVERIFY(!StorePaths::isUnfinished(f.dataDir()));
    QCOMPARE(again.value().vault->session().userName, QStringLiteral("li"));
    QVERIFY(!QFileInfo::exists(StorePaths::keyslots(f.dataDir()) + QStringLiteral(".Ab12Cd")));
    // A complete store is never taken for leftovers.
    auto third = StoreFolder::create(f.dataDir(), QStringLiteral("zhao"), password("third-pass"), sampleProfile());
    QCOMPARE(third.errorKind(), ErrorKind::Policy);
}

void TestVault::killedRestoreCanBeRetried()
{
    VaultFixture f;
    QVERIFY(f.create());
    const QString backup = f.dir.filePath(QStringLiteral("b.consentry-backup"));
    QVERIFY(BackupService(*f.vault).backupTo(backup).ok());
    const QString target = f.dir.filePath(QStringLiteral("restored"));
    QVERIFY(QDir().mkpath(target + QStringLiteral("/.restore-Xy12ab")));
    QVERIFY(FileWriter::standard().writeAtomically(StorePaths::unfinishedMarker(target), "restore\n").ok());
    QVERIFY(FileWriter::standard().writeAtomically(target + QStringLiteral("/.restore-Xy12ab/consentry.db"), "x").ok());
    QVERIFY(FileWriter::standard().writeAtomically(StorePaths::database(target), "partial").ok());
    auto restored = StoreFolder::restore(backup, target, QString(), password("manager-pass"));
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QVERIFY(!StorePaths::isUnfinished(target));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("/.restore-Xy12ab")));
}

// Issue 15 #5: killed backups left .consentry-backup-* scratch folders that were never cleaned.
void TestVault::killedBackupScratchIsCleanedUp()
{
    VaultFixture f;
    QVERIFY(f.create());
    QDir out(f.dir.filePath(QStringLiteral("out")));
    QVERIFY(out.mkpath(QStringLiteral(".")));
    // A scratch folder whose owner process is gone (a PID that runs nowhere here) ...
    QVERIFY(out.mkpath(QStringLiteral(".consentry-backup-2147483646-dead01")));
    QVERIFY(FileWriter::standard()
                .writeAtomically(out.filePath(QStringLiteral(".consentry-backup-2147483646-dead01/copy.db")), "x")
                .ok());
    // ... and one of a backup running in another live process (pid 1 always runs).
    QVERIFY(out.mkpath(QStringLiteral(".consentry-backup-1-live01")));
    QVERIFY(BackupService(*f.vault).backupTo(out.filePath(QStringLiteral("b.consentry-backup"))).ok());
    QVERIFY(!out.exists(QStringLiteral(".consentry-backup-2147483646-dead01")));
    QVERIFY(out.exists(QStringLiteral(".consentry-backup-1-live01")));
}

// A refused or failed command writes nothing: not even the folders it made on the way.
void TestVault::failedCreateLeavesNoFolders()
{
    QTemporaryDir dir;
    FailingFileWriter full;
    auto created = StoreFolder::create(dir.filePath(QStringLiteral("a/b/data")), QStringLiteral("wang"),
                                       password("manager-pass"), sampleProfile(), full);
    QVERIFY(!created.ok());
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
