// Issue 15's defects, reproduced from outside as a user or an attacker would, through consentry-cli:
// each test failed before its fix (run it with CONSENTRY_CLI pointing at an older build to see that).

#include "CliRunner.h"
#include "FolderSnapshot.h"
#include "JsonFiles.h"
#include "Profiles.h"
#include "TestPaths.h"
#include "storage/StorePaths.h"
#include "vision/ImageLoader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <sys/stat.h>
#include <sys/types.h>
#endif

using namespace consentry;
using namespace consentry::test;

class TestHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void parallelGuessesAreAllCounted(); // #1
    void auditorGetsNoSignage(); // #2
    void refusedRestoreLeavesNoFolders(); // #2
    void editedKeyslotIsDataErrorNotWrongPassword(); // #3
    void absurdCostInBackupIsRefused(); // #3
    void damagedLockoutFileIsDamage(); // #3
    void pipesAndDevicesAreRefused(); // #4
    void killedInitCanBeRetried(); // #5
    void killedRestoreCanBeRetried(); // #5
    void unknownUserAndWrongPasswordReadTheSame(); // #8
    void missingKeysOrDatabaseBothExit3(); // #8
    void noticeUrlMustBeHttpsWithHost(); // #8
    void usersFromTheCommandLine(); // #9
    void libraryChatterStaysOffStderr(); // #6
    void bmpHeadersAreChecked(); // #7
    void nonUtf8FileNamesAreRead(); // #7

private:
    QString data() const { return m_dir->filePath(QStringLiteral("data")); }
    CliResult cli(const QStringList &args, const QByteArray &input = "manager-pass\n", int timeoutMs = 120000) const;
    bool makeStore();
    bool addUser(const QString &name, const QString &role, const QByteArray &password);
    QString writeProfile(const QJsonObject &profile) const;
    QString makeBackup();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHardening::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CliResult TestHardening::cli(const QStringList &args, const QByteArray &input, int timeoutMs) const
{
    QStringList full { QStringLiteral("--data-dir"), data() };
    if (!input.isEmpty())
        full << QStringLiteral("--password-stdin");
    return CliRunner().run(full + args, input, timeoutMs);
}

bool TestHardening::makeStore()
{
    const CliResult r = cli({ QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("wang"),
                              QStringLiteral("--site-name"), QStringLiteral("Sunrise") });
    if (r.exitCode != 0)
        qWarning("init: %s", qPrintable(r.err));
    if (r.exitCode != 0)
        return false;
    // A complete profile, so that a notice is in force and people can be enrolled.
    const CliResult site = cli({ QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--file"),
                                 writeProfileFile(m_dir->filePath(QStringLiteral("complete-site.json"))) });
    if (site.exitCode != 0)
        qWarning("profile set: %s", qPrintable(site.err));
    return site.exitCode == 0;
}

bool TestHardening::addUser(const QString &name, const QString &role, const QByteArray &password)
{
    const CliResult r = cli({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"), name,
                              QStringLiteral("--role"), role },
                            "manager-pass\n" + password + "\n");
    if (r.exitCode != 0)
        qWarning("users add: %s", qPrintable(r.err));
    return r.exitCode == 0;
}

QString TestHardening::writeProfile(const QJsonObject &profile) const
{
    return test::writeJsonFile(m_dir->filePath(QStringLiteral("profile.json")), profile);
}

QString TestHardening::makeBackup()
{
    const QString out = m_dir->filePath(QStringLiteral("store.consentry-backup"));
    const CliResult r = cli({ QStringLiteral("backup"), QStringLiteral("--out"), out });
    if (r.exitCode != 0)
        qWarning("backup: %s", qPrintable(r.err));
    return out;
}

