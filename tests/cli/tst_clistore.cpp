// consentry-cli init, status, backup, restore and audit-verify, run as a script would run them: the
// contract of ../shared/CLI.md (options, exit codes, JSON keys), and bad input that changes nothing.

#include "CliRunner.h"
#include "FolderSnapshot.h"
#include "StoreProbe.h"
#include "TestPaths.h"
#include "VaultFixture.h"
#include "services/ResidentService.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/StorePaths.h"
#include "vault/Unlocker.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace consentry;
using namespace consentry::test;

class TestCliStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void initPrintsRecoveryKeyOnce();
    void initRefusals_data();
    void initRefusals();
    void statusKeys();
    void passwordSources();
    void authFailuresExit2_data();
    void authFailuresExit2();
    void damagedStoreExit3_data();
    void damagedStoreExit3();
    void noStoreExit4();
    void readOnlyFolderExit6();
    void backupAndRestore();
    void backupRefusals();
    void restoreRefusals_data();
    void restoreRefusals();
    void auditVerifyNamesFirstBrokenLink();

private:
    CliResult cli(const QStringList &args, const QByteArray &stdinText = "manager-pass\n") const;
    QString data() const { return m_dir->filePath(QStringLiteral("data")); }
    bool makeStore();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CliResult TestCliStore::cli(const QStringList &args, const QByteArray &stdinText) const
{
    QStringList full { QStringLiteral("--data-dir"), data() };
    if (!stdinText.isEmpty())
        full << QStringLiteral("--password-stdin");
    return CliRunner().run(full + args, stdinText);
}

bool TestCliStore::makeStore()
{
    const CliResult r = cli(
        { QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("wang"), QStringLiteral("--json") });
    if (r.exitCode != 0)
        qWarning("init failed: %s", qPrintable(r.err));
    return r.exitCode == 0;
}

void TestCliStore::initPrintsRecoveryKeyOnce()
{
    const CliResult r = cli({ QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("wang"),
                              QStringLiteral("--site-name"), QStringLiteral("Sunrise"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = r.json();
    const QString key = json.value(QStringLiteral("recovery_key")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$")).match(key).hasMatch(),
             qPrintable(key));
    QCOMPARE(json.value(QStringLiteral("data_dir")).toString(), QDir::toNativeSeparators(data()));
    QVERIFY(QFileInfo::exists(StorePaths::keyslots(data())));
    // The key is nowhere on disk, and the recovery key unlocks the store.
    const FolderSnapshot files(data());
    for (const QByteArray &bytes : files.files())
        QVERIFY(!bytes.contains(key.toLatin1()));
    QVERIFY(Unlocker::openWithRecoveryKey(data(), key).ok());
    // Text mode prints it too, with a warning that it is shown once.
    QTemporaryDir other;
    const CliResult text = CliRunner().run({ QStringLiteral("--data-dir"), other.filePath(QStringLiteral("d")),
                                             QStringLiteral("--password-stdin"), QStringLiteral("init"),
                                             QStringLiteral("--manager"), QStringLiteral("li") },
                                           "staff-pass-1\n");
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QStringLiteral("shown only this once")));
}

void TestCliStore::initRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("existing");
    QTest::addColumn<int>("exitCode");
    const QStringList init { QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("wang") };
    QTest::newRow("no --manager") << QStringList { QStringLiteral("init") } << QByteArray("manager-pass\n") << false
                                  << 1;
    QTest::newRow("empty password") << init << QByteArray("\n") << false << 1;
    QTest::newRow("short password") << init << QByteArray("short\n") << false << 5;
    QTest::newRow("store already there") << init << QByteArray("manager-pass\n") << true << 5;
}

void TestCliStore::initRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(bool, existing);
    QFETCH(int, exitCode);
    if (existing)
        QVERIFY(makeStore());
    QVERIFY(QDir().mkpath(data()));
    const FolderSnapshot before(m_dir->path());
    const CliResult r = CliRunner().run(
        QStringList { QStringLiteral("--data-dir"), data(), QStringLiteral("--password-stdin") } + args, input);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.errLines().size(), 1);
    QCOMPARE(FolderSnapshot(m_dir->path()).differences(before), QString());
}

