// Key material: SecureBytes, the recovery key format, Argon2id + XChaCha20-Poly1305 keyslots, the keyslot
// file and the lockout counters.

#include "MockClock.h"
#include "platform/ProcessHardening.h"
#include "platform/Sanitizers.h"
#include "storage/Database.h"
#include "storage/FileWriter.h"
#include "storage/KeyStore.h"
#include "storage/KeyslotFile.h"
#include "storage/LockoutFile.h"
#include "storage/RecoveryKey.h"
#include "storage/SecureBytes.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

using namespace consentry;

class TestKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secureBytes();
    void productionCostIsAtLeast64MiB();
    void recoveryKeyRoundTrip();
    void recoveryKeyTypos_data();
    void recoveryKeyTypos();
    void wrapUnwrap();
    void slotIsBoundToStoreAndName();
    void keyslotFileRoundTrip();
    void damagedKeyslotFile_data();
    void damagedKeyslotFile();
    void lockoutDelays();
    void lockoutSurvivesReload();
    void damagedLockoutFileIsDamage();
    void editedCostIsDamageNotAWrongPassword();
    void costAndSaltAreAuthenticated();
    void absurdCostIsRefusedBeforeAllocation();
    void versionOneFilesStillOpen();
    void lockoutCountsBeforeTheCheck();
    void forgivenAttemptLeavesTheFileAsItWas();
    void noCoreDumpsAndKeyPagesLocked();

private:
    static SecureBytes secret(const char *text) { return SecureBytes(text, std::strlen(text)); }
    static KeyslotFile sampleFile();
    // The file's JSON with `edit` applied to the user slot, checksum recomputed (a deliberate tamperer).
    static QByteArray resigned(const QByteArray &bytes, const char *key, const QJsonValue &value);
};

QByteArray TestKeyStore::resigned(const QByteArray &bytes, const char *key, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QJsonArray slotArray = root.value(QStringLiteral("slots")).toArray();
    QJsonObject first = slotArray.at(0).toObject();
    first.insert(QLatin1String(key), value);
    slotArray.replace(0, first);
    root.insert(QStringLiteral("slots"), slotArray);
    root.remove(QStringLiteral("checksum"));
    root.insert(QStringLiteral("checksum"),
                QStringLiteral("blake2b-256:") + QString::fromLatin1(KeyslotFile::checksum(root)));
    return QJsonDocument(root).toJson();
}

void TestKeyStore::secureBytes()
{
    SecureBytes a = SecureBytes::random(32);
    QCOMPARE(a.size(), std::size_t(32));
    SecureBytes b = a.clone();
    QVERIFY(a.equals(b));
    b.data()[0] ^= 1;
    QVERIFY(!a.equals(b));
    SecureBytes moved = std::move(a);
    QVERIFY(a.isEmpty());
    QCOMPARE(moved.size(), std::size_t(32));
    const SecureBytes hex = SecureBytes("\x01\xab", 2).toHex();
    QCOMPARE(QByteArray(hex.chars(), static_cast<int>(hex.size())), QByteArray("01ab"));
    QByteArray source("secret");
    SecureBytes taken = SecureBytes::takeFrom(source);
    QVERIFY(source.isEmpty());
    QCOMPARE(QByteArray(taken.chars(), 6), QByteArray("secret"));
}

void TestKeyStore::productionCostIsAtLeast64MiB()
{
    QVERIFY(KdfParams::production().memLimit >= 64ull * 1024 * 1024);
    QVERIFY(KdfParams::production().opsLimit >= crypto_pwhash_OPSLIMIT_INTERACTIVE);
    QVERIFY(KdfParams::fastKdfRequested()); // consentry_add_test sets it; production code never does
}