static QJsonObject lockoutJson(const QString &dataDir)
{
    QFile file(StorePaths::lockout(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// #1: 20 parallel wrong passwords recorded "failures": 1 and all were checked.
void TestHardening::parallelGuessesAreAllCounted()
{
    // At production Argon2id cost (the race needs a check that takes time, as it does for real).
    CliRunner production;
    production.unsetEnv(QStringLiteral("CONSENTRY_FAST_KDF"));
    QCOMPARE(production
                 .run({ QStringLiteral("--data-dir"), data(), QStringLiteral("--password-stdin"),
                        QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("wang") },
                      "manager-pass\n")
                 .exitCode,
             0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CONSENTRY_FAST_KDF"));
    constexpr int kGuesses = 8;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < kGuesses; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        p->start(cliPath(),
                 { QStringLiteral("--data-dir"), data(), QStringLiteral("--password-stdin"), QStringLiteral("--lang"),
                   QStringLiteral("en"), QStringLiteral("status") });
        QVERIFY(p->waitForStarted());
        processes.push_back(std::move(p));
    }
    // All of them wait for their password on standard input; give it to all at once, so that they really
    // run side by side (as 20 guesses started from a shell loop do).
    QTest::qWait(3000);
    // (QProcess writes only from an event loop or waitFor*: flush each pipe now, not at waitForFinished.)
    for (int i = 0; i < kGuesses; ++i) {
        processes[static_cast<size_t>(i)]->write("wrong-" + QByteArray::number(i) + "-password\n");
        processes[static_cast<size_t>(i)]->waitForBytesWritten(5000);
        processes[static_cast<size_t>(i)]->closeWriteChannel();
    }
    int checked = 0, waited = 0;
    for (auto &p : processes) {
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitCode(), 2);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        if (err.contains(QStringLiteral("Too many")))
            ++waited;
        else
            ++checked;
    }
    QCOMPARE(checked, 5);
    QCOMPARE(waited, kGuesses - 5);
    const QJsonObject lockout = lockoutJson(data());
    QCOMPARE(lockout.value(QStringLiteral("users"))
                 .toObject()
                 .value(QStringLiteral("wang"))
                 .toObject()
                 .value(QStringLiteral("failures"))
                 .toInt(),
             5);
}

// #2: signage rendered and wrote the PDF before the permission check.
void TestHardening::auditorGetsNoSignage()
{
    QVERIFY(makeStore());
    QVERIFY(addUser(QStringLiteral("zhou"), QStringLiteral("auditor"), "auditor-pass"));
    const QString pdf = m_dir->filePath(QStringLiteral("out/sign.pdf"));
    QVERIFY(QDir().mkpath(QFileInfo(pdf).path()));
    const FolderSnapshot before(QFileInfo(pdf).path());
    const CliResult r = cli({ QStringLiteral("--user"), QStringLiteral("zhou"), QStringLiteral("signage"),
                              QStringLiteral("--layout"), QStringLiteral("poster-a4"), QStringLiteral("--lang"),
                              QStringLiteral("zh_CN"), QStringLiteral("--out"), pdf },
                            "auditor-pass\n");
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(!QFileInfo::exists(pdf));
    QCOMPARE(FolderSnapshot(QFileInfo(pdf).path()).differences(before), QString());
}

// #2: a refused or failed restore left the empty target folders it made.
void TestHardening::refusedRestoreLeavesNoFolders()
{
    QVERIFY(makeStore());
    QVERIFY(addUser(QStringLiteral("li"), QStringLiteral("staff"), "staff-pass-1"));
    const QString backup = makeBackup();
    const QString target = m_dir->filePath(QStringLiteral("new/nested/restored"));
    const CliResult r = CliRunner().run({ QStringLiteral("--data-dir"), target, QStringLiteral("--password-stdin"),
                                          QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("restore"),
                                          QStringLiteral("--in"), backup },
                                        "staff-pass-1\n");
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(!QFileInfo::exists(m_dir->filePath(QStringLiteral("new"))), "an empty folder was left behind");
}

// #3: editing "ops" in consentry.keys gave "password is wrong" five times, then the lockout.
void TestHardening::editedKeyslotIsDataErrorNotWrongPassword()
{
    QVERIFY(makeStore());
    QFile keys(StorePaths::keyslots(data()));
    QVERIFY(keys.open(QIODevice::ReadOnly));
    QByteArray bytes = keys.readAll();
    keys.close();
    const QRegularExpression ops(QStringLiteral("\"ops\": (\\d+)"));
    const QRegularExpressionMatch m = ops.match(QString::fromUtf8(bytes));
    QVERIFY(m.hasMatch());
    bytes.replace(m.captured(0).toUtf8(), "\"ops\": " + QByteArray::number(m.captured(1).toInt() + 1));
    QFile::remove(keys.fileName());
    QVERIFY(keys.open(QIODevice::WriteOnly));
    keys.write(bytes);
    keys.close();
    const FolderSnapshot before(data());
    for (int i = 0; i < 7; ++i) {
        const CliResult r = cli({ QStringLiteral("status") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(!r.err.contains(QStringLiteral("Too many")), qPrintable(r.err));
    }
    QCOMPARE(FolderSnapshot(data()).differences(before), QString());
}

// #3: "mem" of 4 GiB in a backup's keyslot section made restore allocate 4 GiB for 15 s.
void TestHardening::absurdCostInBackupIsRefused()
{
    QVERIFY(makeStore());
    const QString backup = makeBackup();
    QFile file(backup);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    // Rebuild the backup with the keyslot section's "mem" set to 4 GiB, lengths and outer checksum
    // recomputed as a tamperer would: magic(16) | u32 | id(32) | u32 n | keyslots | rest | sha256(32).
    const int header = 16 + 4 + 32;
    const quint32 n = qFromBigEndian<quint32>(bytes.constData() + header);
    QByteArray keyslots = bytes.mid(header + 4, n);
    const QRegularExpression mem(QStringLiteral("\"mem\": (\\d+)"));
    QVERIFY(mem.match(QString::fromUtf8(keyslots)).hasMatch());
    keyslots = QString::fromUtf8(keyslots).replace(mem, QStringLiteral("\"mem\": 4294967296")).toUtf8();
    QByteArray rebuilt = bytes.left(header);
    char length[4];
    qToBigEndian<quint32>(static_cast<quint32>(keyslots.size()), length);
    rebuilt += QByteArray(length, 4) + keyslots + bytes.mid(header + 4 + n);
    rebuilt.chop(32);
    rebuilt += QCryptographicHash::hash(rebuilt, QCryptographicHash::Sha256);
    bytes = rebuilt;
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    const CliResult r = CliRunner().run({ QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("r")),
                                          QStringLiteral("--password-stdin"), QStringLiteral("restore"),
                                          QStringLiteral("--in"), backup },
                                        "manager-pass\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("r"))));
}

// #3: a damaged lockout file read as "too many wrong passwords".
void TestHardening::damagedLockoutFileIsDamage()
{
    QVERIFY(makeStore());
    QFile lockout(StorePaths::lockout(data()));
    QVERIFY(lockout.open(QIODevice::WriteOnly | QIODevice::Truncate));
    lockout.write("{\"format\": \"consentry-lockout\", \"users\": ");
    lockout.close();
    const CliResult r = cli({ QStringLiteral("status") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("Too many")));
}

// #4: a FIFO given as --profile or --in blocked forever; a symlink to /dev/zero grew to 5 GB.
void TestHardening::pipesAndDevicesAreRefused()
{
#ifndef Q_OS_UNIX
    QSKIP("FIFOs and /dev/zero are POSIX");
#else
    QVERIFY(makeStore());
    const QString fifo = m_dir->filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString zero = m_dir->filePath(QStringLiteral("zero"));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
    const QString pdf = m_dir->filePath(QStringLiteral("sign.pdf"));
    for (const QString &bad : { fifo, zero }) {
        CliResult r = cli({ QStringLiteral("signage"), QStringLiteral("--layout"), QStringLiteral("poster-a4"),
                            QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), pdf,
                            QStringLiteral("--profile"), bad },
                          QByteArray(), 20000);
        QVERIFY2(!r.crashed, "signage --profile hung or crashed");
        QCOMPARE(r.exitCode, 3);
        r = CliRunner().run({ QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("r")),
                              QStringLiteral("--password-stdin"), QStringLiteral("restore"), QStringLiteral("--in"),
                              bad },
                            "manager-pass\n", 20000);
        QVERIFY2(!r.crashed, "restore --in hung or crashed");
        QCOMPARE(r.exitCode, 3);
    }
    QVERIFY(!QFileInfo::exists(pdf));
    // The store's own files: a keyslot or lockout file replaced by a device is damage, not a hang.
    const QString keys = StorePaths::keyslots(data());
    QVERIFY(QFile::rename(keys, keys + QStringLiteral(".saved")));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), keys));
    CliResult r = cli({ QStringLiteral("status") }, "manager-pass\n", 20000);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(QFile::remove(keys));
    QVERIFY(QFile::rename(keys + QStringLiteral(".saved"), keys));
    QFile::remove(StorePaths::lockout(data()));
    QCOMPARE(::mkfifo(QFile::encodeName(StorePaths::lockout(data())).constData(), 0600), 0);
    r = cli({ QStringLiteral("status") }, "manager-pass\n", 20000);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 3);