void TestCliStore::statusKeys()
{
    QVERIFY(makeStore());
    const CliResult r = cli({ QStringLiteral("status"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = r.json();
    for (const char *key : { "schema_version", "residents", "templates", "active_consents", "withdrawn_consents",
                             "engine", "detector_model", "embedder_model", "current_notice_version" })
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), Schema::latestVersion());
    QCOMPARE(json.value(QStringLiteral("residents")).toInt(), 0);
    // The engine that would run: the DNN with the shared models, the classical fallback without them.
    const QString engine = json.value(QStringLiteral("engine")).toString();
    QVERIFY2(engine == QStringLiteral("dnn") || engine == QStringLiteral("classical"), qPrintable(engine));
    QVERIFY(!json.value(QStringLiteral("detector_model")).toString().isEmpty());
    QVERIFY(!json.value(QStringLiteral("embedder_model")).toString().isEmpty());
    // `init` without a complete site profile: no notice is in force yet (issue 10 §1; tst_clinotice).
    QCOMPARE(json.value(QStringLiteral("current_notice_version")).toString(), QString());
    const CliResult text = cli({ QStringLiteral("status") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Notice version shown to residents: none yet (the site profile is "
                                              "incomplete)")),
             qPrintable(text.out));
}

void TestCliStore::passwordSources()
{
    QVERIFY(makeStore());
    CliRunner env;
    env.setEnv(QStringLiteral("CONSENTRY_PASSWORD"), QStringLiteral("manager-pass"));
    QCOMPARE(env.run({ QStringLiteral("--data-dir"), data(), QStringLiteral("status") }).exitCode, 0);
    // --password-stdin wins over the environment.
    env.setEnv(QStringLiteral("CONSENTRY_PASSWORD"), QStringLiteral("wrong-pass"));
    QCOMPARE(
        env.run({ QStringLiteral("--data-dir"), data(), QStringLiteral("--password-stdin"), QStringLiteral("status") },
                "manager-pass\n")
            .exitCode,
        0);
    // Windows line ending on stdin.
    QCOMPARE(cli({ QStringLiteral("status") }, "manager-pass\r\n").exitCode, 0);
    // Neither, and standard input is not a terminal: exit 2 with a sentence saying how to give it.
    const CliResult none = CliRunner().run({ QStringLiteral("--data-dir"), data(), QStringLiteral("status") });
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(QStringLiteral("--password-stdin")), qPrintable(none.err));
}

void TestCliStore::authFailuresExit2_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<bool>("countsFailure");
    QTest::newRow("wrong password") << QStringList() << QByteArray("wrong-pass\n") << QStringLiteral("wrong") << true;
    QTest::newRow("unknown user") << QStringList { QStringLiteral("--user"), QStringLiteral("nobody") }
                                  << QByteArray("x-password\n") << QStringLiteral("user name or the password is wrong")
                                  << true; // issue 15 #8: reads and counts like a wrong password
    QTest::newRow("empty password") << QStringList() << QByteArray("\n") << QStringLiteral("empty") << false;
}

void TestCliStore::authFailuresExit2()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, input);
    QFETCH(QString, mentions);
    QFETCH(bool, countsFailure);
    QVERIFY(makeStore());
    const QStringList ignore = countsFailure ? QStringList { QStringLiteral("consentry.lockout") } : QStringList();
    const FolderSnapshot before(data(), ignore);
    for (const QString &command : { QStringLiteral("status"), QStringLiteral("audit-verify") }) {
        const CliResult r = cli(extra + QStringList { command }, input);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(FolderSnapshot(data(), ignore).differences(before), QString());
}

void TestCliStore::damagedStoreExit3_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("truncated database") << QStringLiteral("truncate") << QStringLiteral("damaged");
    QTest::newRow("bit-flipped database") << QStringLiteral("flip") << QStringLiteral("damaged");
    QTest::newRow("damaged keyslot file") << QStringLiteral("keys") << QStringLiteral("keyslot file is damaged");
    QTest::newRow("keyslot file of another store") << QStringLiteral("foreign") << QStringLiteral("different stores");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version");
}

void TestCliStore::damagedStoreExit3()
{
    QFETCH(QString, damage);
    QFETCH(QString, mentions);
    QVERIFY(makeStore());
    {
        auto v = Unlocker::open(data(), QString(), password("manager-pass"));
        QVERIFY(v.ok());
        for (int i = 0; i < 30; ++i) {
            Resident r;
            r.declareUnder14(false); // the age question is mandatory
            r.name = QStringLiteral("Resident number %1 with a long name").arg(i);
            QVERIFY(ResidentService(*v.value()).create(r).ok());
        }
        if (damage == QLatin1String("newer"))
            QVERIFY(test::probe(*v.value())
                        .database()
                        .exec(QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'future', 'x')")
                                  .arg(Schema::latestVersion() + 1))
                        .ok());
    }
    const QString db = StorePaths::database(data());
    QByteArray bytes = readFileBytes(db);
    if (damage == QLatin1String("truncate")) {
        QVERIFY(writeFileBytes(db, bytes.left(bytes.size() / 2)));
    } else if (damage == QLatin1String("flip")) {
        bytes[bytes.size() - 900] = static_cast<char>(bytes.at(bytes.size() - 900) ^ 0x20);
        QVERIFY(writeFileBytes(db, bytes));
    } else if (damage == QLatin1String("keys")) {
        QVERIFY(writeFileBytes(StorePaths::keyslots(data()), readFileBytes(StorePaths::keyslots(data())).left(100)));
    } else if (damage == QLatin1String("foreign")) {
        QTemporaryDir other;
        const CliResult r = CliRunner().run({ QStringLiteral("--data-dir"), other.path() + QStringLiteral("/d"),
                                              QStringLiteral("--password-stdin"), QStringLiteral("init"),
                                              QStringLiteral("--manager"), QStringLiteral("wang") },
                                            "manager-pass\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(writeFileBytes(StorePaths::keyslots(data()),
                               readFileBytes(StorePaths::keyslots(other.path() + QStringLiteral("/d")))));
    }
    const FolderSnapshot before(data());
    const CliResult r = cli({ QStringLiteral("status") });
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QCOMPARE(FolderSnapshot(data()).differences(before), QString());
}

