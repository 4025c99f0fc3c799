// consentry-cli withdraw, export and purge-expired as a script runs them: the contract of ../shared/CLI.md
// (options, JSON keys, exit codes 1/4/5/6), on a store made by `init`.

#include "CliRunner.h"
#include "MockClock.h"
#include "Profiles.h"
#include "StoreProbe.h"
#include "VaultFixture.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "vault/StoreFolder.h"
#include "vault/Unlocker.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;
using namespace consentry::test;

class TestPeopleCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void withdrawDeletesTemplatesAndPrintsReceipt();
    void withdrawUsageAndNotFound_data();
    void withdrawUsageAndNotFound();
    void exportWritesPackage();
    void purgeExpired();
    void roleRefusalsExit5_data();
    void roleRefusalsExit5();
    void ioErrorsExit6();

private:
    CliResult cli(const QStringList &args, const QString &user = QString(),
                  const QByteArray &pw = "manager-pass\n") const;
    QString data() const { return m_dir->filePath(QStringLiteral("data")); }
    std::unique_ptr<Vault> open();
    qint64 enroll(Vault &vault, const QString &name, const QDate &moveOut = QDate(), const QDateTime &at = QDateTime());
    qint64 templatesOf(qint64 residentId);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPeopleCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const CliResult r = cli(
        { QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("wang"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const CliResult site = cli({ QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--file"),
                                 writeProfileFile(m_dir->filePath(QStringLiteral("site.json"))) },
                               QString(), "manager-pass\n");
    QVERIFY2(site.exitCode == 0, qPrintable(site.err));
}

CliResult TestPeopleCli::cli(const QStringList &args, const QString &user, const QByteArray &pw) const
{
    QStringList full { QStringLiteral("--data-dir"), data(), QStringLiteral("--password-stdin"),
                       QStringLiteral("--lang"), QStringLiteral("en") };
    if (!user.isEmpty())
        full << QStringLiteral("--user") << user;
    return CliRunner().run(full + args, pw);
}

std::unique_ptr<Vault> TestPeopleCli::open()
{
    Result<std::unique_ptr<Vault>> vault = Unlocker::open(data(), QStringLiteral("wang"), password("manager-pass"));
    if (!vault.ok()) {
        qWarning("%s", qPrintable(vault.errorMessage()));
        return nullptr;
    }
    return std::move(vault.value());
}

qint64 TestPeopleCli::enroll(Vault &vault, const QString &name, const QDate &moveOut, const QDateTime &at)
{
    std::unique_ptr<MockClock> clock;
    if (at.isValid())
        clock = std::make_unique<MockClock>(at);
    const QDateTime now = Clock::instance().now();
    Resident r;
    r.declareUnder14(false); // the age question is mandatory
    r.name = name;
    r.unit = QStringLiteral("U-") + name;
    r.moveIn = now.date().addDays(-10);
    r.moveOut = moveOut;
    Consent c;
    c.noticeVersionId = test::probe(vault)
                            .noticeRepository()
                            .find(StoreFolder::initialNoticeVersion(), QStringLiteral("zh_CN"))
                            .value()
                            ->id;
    c.decision = Consent::Decision::Granted;
    c.signer = name;
    c.signedAt = now.addSecs(-60);
    StoredTemplate t;
    t.engineId = QStringLiteral("sface-2021dec@aaaa");
    t.modelSha256 = QByteArray(32, '\x01');
    t.vector = QByteArray(512, '\x33');
    t.quality = 0.9;
    auto e = ResidentService(vault).enroll(r, c, { t, t });
    if (!e.ok())
        qWarning("%s", qPrintable(e.errorMessage()));
    return e.ok() ? e->residentId : 0;
}

qint64 TestPeopleCli::templatesOf(qint64 residentId)
{
    std::unique_ptr<Vault> vault = open();
    return test::probe(*vault)
        .database()
        .queryInt(QStringLiteral("SELECT count(*) FROM face_templates WHERE resident_id = %1").arg(residentId))
        .value();
}

void TestPeopleCli::withdrawDeletesTemplatesAndPrintsReceipt()
{
    qint64 id = 0;
    qint64 other = 0;
    {
        std::unique_ptr<Vault> vault = open();
        QVERIFY(vault);
        id = enroll(*vault, QStringLiteral("Zhang"));
        other = enroll(*vault, QStringLiteral("Li"));
    }
    QVERIFY(id && other);
    const QString pdf = m_dir->filePath(QStringLiteral("receipt.pdf"));
    const CliResult r = cli({ QStringLiteral("withdraw"), QStringLiteral("--resident"), QString::number(id),
                              QStringLiteral("--receipt"), pdf, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = r.json();
    QCOMPARE(static_cast<qint64>(json.value(QStringLiteral("resident_id")).toDouble()), id);
    QCOMPARE(json.value(QStringLiteral("templates_deleted")).toInt(), 2);
    const QJsonObject receipt = json.value(QStringLiteral("receipt")).toObject();
    QVERIFY(receipt.value(QStringLiteral("text")).toString().contains(QStringLiteral("Zhang")));
    QCOMPARE(receipt.value(QStringLiteral("templates_deleted")).toInt(), 2);
    QCOMPARE(QDir::fromNativeSeparators(receipt.value(QStringLiteral("file")).toString()), pdf);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QCOMPARE(templatesOf(id), 0);
    QCOMPARE(templatesOf(other), 2);
    // Text mode: the receipt sentence.
    const CliResult again = cli({ QStringLiteral("withdraw"), QStringLiteral("--resident"), QString::number(other) });
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("2 face templates deleted")));
}

void TestPeopleCli::withdrawUsageAndNotFound_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no --resident") << QStringList { QStringLiteral("withdraw") } << 1;
    QTest::newRow("not a number") << QStringList { QStringLiteral("withdraw"), QStringLiteral("--resident"),
                                                   QStringLiteral("abc") }
                                  << 1;
    QTest::newRow("unknown") << QStringList { QStringLiteral("withdraw"), QStringLiteral("--resident"),
                                              QStringLiteral("777") }
                             << 4;
    QTest::newRow("export unknown") << QStringList { QStringLiteral("export"), QStringLiteral("--resident"),
                                                     QStringLiteral("777"), QStringLiteral("--out"),
                                                     QStringLiteral("OUT") }
                                    << 4;
    QTest::newRow("export no --out") << QStringList { QStringLiteral("export"), QStringLiteral("--resident"),
                                                      QStringLiteral("1") }
                                     << 1;
}

void TestPeopleCli::withdrawUsageAndNotFound()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    args.replaceInStrings(QStringLiteral("OUT"), m_dir->filePath(QStringLiteral("out")));
    const CliResult r = cli(args + QStringList { QStringLiteral("--json") });
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.errLines().size(), 1);
    QCOMPARE(r.json().value(QStringLiteral("exit_code")).toInt(), exitCode);
    QVERIFY(!QDir(m_dir->filePath(QStringLiteral("out"))).exists()
            || QDir(m_dir->filePath(QStringLiteral("out")))
                   .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

void TestPeopleCli::exportWritesPackage()
{
    qint64 id = 0;
    {
        std::unique_ptr<Vault> vault = open();
        id = enroll(*vault, QStringLiteral("Mine"));
        enroll(*vault, QStringLiteral("Someone-Else"));
    }
    const QString out = m_dir->filePath(QStringLiteral("exports"));
    const CliResult r = cli({ QStringLiteral("export"), QStringLiteral("--resident"), QString::number(id),
                              QStringLiteral("--out"), out, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray files = r.json().value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    for (const QJsonValue &f : files)
        QVERIFY2(QFile::exists(f.toString()), qPrintable(f.toString()));
    QFile json(files.at(0).toString());
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray bytes = json.readAll();
    const QJsonObject package = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(package.value(QStringLiteral("resident")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Mine"));
    QCOMPARE(package.value(QStringLiteral("consents")).toArray().size(), 1);
    QVERIFY(!bytes.contains("Someone-Else"));
    QVERIFY(files.at(1).toString().endsWith(QStringLiteral(".pdf")));
}

void TestPeopleCli::purgeExpired()
{
    qint64 old = 0;
    qint64 current = 0;
    {
        std::unique_ptr<Vault> vault = open();
        SiteProfile profile = test::probe(*vault).settingsRepository().siteProfile().value();
        profile.retentionDays = 30;
        QVERIFY(SettingsService(*vault).setSiteProfile(profile).ok());
        // Enrolled long ago, moved out long ago: due. Enrolled now, staying: not due.
        const QDateTime longAgo(QDate(2020, 1, 10), QTime(9, 0), Qt::UTC);
        old = enroll(*vault, QStringLiteral("Old"), QDate(2020, 2, 1), longAgo);
        current = enroll(*vault, QStringLiteral("Current"));
    }
    QVERIFY(old && current);
    const CliResult r = cli({ QStringLiteral("purge-expired"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("residents_purged")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("templates_deleted")).toInt(), 2);
    QCOMPARE(templatesOf(old), 0);
    QCOMPARE(templatesOf(current), 2);
    const CliResult again = cli({ QStringLiteral("purge-expired") });
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("0 templates of 0 residents")));
}

void TestPeopleCli::roleRefusalsExit5_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("auditor withdraw") << QStringLiteral("auditor") << QStringLiteral("withdraw") << 5;
    QTest::newRow("auditor export") << QStringLiteral("auditor") << QStringLiteral("export") << 5;
    QTest::newRow("auditor purge") << QStringLiteral("auditor") << QStringLiteral("purge-expired") << 5;
    QTest::newRow("staff export") << QStringLiteral("staff") << QStringLiteral("export") << 5;
    QTest::newRow("staff purge") << QStringLiteral("staff") << QStringLiteral("purge-expired") << 5;
    QTest::newRow("staff withdraw") << QStringLiteral("staff") << QStringLiteral("withdraw") << 0;
}

void TestPeopleCli::roleRefusalsExit5()
{
    QFETCH(QString, role);
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    qint64 id = 0;
    {
        std::unique_ptr<Vault> vault = open();
        id = enroll(*vault, QStringLiteral("Target"));
        QVERIFY(UserService(*vault).add(role, *RoleNames::fromKey(role), password("user-pass-123")).ok());
    }
    QStringList args { command };
    if (command != QLatin1String("purge-expired"))
        args << QStringLiteral("--resident") << QString::number(id);
    if (command == QLatin1String("export"))
        args << QStringLiteral("--out") << m_dir->filePath(QStringLiteral("out"));
    const CliResult r = cli(args, role, "user-pass-123\n");
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(templatesOf(id), exitCode == 0 ? 0 : 2);
    if (exitCode != 0) {
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(!QDir(m_dir->filePath(QStringLiteral("out"))).exists());
    }
}

void TestPeopleCli::ioErrorsExit6()
{
    qint64 id = 0;
    {
        std::unique_ptr<Vault> vault = open();
        id = enroll(*vault, QStringLiteral("Io"));
    }
    // --out names a file, not a folder.
    const QString file = m_dir->filePath(QStringLiteral("a-file"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const CliResult r = cli(
        { QStringLiteral("export"), QStringLiteral("--resident"), QString::number(id), QStringLiteral("--out"), file });
    QCOMPARE(r.exitCode, 6);
    QCOMPARE(r.errLines().size(), 1);
    // A receipt into a folder that does not exist: the withdrawal stands, the missing receipt is an I/O error.
    const CliResult w
        = cli({ QStringLiteral("withdraw"), QStringLiteral("--resident"), QString::number(id),
                QStringLiteral("--receipt"), m_dir->filePath(QStringLiteral("no/such/folder/receipt.pdf")) });
    QCOMPARE(w.exitCode, 6);
    QCOMPARE(templatesOf(id), 0);
}

QTEST_GUILESS_MAIN(TestPeopleCli)
#include "tst_peoplecli.moc"