#endif
}

// Starts `args` and SIGKILLs it after `ms` milliseconds (or lets it finish, if it is faster).
static void killAfter(const QStringList &args, const QByteArray &input, int ms)
{
    QProcess p;
    p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    p.start(cliPath(), args);
    if (!p.waitForStarted())
        return;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(ms)) {
        p.kill();
        p.waitForFinished();
    }
}

// #5: a kill during init (84 of 104 kill points) left a folder that blocked a retry.
void TestHardening::killedInitCanBeRetried()
{
    const QStringList init { QStringLiteral("--data-dir"),       data(),
                             QStringLiteral("--password-stdin"), QStringLiteral("init"),
                             QStringLiteral("--manager"),        QStringLiteral("wang") };
    QElapsedTimer timer;
    timer.start();
    QVERIFY(CliRunner().run(init, "manager-pass\n").exitCode == 0);
    const int full = std::max<int>(20, static_cast<int>(timer.elapsed()));
    for (int step = 1; step <= 10; ++step) {
        QVERIFY(QDir(data()).removeRecursively());
        killAfter(init, "manager-pass\n", full * step / 10);
        const CliResult retry = CliRunner().run(init, "manager-pass\n");
        const CliResult status = cli({ QStringLiteral("status"), QStringLiteral("--json") });
        // Either the killed init had finished (retry refused: a store is there) or the retry made one.
        QVERIFY2(retry.exitCode == 0 || (retry.exitCode == 5 && status.exitCode == 0),
                 qPrintable(QStringLiteral("kill at %1 ms: retry %2 (%3), status %4 (%5)")
                                .arg(full * step / 10)
                                .arg(retry.exitCode)
                                .arg(retry.err.trimmed())
                                .arg(status.exitCode)
                                .arg(status.err.trimmed())));
        QCOMPARE(status.exitCode, 0);
    }
}