void TestKeyStore::recoveryKeyRoundTrip()
{
    const RecoveryKey::Generated g = RecoveryKey::generate();
    QCOMPARE(g.printable.size(), 9 * 4 + 8);
    QCOMPARE(g.printable.count(QLatin1Char('-')), 8);
    Result<SecureBytes> parsed = RecoveryKey::parse(g.printable);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QVERIFY(parsed->equals(g.secret));
    // Lower case, spaces instead of dashes, O for 0 and l for 1 are all accepted.
    QString sloppy = g.printable.toLower();
    sloppy.replace(QLatin1Char('-'), QLatin1Char(' '));
    sloppy.replace(QLatin1Char('0'), QLatin1Char('o'));
    sloppy.replace(QLatin1Char('1'), QLatin1Char('l'));
    QVERIFY(RecoveryKey::parse(sloppy).ok());
    QVERIFY(RecoveryKey::parse(sloppy)->equals(g.secret));
}

void TestKeyStore::recoveryKeyTypos_data()
{
    QTest::addColumn<int>("position");
    QTest::newRow("first character") << 0;
    QTest::newRow("middle") << 17;
    QTest::newRow("check group") << 42;
}

void TestKeyStore::recoveryKeyTypos()
{
    QFETCH(int, position);
    const RecoveryKey::Generated g = RecoveryKey::generate();
    QString typo = g.printable;
    const QChar c = typo.at(position);
    typo[position] = c == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
    Result<SecureBytes> parsed = RecoveryKey::parse(typo);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorKind(), ErrorKind::Authentication);
    QVERIFY2(parsed.errorMessage().contains(QStringLiteral("typo")), qPrintable(parsed.errorMessage()));
    QVERIFY(!RecoveryKey::parse(g.printable.left(20)).ok());
    QVERIFY(!RecoveryKey::parse(g.printable + QStringLiteral("-U")).ok());
}

void TestKeyStore::wrapUnwrap()
{
    const SecureBytes key = SecureBytes::random(Database::kKeyBytes);
    Result<Keyslot> slot = KeyStore::wrap(key, secret("pw one"), Keyslot::Type::User, QStringLiteral("li"),
                                          QStringLiteral("ab"), KdfParams::fast());
    QVERIFY(slot.ok());
    QVERIFY(KeyStore::plausible(slot.value()));
    QVERIFY(!slot->wrapped.contains(QByteArray(key.chars(), 32)));
    Result<SecureBytes> back = KeyStore::unwrap(slot.value(), secret("pw one"), QStringLiteral("ab"));
    QVERIFY(back.ok());
    QVERIFY(back->equals(key));
    Result<SecureBytes> wrong = KeyStore::unwrap(slot.value(), secret("pw two"), QStringLiteral("ab"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.errorKind(), ErrorKind::Authentication);
    // Same password, fresh salt and nonce: different slot.
    Result<Keyslot> again = KeyStore::wrap(key, secret("pw one"), Keyslot::Type::User, QStringLiteral("li"),
                                           QStringLiteral("ab"), KdfParams::fast());
    QVERIFY(again->wrapped != slot->wrapped);
}

void TestKeyStore::slotIsBoundToStoreAndName()
{
    const SecureBytes key = SecureBytes::random(Database::kKeyBytes);
    Keyslot slot = KeyStore::wrap(key, secret("pw"), Keyslot::Type::User, QStringLiteral("li"),
                                  QStringLiteral("store-a"), KdfParams::fast())
                       .value();
    QVERIFY(!KeyStore::unwrap(slot, secret("pw"), QStringLiteral("store-b")).ok());
    Keyslot renamed = slot;
    renamed.name = QStringLiteral("wang");
    QVERIFY(!KeyStore::unwrap(renamed, secret("pw"), QStringLiteral("store-a")).ok());
    Keyslot retyped = slot;
    retyped.type = Keyslot::Type::Recovery;
    QVERIFY(!KeyStore::unwrap(retyped, secret("pw"), QStringLiteral("store-a")).ok());
    Keyslot flipped = slot;
    flipped.wrapped[3] = static_cast<char>(flipped.wrapped.at(3) ^ 1);
    QVERIFY(!KeyStore::unwrap(flipped, secret("pw"), QStringLiteral("store-a")).ok());
}

KeyslotFile TestKeyStore::sampleFile()
{
    const SecureBytes key = SecureBytes::random(Database::kKeyBytes);
    KeyslotFile file;
    file.storeId = QStringLiteral("0123456789abcdef0123456789abcdef");
    file.databaseSalt = QByteArray(16, 'S');
    file.defaultUser = QStringLiteral("wang");
    file.slotList << KeyStore::wrap(key, secret("pw"), Keyslot::Type::User, QStringLiteral("wang"), file.storeId,
                                    KdfParams::fast())
                         .value();
    file.slotList << KeyStore::wrap(key, secret("rk"), Keyslot::Type::Recovery, QStringLiteral("recovery"),
                                    file.storeId, KdfParams::fast())
                         .value();
    return file;
}

void TestKeyStore::keyslotFileRoundTrip()
{
    const KeyslotFile file = sampleFile();
    Result<KeyslotFile> back = KeyslotFile::parse(file.toBytes());
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back->storeId, file.storeId);
    QCOMPARE(back->databaseSalt, file.databaseSalt);
    QCOMPARE(back->userNames(), QStringList { QStringLiteral("wang") });
    QVERIFY(back->recoverySlot());
    QCOMPARE(back->toBytes(), file.toBytes());
}