void TestCliStore::noStoreExit4()
{
    QVERIFY(QDir().mkpath(data()));
    const CliResult r = cli({ QStringLiteral("status") });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("no Consentry store")), qPrintable(r.err));
    QVERIFY(QDir(data()).isEmpty());
}

void TestCliStore::readOnlyFolderExit6()
{
#ifdef Q_OS_UNIX
    QVERIFY(makeStore());
    // As root, permissions do not bind: run the CLI as "nobody" then (setpriv, util-linux).
    const bool root = geteuid() == 0;
    if (root && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("running as root without setpriv: a read-only folder cannot be simulated");
    const QString readOnly = m_dir->filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(readOnly));
    const auto lock = [](const QString &path, bool dir) {
        return QFile::setPermissions(path,
                                     QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther
                                         | (dir ? QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther
                                                : QFileDevice::Permissions()));
    };
    QVERIFY(lock(m_dir->path(), true));
    QVERIFY(lock(readOnly, true));
    QVERIFY(lock(data(), true));
    for (const QString &name : QDir(data()).entryList(QDir::Files))
        QVERIFY(lock(QDir(data()).filePath(name), false));
    const auto run = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CONSENTRY_PASSWORD"), QStringLiteral("manager-pass"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        if (root)
            p.start(QStringLiteral("setpriv"),
                    QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), cliPath() }
                        + args);
        else
            p.start(cliPath(), args);
        p.waitForFinished(60000);
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
    };
    const FolderSnapshot before(m_dir->path());
    const auto init = run({ QStringLiteral("--data-dir"), readOnly + QStringLiteral("/new"), QStringLiteral("init"),
                            QStringLiteral("--manager"), QStringLiteral("wang") });
    QCOMPARE(init.first, 6);
    QVERIFY2(init.second.contains(QStringLiteral("cannot be created"))
                 || init.second.contains(QStringLiteral("read-only")),
             qPrintable(init.second));
    const auto status = run({ QStringLiteral("--data-dir"), data(), QStringLiteral("status") });
    QCOMPARE(status.first, 6);
    QVERIFY2(status.second.contains(QStringLiteral("read-only")) || status.second.contains(QStringLiteral("cannot be")),
             qPrintable(status.second));
    QCOMPARE(FolderSnapshot(m_dir->path()).differences(before), QString());
    for (const QString &path : { m_dir->path(), readOnly, data() })
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
#else
    QSKIP("POSIX permissions");
#endif
}