// #5: a kill during restore (17 of 56 kill points) left a folder that blocked a retry.
void TestHardening::killedRestoreCanBeRetried()
{
    QVERIFY(makeStore());
    const QString backup = makeBackup();
    const QString target = m_dir->filePath(QStringLiteral("restored"));
    const QStringList restore {
        QStringLiteral("--data-dir"), target, QStringLiteral("--password-stdin"), QStringLiteral("restore"),
        QStringLiteral("--in"),       backup
    };
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(CliRunner().run(restore, "manager-pass\n").exitCode, 0);
    const int full = std::max<int>(20, static_cast<int>(timer.elapsed()));
    for (int step = 1; step <= 10; ++step) {
        QVERIFY(QDir(target).removeRecursively());
        killAfter(restore, "manager-pass\n", full * step / 10);
        const CliResult retry = CliRunner().run(restore, "manager-pass\n");
        const CliResult status = CliRunner().run(
            { QStringLiteral("--data-dir"), target, QStringLiteral("--password-stdin"), QStringLiteral("status") },
            "manager-pass\n");
        QVERIFY2(retry.exitCode == 0 || (retry.exitCode == 5 && status.exitCode == 0),
                 qPrintable(QStringLiteral("kill at %1 ms: retry %2 (%3)")
                                .arg(full * step / 10)
                                .arg(retry.exitCode)
                                .arg(retry.err.trimmed())));
        QCOMPARE(status.exitCode, 0);
    }
}

// #8: "There is no user X" against "The password for X is wrong" told an attacker which names exist.
void TestHardening::unknownUserAndWrongPasswordReadTheSame()
{
    QVERIFY(makeStore());
    const CliResult unknown = cli({ QStringLiteral("--user"), QStringLiteral("nobody"), QStringLiteral("status") });
    const CliResult wrong
        = cli({ QStringLiteral("--user"), QStringLiteral("wang"), QStringLiteral("status") }, "not-the-password\n");
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(wrong.exitCode, 2);
    QCOMPARE(unknown.err, wrong.err);
}