void TestKeyStore::damagedKeyslotFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = sampleFile().toBytes();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("not json") << QByteArray("\x00\x01garbage", 9);
    QTest::newRow("other format") << QByteArray(R"({"format":"something-else","version":1})");
    QByteArray badSalt = good;
    badSalt.replace("\"salt\": \"", "\"salt\": \"AAAA");
    QTest::newRow("salt of the wrong size") << badSalt;
    QByteArray hugeMemory = good;
    hugeMemory.replace("\"mem\": 65536", "\"mem\": 1e15");
    QTest::newRow("absurd memory cost") << hugeMemory;
    QByteArray noRecovery = good;
    noRecovery.replace("\"type\": \"recovery\"", "\"type\": \"user\"");
    QTest::newRow("no recovery slot") << noRecovery;
}

void TestKeyStore::damagedKeyslotFile()
{
    QFETCH(QByteArray, bytes);
    Result<KeyslotFile> parsed = KeyslotFile::parse(bytes);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorKind(), ErrorKind::Data);
}

void TestKeyStore::lockoutDelays()
{
    QCOMPARE(LockoutFile::delaySeconds(0), 0);
    QCOMPARE(LockoutFile::delaySeconds(4), 0);
    QCOMPARE(LockoutFile::delaySeconds(5), 30);
    QCOMPARE(LockoutFile::delaySeconds(6), 60);
    QCOMPARE(LockoutFile::delaySeconds(7), 120);
    QCOMPARE(LockoutFile::delaySeconds(50), LockoutFile::kMaxDelaySeconds);

    test::MockClock clock;
    LockoutFile state;
    for (int i = 0; i < 4; ++i)
        state.recordFailure(QStringLiteral("li"), clock.now());
    QCOMPARE(state.secondsLeft(QStringLiteral("li"), clock.now()), 0);
    state.recordFailure(QStringLiteral("li"), clock.now());
    QCOMPARE(state.secondsLeft(QStringLiteral("li"), clock.now()), 30);
    QCOMPARE(state.secondsLeft(QStringLiteral("wang"), clock.now()), 0); // per account
    clock.advanceSeconds(29);
    QCOMPARE(state.secondsLeft(QStringLiteral("li"), clock.now()), 1);
    clock.advanceSeconds(1);
    QCOMPARE(state.secondsLeft(QStringLiteral("li"), clock.now()), 0);
    // Setting the clock back does not shorten the wait.
    clock.advanceSeconds(-3600);
    QCOMPARE(state.secondsLeft(QStringLiteral("li"), clock.now()), 30);
    QCOMPARE(state.totalFailures, 5);
    QCOMPARE(state.pending.size(), 5);
}