void TestCliStore::backupAndRestore()
{
    QVERIFY(makeStore());
    const QString file = m_dir->filePath(QStringLiteral("nightly.cbak"));
    const CliResult b = cli({ QStringLiteral("backup"), QStringLiteral("--out"), file, QStringLiteral("--json") });
    QCOMPARE(b.exitCode, 0);
    QCOMPARE(b.json().value(QStringLiteral("file")).toString(), QDir::toNativeSeparators(file));
    QCOMPARE(qint64(b.json().value(QStringLiteral("bytes")).toDouble()), QFileInfo(file).size());
    const QString target = m_dir->filePath(QStringLiteral("restored"));
    const CliResult r
        = CliRunner().run({ QStringLiteral("--data-dir"), target, QStringLiteral("--password-stdin"),
                            QStringLiteral("restore"), QStringLiteral("--in"), file, QStringLiteral("--json") },
                          "manager-pass\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("residents")).toInt(), 0);
    QVERIFY(r.json().contains(QStringLiteral("residents")));
    const CliResult v = CliRunner().run({ QStringLiteral("--data-dir"), target, QStringLiteral("--password-stdin"),
                                          QStringLiteral("audit-verify"), QStringLiteral("--json") },
                                        "manager-pass\n");
    QCOMPARE(v.exitCode, 0);
    QCOMPARE(v.json().value(QStringLiteral("ok")).toBool(), true);
}

void TestCliStore::backupRefusals()
{
    QVERIFY(makeStore());
    QCOMPARE(cli({ QStringLiteral("backup") }).exitCode, 1); // no --out
    {
        auto v = Unlocker::open(data(), QString(), password("manager-pass"));
        QVERIFY(UserService(*v.value()).add(QStringLiteral("li"), Role::Staff, password("staff-pass")).ok());
    }
    const QString file = m_dir->filePath(QStringLiteral("b.cbak"));
    const CliResult staff = cli(
        { QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("backup"), QStringLiteral("--out"), file },
        "staff-pass\n");
    QCOMPARE(staff.exitCode, 5);
    QVERIFY2(staff.err.contains(QStringLiteral("may not")), qPrintable(staff.err));
    QVERIFY(!QFileInfo::exists(file));
    const CliResult missingDir = cli(
        { QStringLiteral("backup"), QStringLiteral("--out"), m_dir->filePath(QStringLiteral("no/such/dir/b.cbak")) });
    QCOMPARE(missingDir.exitCode, 6);
}

void TestCliStore::restoreRefusals_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("wrong password") << QString() << QByteArray("wrong-pass\n") << 2;
    QTest::newRow("damaged backup") << QStringLiteral("flip") << QByteArray("manager-pass\n") << 3;
    QTest::newRow("not a backup") << QStringLiteral("garbage") << QByteArray("manager-pass\n") << 3;
    QTest::newRow("folder not empty") << QStringLiteral("non-empty") << QByteArray("manager-pass\n") << 5;
    QTest::newRow("no such file") << QStringLiteral("missing") << QByteArray("manager-pass\n") << 4;
}

void TestCliStore::restoreRefusals()
{
    QFETCH(QString, damage);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QVERIFY(makeStore());
    QString file = m_dir->filePath(QStringLiteral("b.cbak"));
    QCOMPARE(cli({ QStringLiteral("backup"), QStringLiteral("--out"), file }).exitCode, 0);
    QByteArray bytes = readFileBytes(file);
    if (damage == QLatin1String("flip"))
        bytes[bytes.size() / 2] = static_cast<char>(bytes.at(bytes.size() / 2) ^ 1);
    else if (damage == QLatin1String("garbage"))
        bytes = QByteArray(10000, '\0');
    else if (damage == QLatin1String("missing"))
        file += QStringLiteral(".nope");
    QVERIFY(writeFileBytes(m_dir->filePath(QStringLiteral("b.cbak")), bytes));
    const QString target = m_dir->filePath(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(target));
    if (damage == QLatin1String("non-empty"))
        QVERIFY(writeFileBytes(target + QStringLiteral("/other.txt"), "x"));
    const FolderSnapshot before(target);
    const CliResult r = CliRunner().run({ QStringLiteral("--data-dir"), target, QStringLiteral("--password-stdin"),
                                          QStringLiteral("restore"), QStringLiteral("--in"), file },
                                        input);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.errLines().size(), 1);
    QCOMPARE(FolderSnapshot(target).differences(before), QString());
}

void TestCliStore::auditVerifyNamesFirstBrokenLink()
{
    QVERIFY(makeStore());
    CliResult ok = cli({ QStringLiteral("audit-verify"), QStringLiteral("--json") });
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.json().value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(ok.json().value(QStringLiteral("first_broken")).isNull());
    QVERIFY(ok.json().value(QStringLiteral("events")).toInt() >= 3);
    {
        auto v = Unlocker::open(data(), QString(), password("manager-pass"));
        QVERIFY(v.ok());
        QVERIFY(test::probe(*v.value())
                    .database()
                    .exec(QStringLiteral("DROP TRIGGER audit_events_no_update;"
                                         "UPDATE audit_events SET actor = 'mallory' WHERE id = 2"))
                    .ok());
    }
    const CliResult broken = cli({ QStringLiteral("audit-verify"), QStringLiteral("--json") });
    QCOMPARE(broken.exitCode, 3);
    QCOMPARE(broken.json().value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(broken.json().value(QStringLiteral("first_broken")).toInt(), 2);
    QCOMPARE(broken.errLines().size(), 1);
    QVERIFY2(broken.err.contains(QStringLiteral("event 2")), qPrintable(broken.err));
    const CliResult text = cli({ QStringLiteral("audit-verify") });
    QCOMPARE(text.exitCode, 3);
    QVERIFY(text.err.contains(QStringLiteral("broken at event 2")));
}

QTEST_GUILESS_MAIN(TestCliStore)
#include "tst_clistore.moc"