// #8: a missing keys file exited 4 but a missing database 3.
void TestHardening::missingKeysOrDatabaseBothExit3()
{
    QVERIFY(makeStore());
    QVERIFY(QFile::rename(StorePaths::keyslots(data()), m_dir->filePath(QStringLiteral("keys"))));
    QCOMPARE(cli({ QStringLiteral("status") }).exitCode, 3);
    QVERIFY(QFile::rename(m_dir->filePath(QStringLiteral("keys")), StorePaths::keyslots(data())));
    QVERIFY(QFile::remove(StorePaths::database(data())));
    QCOMPARE(cli({ QStringLiteral("status") }).exitCode, 3);
}

// #8: notice_url "https://" with no host, and http:// addresses, were accepted onto the sign's QR code.
void TestHardening::noticeUrlMustBeHttpsWithHost()
{
    QJsonObject profile { { QStringLiteral("site_name"), QStringLiteral("Sunrise") },
                          { QStringLiteral("operator_name"), QStringLiteral("Sunrise Ltd") },
                          { QStringLiteral("contact_phone"), QStringLiteral("010-1234") },
                          { QStringLiteral("purpose"), QStringLiteral("Door access") },
                          { QStringLiteral("retention_days"), 90 },
                          { QStringLiteral("alternatives"), QJsonArray { QStringLiteral("Card") } } };
    const QString pdf = m_dir->filePath(QStringLiteral("sign.pdf"));
    for (const QString &url : { QStringLiteral("https://"), QStringLiteral("http://example.cn/notice"),
                                QStringLiteral("https://user:pw@example.cn/"), QStringLiteral("https://localhost") }) {
        profile.insert(QStringLiteral("notice_url"), url);
        const CliResult r
            = CliRunner().run({ QStringLiteral("signage"), QStringLiteral("--layout"), QStringLiteral("label-a6"),
                                QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), pdf,
                                QStringLiteral("--profile"), writeProfile(profile) });
        QVERIFY2(r.exitCode == 3, qPrintable(url + QStringLiteral(": ") + r.err));
        QVERIFY(r.err.contains(QStringLiteral("notice_url")));
        QVERIFY(!QFileInfo::exists(pdf));
    }
}