void TestKeyStore::lockoutSurvivesReload()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("consentry.lockout"));
    test::MockClock clock;
    LockoutFile state = LockoutFile::load(path, QStringLiteral("store"));
    for (int i = 0; i < 6; ++i)
        state.recordFailure(QStringLiteral("li"), clock.now());
    QVERIFY(state.save(path, FileWriter::standard()).ok());
    const LockoutFile reloaded = LockoutFile::load(path, QStringLiteral("store"));
    QVERIFY(!reloaded.damaged);
    QCOMPARE(reloaded.secondsLeft(QStringLiteral("li"), clock.now()), 60);
    QCOMPARE(reloaded.totalFailures, 6);
    // A file of another store counts as no file (the reset is caught at the next unlock, see tst_vault).
    const LockoutFile foreign = LockoutFile::load(path, QStringLiteral("other"));
    QVERIFY(!foreign.damaged);
    QCOMPARE(foreign.totalFailures, 0);
}

// Issue 15 #3: a damaged lockout file is named as damage (exit 3), not as "too many wrong passwords",
// and it is left as it is for the user to delete.
void TestKeyStore::damagedLockoutFileIsDamage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("consentry.lockout"));
    QVERIFY(FileWriter::standard().writeAtomically(path, QByteArray("{ not json")).ok());
    test::MockClock clock(QDateTime::currentDateTimeUtc());
    const LockoutFile state = LockoutFile::load(path, QStringLiteral("store"));
    QVERIFY(state.damaged);
    Result<LockoutFile::Attempt> attempt = LockoutFile::reserveAttempt(
        path, QStringLiteral("store"), QStringLiteral("li"), clock.now(), FileWriter::standard());
    QVERIFY(!attempt.ok());
    QCOMPARE(attempt.errorKind(), ErrorKind::Data);
    QVERIFY2(attempt.errorMessage().contains(QStringLiteral("damaged")), qPrintable(attempt.errorMessage()));
    QVERIFY(!attempt.errorMessage().contains(QStringLiteral("Too many")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{ not json"));
    // Negative or non-numeric counters are damage too, not a silent reset.
    QVERIFY(LockoutFile::parse(R"({"format":"consentry-lockout","store_id":"store","total_failures":-4,)"
                               R"("users":{},"pending":[]})",
                               QStringLiteral("store"))
                .damaged);
}

// Issue 15 #3: editing "ops": 3 to 4 by hand gave "password is wrong" five times, then the lockout.
void TestKeyStore::editedCostIsDamageNotAWrongPassword()
{
    const QByteArray good = sampleFile().toBytes();
    QVERIFY(good.contains("\"ops\": 1"));
    QByteArray edited = good;
    edited.replace("\"ops\": 1", "\"ops\": 2");
    Result<KeyslotFile> parsed = KeyslotFile::parse(edited);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorKind(), ErrorKind::Data);
    QVERIFY2(parsed.errorMessage().contains(QStringLiteral("edited")), qPrintable(parsed.errorMessage()));
}

// Someone who recomputes the checksum still cannot change what the password check depends on.
void TestKeyStore::costAndSaltAreAuthenticated()
{
    const SecureBytes key = SecureBytes::random(Database::kKeyBytes);
    const Keyslot slot = KeyStore::wrap(key, secret("pw"), Keyslot::Type::User, QStringLiteral("li"),
                                        QStringLiteral("store-a"), KdfParams::fast())
                             .value();
    QCOMPARE(slot.version, Keyslot::kCurrentVersion);
    QVERIFY(KeyStore::unwrap(slot, secret("pw"), QStringLiteral("store-a")).ok());
    Keyslot cheaper = slot;
    cheaper.memLimit = slot.memLimit * 2; // any other cost derives another key, and the AD names the cost
    QCOMPARE(KeyStore::unwrap(cheaper, secret("pw"), QStringLiteral("store-a")).errorKind(), ErrorKind::Authentication);
    // The same for a slot in a file whose checksum the tamperer recomputed: parsed fine, does not open.
    KeyslotFile file = sampleFile();
    Result<KeyslotFile> tampered = KeyslotFile::parse(resigned(file.toBytes(), "ops", 2));
    QVERIFY2(tampered.ok(), qPrintable(tampered.errorMessage()));
    QCOMPARE(KeyStore::unwrap(*tampered->userSlot(QStringLiteral("wang")), secret("pw"), file.storeId).errorKind(),
             ErrorKind::Authentication);
    QVERIFY(KeyStore::unwrap(*file.userSlot(QStringLiteral("wang")), secret("pw"), file.storeId).ok());
}

// Issue 15 #3: "mem" of 4 GiB made restore allocate 4 GiB for 15 s. Bounds apply before any allocation,
// also to a file whose checksum was recomputed.
void TestKeyStore::absurdCostIsRefusedBeforeAllocation()
{
    const QByteArray good = sampleFile().toBytes();
    for (const auto &[key, value] : { std::pair<const char *, double> { "mem", 4294967296.0 },
                                      { "mem", 1e300 },
                                      { "ops", 1e9 },
                                      { "ops", 0 },
                                      { "mem", -1 } }) {
        Result<KeyslotFile> parsed = KeyslotFile::parse(resigned(good, key, value));
        QVERIFY2(!parsed.ok(), key);
        QCOMPARE(parsed.errorKind(), ErrorKind::Data);
    }
    Keyslot slot = sampleFile().slotList.constFirst();
    slot.memLimit = 4ull * 1024 * 1024 * 1024;
    QVERIFY(!KeyStore::plausible(slot));
    QCOMPARE(KeyStore::unwrap(slot, secret("pw"), QStringLiteral("x")).errorKind(), ErrorKind::Data);
}

// Stores made before the keyslot format 2 keep opening (their slots are re-wrapped at the next login).
void TestKeyStore::versionOneFilesStillOpen()
{
    const SecureBytes key = SecureBytes::random(Database::kKeyBytes);
    const QString store = QStringLiteral("0123456789abcdef0123456789abcdef");
    QJsonArray slotArray;
    for (const auto &[type, name, pw] : { std::tuple { Keyslot::Type::User, "wang", "pw" },
                                          std::tuple { Keyslot::Type::Recovery, "recovery", "rk" } }) {
        const Keyslot s
            = KeyStore::wrap(key, secret(pw), type, QLatin1String(name), store, KdfParams::fast(), 1).value();
        slotArray.append(QJsonObject { { QStringLiteral("type"), Keyslot::typeName(type) },
                                       { QStringLiteral("name"), QLatin1String(name) },
                                       { QStringLiteral("kdf"), QStringLiteral("argon2id13") },
                                       { QStringLiteral("ops"), static_cast<double>(s.opsLimit) },
                                       { QStringLiteral("mem"), static_cast<double>(s.memLimit) },
                                       { QStringLiteral("salt"), QString::fromLatin1(s.salt.toBase64()) },
                                       { QStringLiteral("nonce"), QString::fromLatin1(s.nonce.toBase64()) },
                                       { QStringLiteral("wrapped"), QString::fromLatin1(s.wrapped.toBase64()) } });
    }
    const QJsonObject v1 { { QStringLiteral("format"), QStringLiteral("consentry-keyslots") },
                           { QStringLiteral("version"), 1 },
                           { QStringLiteral("store_id"), store },
                           { QStringLiteral("database_salt"), QString::fromLatin1(QByteArray(16, 'S').toHex()) },
                           { QStringLiteral("default_user"), QStringLiteral("wang") },
                           { QStringLiteral("slots"), slotArray } };
    Result<KeyslotFile> parsed = KeyslotFile::parse(QJsonDocument(v1).toJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    const Keyslot *slot = parsed->userSlot(QStringLiteral("wang"));
    QCOMPARE(slot->version, 1);
    Result<SecureBytes> back = KeyStore::unwrap(*slot, secret("pw"), store);
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QVERIFY(back->equals(key));
    // Written back, the file is format 2 with a checksum, and the old slot still opens.
    Result<KeyslotFile> again = KeyslotFile::parse(parsed->toBytes());
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QVERIFY(parsed->toBytes().contains("\"checksum\": \"blake2b-256:"));
    QVERIFY(KeyStore::unwrap(*again->userSlot(QStringLiteral("wang")), secret("pw"), store).ok());
}

// Issue 15 #1: the attempt is counted (and saved) before the password is checked, so parallel guesses
// each count; the sixth waits.
void TestKeyStore::lockoutCountsBeforeTheCheck()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("consentry.lockout"));
    test::MockClock clock(QDateTime::currentDateTimeUtc());
    for (int i = 1; i <= LockoutFile::kFreeAttempts; ++i) {
        Result<LockoutFile::Attempt> attempt = LockoutFile::reserveAttempt(
            path, QStringLiteral("store"), QStringLiteral("li"), clock.now(), FileWriter::standard());
        QVERIFY2(attempt.ok(), qPrintable(attempt.errorMessage()));
        QCOMPARE(attempt->sequence, i);
        QCOMPARE(LockoutFile::load(path, QStringLiteral("store")).entries.value(QStringLiteral("li")).failures, i);
    }
    Result<LockoutFile::Attempt> sixth = LockoutFile::reserveAttempt(
        path, QStringLiteral("store"), QStringLiteral("li"), clock.now(), FileWriter::standard());
    QVERIFY(!sixth.ok());
    QCOMPARE(sixth.errorKind(), ErrorKind::Authentication);
    QVERIFY(sixth.errorMessage().contains(QStringLiteral("Too many")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock"))); // the lock is held only while counting
}

void TestKeyStore::forgivenAttemptLeavesTheFileAsItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("consentry.lockout"));
    test::MockClock clock(QDateTime::currentDateTimeUtc());
    LockoutFile before;
    before.storeId = QStringLiteral("store");
    before.recordFailure(QStringLiteral("li"), clock.now().addSecs(-100));
    QVERIFY(before.save(path, FileWriter::standard()).ok());
    const QByteArray original = before.toBytes();
    Result<LockoutFile::Attempt> attempt = LockoutFile::reserveAttempt(
        path, QStringLiteral("store"), QStringLiteral("li"), clock.now(), FileWriter::standard());
    QVERIFY(attempt.ok());
    LockoutFile state = LockoutFile::load(path, QStringLiteral("store"));
    QCOMPARE(state.entries.value(QStringLiteral("li")).failures, 2);
    state.forgive(attempt.value());
    QCOMPARE(state.toBytes(), original);
    // Where there was no file, a forgiven attempt leaves none.
    const QString fresh = dir.filePath(QStringLiteral("fresh.lockout"));
    Result<LockoutFile::Attempt> first = LockoutFile::reserveAttempt(
        fresh, QStringLiteral("store"), QStringLiteral("li"), clock.now(), FileWriter::standard());
    QVERIFY(first.ok());
    LockoutFile freshState = LockoutFile::load(fresh, QStringLiteral("store"));
    freshState.forgive(first.value());
    QVERIFY(freshState.saveAfter(first.value(), fresh, FileWriter::standard()).ok());
    QVERIFY(!QFileInfo::exists(fresh));
}

