// consentry-cli stats as a script runs it: the JSON keys of the contract, the counts of a store made by
// `init` and filled through the services, the period option, and the exit codes (1 usage, 5 role).

#include "CliRunner.h"
#include "Profiles.h"
#include "StoreProbe.h"
#include "VaultFixture.h"
#include "platform/Clock.h"
#include "services/ResidentService.h"
#include "services/UserService.h"
#include "services/VerificationService.h"
#include "vault/StoreFolder.h"
#include "vault/Unlocker.h"
#include "vision/DecisionBands.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;
using namespace consentry::test;

class TestStatsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void freshStoreCountsNothing();
    void countsWhatTheStoreHolds();
    void usageAndRoles();

private:
    CliResult cli(const QStringList &args, const QString &user = QString(),
                  const QByteArray &pw = "manager-pass\n") const;
    QString data() const { return m_dir->filePath(QStringLiteral("data")); }
    std::unique_ptr<Vault> open();
    qint64 enroll(Vault &vault, const QString &name, bool granted, const QDate &moveOut = QDate());
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStatsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const CliResult r = cli(
        { QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("wang"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // No one is asked for consent before the notice is complete.
    const CliResult site = cli({ QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--file"),
                                 writeProfileFile(m_dir->filePath(QStringLiteral("site.json"))) });
    QVERIFY2(site.exitCode == 0, qPrintable(site.err));
}

CliResult TestStatsCli::cli(const QStringList &args, const QString &user, const QByteArray &pw) const
{
    QStringList full { QStringLiteral("--data-dir"), data(), QStringLiteral("--password-stdin"),
                       QStringLiteral("--lang"), QStringLiteral("en") };
    if (!user.isEmpty())
        full << QStringLiteral("--user") << user;
    return CliRunner().run(full + args, pw);
}

std::unique_ptr<Vault> TestStatsCli::open()
{
    Result<std::unique_ptr<Vault>> vault = Unlocker::open(data(), QStringLiteral("wang"), password("manager-pass"));
    return vault.ok() ? std::move(vault.value()) : nullptr;
}

qint64 TestStatsCli::enroll(Vault &vault, const QString &name, bool granted, const QDate &moveOut)
{
    const QDateTime now = Clock::instance().now();
    Resident r;
    r.name = name;
    r.moveOut = moveOut;
    r.declareUnder14(false);
    Consent c;
    c.noticeVersionId = test::probe(vault)
                            .noticeRepository()
                            .find(StoreFolder::initialNoticeVersion(), QStringLiteral("zh_CN"))
                            .value()
                            ->id;
    c.decision = granted ? Consent::Decision::Granted : Consent::Decision::Declined;
    c.alternative = granted ? QString() : QStringLiteral("ID card");
    c.signer = name;
    c.signedAt = now.addSecs(-60);
    StoredTemplate t;
    t.engineId = QStringLiteral("sface-2021dec");
    t.modelSha256 = QByteArray(32, '\x01');
    t.vector = QByteArray(512, '\x33');
    t.quality = 0.9;
    auto e = ResidentService(vault).enroll(r, c, granted ? QList<StoredTemplate> { t, t } : QList<StoredTemplate> {});
    if (!e.ok())
        qWarning("%s", qPrintable(e.errorMessage()));
    return e.ok() ? e->residentId : 0;
}

void TestStatsCli::freshStoreCountsNothing()
{
    const CliResult r = cli({ QStringLiteral("stats"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject j = r.json();
    QCOMPARE(j.value(QStringLiteral("people_with_face_data")).toInt(-1), 0);
    QCOMPARE(j.value(QStringLiteral("filing_threshold")).toInt(), 100000);
    QVERIFY(j.value(QStringLiteral("filing_due_by")).isNull());
    QCOMPARE(j.value(QStringLiteral("declines")).toInt(-1), 0);
    QCOMPARE(j.value(QStringLiteral("withdrawals")).toInt(-1), 0);
    QVERIFY(j.value(QStringLiteral("verifications")).toObject().isEmpty());
    QCOMPARE(j.value(QStringLiteral("consents_needing_renewal")).toInt(-1), 0);
    QCOMPARE(j.value(QStringLiteral("deletions_due_30d")).toInt(-1), 0);
    QCOMPARE(j.value(QStringLiteral("period")).toObject().value(QStringLiteral("days")).toInt(), 28);
}

void TestStatsCli::countsWhatTheStoreHolds()
{
    qint64 dueCount = 0;
    {
        std::unique_ptr<Vault> vault = open();
        QVERIFY(vault);
        const qint64 a = enroll(*vault, QStringLiteral("Zhang"), true);
        const qint64 b = enroll(*vault, QStringLiteral("Li"), true, QDate::currentDate().addDays(-3));
        const qint64 c = enroll(*vault, QStringLiteral("Zhao"), false);
        QVERIFY(a && b && c);
        QVERIFY(ResidentService(*vault).withdraw(a).ok());
        VerificationService verify(*vault);
        QVERIFY(verify.recordAlternative(c, VerificationService::Method::IdCard, true).ok());
        QVERIFY(verify.recordAlternative(c, VerificationService::Method::StaffCheck, false).ok());
        const qint64 liTemplate = ResidentService(*vault).templates(b)->constFirst().id;
        QVERIFY(verify
                    .confirmFace(VerificationService::assess({ GalleryMatch { b, liTemplate, 0.9f } },
                                                             DecisionBands::fromThreshold(0.5f),
                                                             VerificationService::Mode::OneToOne, b))
                    .ok());
        // The rule's own answer (the Residents screen's list) is what stats must say.
        dueCount = ResidentService(*vault).dueWithin(30)->size();
    }
    const CliResult r
        = cli({ QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--days"), QStringLiteral("7") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject j = r.json();
    QCOMPARE(j.value(QStringLiteral("people_with_face_data")).toInt(), 1); // Li; Zhang withdrew
    QCOMPARE(j.value(QStringLiteral("enrollments")).toInt(), 2);
    QCOMPARE(j.value(QStringLiteral("declines")).toInt(), 1);
    QCOMPARE(j.value(QStringLiteral("withdrawals")).toInt(), 1);
    QCOMPARE(j.value(QStringLiteral("deletions_due_30d")).toInt(), int(dueCount));
    QVERIFY(dueCount >= 1); // Li moved out three days ago
    const QJsonObject v = j.value(QStringLiteral("verifications")).toObject();
    QCOMPARE(v.value(QStringLiteral("id_card")).toObject().value(QStringLiteral("verified")).toInt(), 1);
    QCOMPARE(v.value(QStringLiteral("staff_check")).toObject().value(QStringLiteral("not_verified")).toInt(), 1);
    QCOMPARE(v.value(QStringLiteral("face")).toObject().value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(j.value(QStringLiteral("alternative_share")).toDouble(), 1.0 / 3.0);
    // The text for people says the same.
    const CliResult text = cli({ QStringLiteral("stats") });
    QVERIFY(text.out.contains(QStringLiteral("People with face data: 1")));
}

void TestStatsCli::usageAndRoles()
{
    for (const char *days : { "0", "x", "3661" }) {
        const CliResult r = cli({ QStringLiteral("stats"), QStringLiteral("--days"), QString::fromLatin1(days) });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errLines().size(), 1);
    }
    {
        std::unique_ptr<Vault> vault = open();
        QVERIFY(vault);
        QVERIFY(UserService(*vault).add(QStringLiteral("li"), Role::Staff, password("staff-pass-1")).ok());
        QVERIFY(UserService(*vault).add(QStringLiteral("zhao"), Role::Auditor, password("audit-pass-1")).ok());
    }
    const CliResult staff
        = cli({ QStringLiteral("stats"), QStringLiteral("--json") }, QStringLiteral("li"), "staff-pass-1\n");
    QCOMPARE(staff.exitCode, 5);
    const CliResult auditor
        = cli({ QStringLiteral("stats"), QStringLiteral("--json") }, QStringLiteral("zhao"), "audit-pass-1\n");
    QVERIFY2(auditor.exitCode == 0, qPrintable(auditor.err));
}

QTEST_GUILESS_MAIN(TestStatsCli)
#include "tst_statscli.moc"