// #9: the CLI could not manage users, so roles could not be exercised from scripts.
void TestHardening::usersFromTheCommandLine()
{
    QVERIFY(makeStore());
    QVERIFY(addUser(QStringLiteral("li"), QStringLiteral("staff"), "staff-pass-1"));
    QVERIFY(addUser(QStringLiteral("zhou"), QStringLiteral("auditor"), "auditor-pass"));
    CliResult list = cli({ QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(list.exitCode, 0);
    QStringList seen;
    for (const QJsonValue &u : list.json().value(QStringLiteral("users")).toArray())
        seen << u.toObject().value(QStringLiteral("name")).toString() + QLatin1Char(':')
                + u.toObject().value(QStringLiteral("role")).toString();
    seen.sort();
    QCOMPARE(
        seen,
        (QStringList { QStringLiteral("li:staff"), QStringLiteral("wang:manager"), QStringLiteral("zhou:auditor") }));
    // The new account logs in; it may not manage accounts, and asking writes nothing.
    QCOMPARE(
        cli({ QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("status") }, "staff-pass-1\n").exitCode,
        0);
    const FolderSnapshot before(data(),
                                { QStringLiteral("consentry.db"), QStringLiteral("consentry.db-wal"),
                                  QStringLiteral("consentry.db-shm"), QStringLiteral("consentry.lockout") });
    CliResult refused
        = cli({ QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("users"), QStringLiteral("add"),
                QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("manager") },
              "staff-pass-1\nsome-password\n");
    QCOMPARE(refused.exitCode, 5);
    QCOMPARE(cli({ QStringLiteral("--user"), QStringLiteral("zhou"), QStringLiteral("users"), QStringLiteral("list") },
                 "auditor-pass\n")
                 .exitCode,
             5);
    QCOMPARE(FolderSnapshot(data(),
                            { QStringLiteral("consentry.db"), QStringLiteral("consentry.db-wal"),
                              QStringLiteral("consentry.db-shm"), QStringLiteral("consentry.lockout") })
                 .differences(before),
             QString());
    // Bad input: unknown role, existing name, short password, no action.
    QCOMPARE(cli({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("a"),
                   QStringLiteral("--role"), QStringLiteral("boss") },
                 "manager-pass\nlong-enough-pw\n")
                 .exitCode,
             1);
    QCOMPARE(cli({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("li"),
                   QStringLiteral("--role"), QStringLiteral("staff") },
                 "manager-pass\nlong-enough-pw\n")
                 .exitCode,
             1);
    QCOMPARE(cli({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("b"),
                   QStringLiteral("--role"), QStringLiteral("staff") },
                 "manager-pass\nshort\n")
                 .exitCode,
             5);
    QCOMPARE(cli({ QStringLiteral("users") }).exitCode, 1);
    // A manager sets li's password; the old one stops working.
    QCOMPARE(cli({ QStringLiteral("users"), QStringLiteral("passwd"), QStringLiteral("--name"), QStringLiteral("li") },
                 "manager-pass\nnew-staff-pass\n")
                 .exitCode,
             0);
    QCOMPARE(
        cli({ QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("status") }, "staff-pass-1\n").exitCode,
        2);
    QCOMPARE(
        cli({ QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("status") }, "new-staff-pass\n").exitCode,
        0);
    // li changes her own password (the login password is the current one).
    QCOMPARE(cli({ QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("users"), QStringLiteral("passwd") },
                 "new-staff-pass\nli-own-password\n")
                 .exitCode,
             0);
    QCOMPARE(
        cli({ QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("status") }, "li-own-password\n").exitCode,
        0);
    // Removed: li can no longer log in; the manager cannot remove himself.
    QCOMPARE(cli({ QStringLiteral("users"), QStringLiteral("remove"), QStringLiteral("--name"), QStringLiteral("li") })
                 .exitCode,
             0);
    QCOMPARE(
        cli({ QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("status") }, "li-own-password\n").exitCode,
        2);
    QCOMPARE(
        cli({ QStringLiteral("users"), QStringLiteral("remove"), QStringLiteral("--name"), QStringLiteral("wang") })
            .exitCode,
        5);
    // Every change is in the audit log, and the chain verifies.
    const CliResult verify = cli({ QStringLiteral("audit-verify"), QStringLiteral("--json") });
    QCOMPARE(verify.exitCode, 0);
}

// #6: libpng/libjpeg/OpenCV text reached stderr before the sentence; a 32×32 image put
// "OpenCV(4.6.0) …net_impl.cpp:1195: error" into it; enroll's failure was a multi-line list.
void TestHardening::libraryChatterStaysOffStderr()
{
    if (modelDir().isEmpty())
        QSKIP(qPrintable(missingModelsReason()));
    QVERIFY(makeStore());
    const QString consent = m_dir->filePath(QStringLiteral("consent.json"));
    test::writeJsonFile(consent, test::paperConsentRecord());
    // A tiny picture, and a PNG whose checksum libpng complains about.
    const QString tiny = m_dir->filePath(QStringLiteral("tiny.png"));
    QImage small(32, 32, QImage::Format_RGB888);
    small.fill(Qt::gray);
    QVERIFY(small.save(tiny));
    const QString noisy = m_dir->filePath(QStringLiteral("noisy.png"));
    {
        QImage big(200, 200, QImage::Format_RGB888);
        big.fill(Qt::darkGray);
        QVERIFY(big.save(noisy));
        QFile file(noisy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[bytes.indexOf("IDAT") + 12] = static_cast<char>(bytes.at(bytes.indexOf("IDAT") + 12) ^ 0x55);
        file.seek(0);
        file.write(bytes);
    }
    const CliResult r = cli({ QStringLiteral("--model-dir"), modelDir(), QStringLiteral("enroll"),
                              QStringLiteral("--json"), QStringLiteral("--name"), QStringLiteral("Li Lei"),
                              QStringLiteral("--consent"), consent, QStringLiteral("--images"), tiny, noisy });
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(!r.err.contains(QStringLiteral("OpenCV")) && !r.err.contains(QStringLiteral("libpng"))
                 && !r.err.contains(QStringLiteral(".cpp")),
             qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("rejected")).toArray().size(), 2);
}

// #7: an RLE-compressed BMP (ImageMagick's default for grey pictures) was called damaged; a BMP whose
// header claims 8000×5000 with 250×250 of data was accepted.
void TestHardening::bmpHeadersAreChecked()
{
    QFile rle(QStringLiteral(CONSENTRY_FUZZ_CORPUS "/image/g-rle.bmp"));
    QVERIFY(rle.open(QIODevice::ReadOnly));
    const QByteArray rleBytes = rle.readAll();
    QCOMPARE(qFromLittleEndian<quint32>(rleBytes.constData() + 30), quint32(1)); // BI_RLE8
    ImageLimits limits;
    Result<cv::Mat> decoded = ImageLoader::decode(rleBytes, QStringLiteral("g-rle.bmp"), limits);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
    QCOMPARE(decoded->cols, 40);
    QCOMPARE(decoded->rows, 40);
    // The same picture uncompressed, with the header claiming a far larger image.
    QFile plain(QStringLiteral(CONSENTRY_FUZZ_CORPUS "/image/g.bmp"));
    QVERIFY(plain.open(QIODevice::ReadOnly));
    QByteArray liar = plain.readAll();
    QVERIFY(ImageLoader::decode(liar, QStringLiteral("g.bmp"), limits).ok());
    qToLittleEndian<qint32>(4000, liar.data() + 18);
    qToLittleEndian<qint32>(2500, liar.data() + 22);
    const Result<cv::Mat> refused = ImageLoader::decode(liar, QStringLiteral("liar.bmp"), limits);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorKind(), ErrorKind::Data);
    QVERIFY(refused.errorMessage().contains(QStringLiteral("truncated")));
}

// #7: a photo whose file name is not valid UTF-8 (a Latin-1 "café.png" copied from an old camera) was
// reported as missing.
void TestHardening::nonUtf8FileNamesAreRead()
{
#ifndef Q_OS_UNIX
    QSKIP("file names are UTF-16 on Windows");
#else
    if (modelDir().isEmpty())
        QSKIP(qPrintable(missingModelsReason()));
    if (testdataDir().isEmpty())
        QSKIP(qPrintable(missingTestdataReason()));
    QVERIFY(makeStore());
    const QString consent = m_dir->filePath(QStringLiteral("consent.json"));
    test::writeJsonFile(consent, test::paperConsentRecord());
    // Three ORL photos, enlarged, under names with a Latin-1 byte (0xE9) that UTF-8 cannot decode.
    QStringList shellArgs;
    for (int i = 1; i <= 3; ++i) {
        QImage face(QStringLiteral("%1/faces/orl/s1/%2.pgm").arg(testdataDir()).arg(i));
        QVERIFY(!face.isNull());
        const QByteArray native = QFile::encodeName(m_dir->path()) + "/caf\xe9-" + QByteArray::number(i) + ".png";
        const QString plain = m_dir->filePath(QStringLiteral("plain-%1.png").arg(i));
        QVERIFY(face.scaled(face.size() * 2.5, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).save(plain));
        QVERIFY(::rename(QFile::encodeName(plain).constData(), native.constData()) == 0);
        shellArgs << QStringLiteral("\"$(printf '%1/caf\\351-%2.png')\"").arg(m_dir->path()).arg(i);
    }
    QProcess p;
    p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    p.start(QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"),
              QStringLiteral("exec \"$0\" --data-dir \"$1\" --password-stdin --model-dir \"$2\" --lang en enroll "
                             "--name 'Li Lei' --consent \"$3\" --images %1")
                  .arg(shellArgs.join(QLatin1Char(' '))),
              cliPath(), data(), modelDir(), consent });
    QVERIFY(p.waitForStarted());
    p.write("manager-pass\n");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == 0, qPrintable(err));
    QVERIFY(!err.contains(QStringLiteral("does not exist")));
#endif
}

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