// SECURITY.md: key material must not end up in a core dump or in swap.
void TestKeyStore::noCoreDumpsAndKeyPagesLocked()
{
#ifndef Q_OS_LINUX
    QSKIP("checked through /proc and prctl on Linux");
#else
    const ProcessHardening::Report report = ProcessHardening::apply();
    QVERIFY2(report.coreDumpsDisabled, qPrintable(report.detail));
    struct rlimit core {
    };
    QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
    QCOMPARE(core.rlim_cur, rlim_t(0));
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    const qint64 limit = ProcessHardening::lockedMemoryLimit();
    if (limit >= 0 && limit < 64 * 1024)
        QSKIP("RLIMIT_MEMLOCK is too small here to lock a key page");
#ifdef CONSENTRY_ASAN
    QSKIP("AddressSanitizer replaces mlock() with a no-op, so no page can be locked in this build; the ci "
          "preset checks it");
#endif
    const SecureBytes key = SecureBytes::random(Database::kKeyBytes);
    QVERIFY2(ProcessHardening::isLockedAndUndumpable(key.data()),
             "the key's page is not locked and excluded from dumps");
    // An ordinary heap buffer is neither: the check can fail.
    const QByteArray plain(64, 'x');
    QVERIFY(!ProcessHardening::isLockedAndUndumpable(plain.constData()));
#endif
}

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
