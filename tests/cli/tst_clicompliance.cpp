// consentry-cli report and devices (issue 11), run as a script would: the device register refuses private
// spaces with exit 5 and writes nothing; report pia exits 4 until an assessment is signed and then writes
// the signed version; report filing writes the pack (PDF + JSON); refused commands leave no file behind.

#include "CliRunner.h"
#include "FolderSnapshot.h"
#include "PdfTools.h"
#include "Profiles.h"
#include "VaultFixture.h"
#include "services/ImpactAssessmentService.h"
#include "services/SettingsService.h"
#include "vault/Unlocker.h"
#include "vault/Vault.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;
using namespace consentry::test;

class TestCliCompliance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void devicesAddListRemove();
    void privateSpaceExit5WritesNothing();
    void reportPiaExit4UntilSigned();
    void reportFilingWritesThePack();
    void reportComplianceListsEveryObligation();
    void deviceLabelStatesTheDeviceAndIsRecorded();

private:
    CliResult cli(const QStringList &args) const;
    QString data() const { return m_dir->filePath(QStringLiteral("data")); }
    bool makeStore();
    bool signAssessment();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliCompliance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(makeStore());
}

CliResult TestCliCompliance::cli(const QStringList &args) const
{
    return CliRunner().run(QStringList { QStringLiteral("--data-dir"), data(), QStringLiteral("--password-stdin"),
                                         QStringLiteral("--lang"), QStringLiteral("en") }
                               + args,
                           "manager-pass\n");
}

bool TestCliCompliance::makeStore()
{
    const CliResult r = cli({ QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("wang") });
    if (r.exitCode != 0)
        qWarning("init failed: %s", qPrintable(r.err));
    return r.exitCode == 0;
}

bool TestCliCompliance::signAssessment()
{
    // The GUI's editor signs; here the service does it as the manager.
    auto vault = Unlocker::open(data(), QStringLiteral("wang"), password("manager-pass"));
    if (!vault)
        return false;
    SiteProfile profile = chineseProfile();
    profile.verificationMode = SiteProfile::VerificationMode::OneToOne;
    if (!SettingsService(*vault.value()).setSiteProfile(profile).ok())
        return false;
    QMap<QString, QString> answers;
    for (ImpactAssessment::Part part : ImpactAssessment::parts())
        answers.insert(ImpactAssessment::partKey(part),
                       QStringLiteral("本场所的答复：%1").arg(ImpactAssessment::partKey(part)));
    ImpactAssessmentService pia(*vault.value());
    return pia.saveAnswers(answers).ok() && pia.sign().ok();
}

void TestCliCompliance::devicesAddListRemove()
{
    CliResult added
        = cli({ QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--name"),
                QStringLiteral("前台摄像头"), QStringLiteral("--location-type"), QStringLiteral("front_desk"),
                QStringLiteral("--area"), QStringLiteral("前台柜台前排队区域"), QStringLiteral("--json") });
    QCOMPARE(added.exitCode, 0);
    const qint64 id = added.json().value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    const CliResult listed = cli({ QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray devices = listed.json().value(QStringLiteral("devices")).toArray();
    QCOMPARE(devices.size(), 1);
    const QJsonObject device = devices.at(0).toObject();
    QCOMPARE(device.value(QStringLiteral("name")).toString(), QStringLiteral("前台摄像头"));
    QCOMPARE(device.value(QStringLiteral("location_type")).toString(), QStringLiteral("front_desk"));
    QCOMPARE(device.value(QStringLiteral("area")).toString(), QStringLiteral("前台柜台前排队区域"));
    QCOMPARE(device.value(QStringLiteral("id")).toInteger(), id);

    // Usage errors: an unknown type (exit 1), a missing option (exit 1), an unknown device (exit 4).
    QCOMPARE(cli({ QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"),
                   QStringLiteral("--location-type"), QStringLiteral("roof"), QStringLiteral("--area"),
                   QStringLiteral("y") })
                 .exitCode,
             1);
    QCOMPARE(cli({ QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x") })
                 .exitCode,
             1);
    const CliResult unknown
        = cli({ QStringLiteral("devices"), QStringLiteral("remove"), QStringLiteral("--id"), QStringLiteral("99") });
    QCOMPARE(unknown.exitCode, 4);
    QCOMPARE(unknown.errLines().size(), 1);

    QCOMPARE(cli({ QStringLiteral("devices"), QStringLiteral("remove"), QStringLiteral("--id"), QString::number(id) })
                 .exitCode,
             0);
    QVERIFY(cli({ QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json") })
                .json()
                .value(QStringLiteral("devices"))
                .toArray()
                .isEmpty());
}

void TestCliCompliance::privateSpaceExit5WritesNothing()
{
    const FolderSnapshot before(data(), { QStringLiteral("consentry.lockout") });
    for (const QString &type : { QStringLiteral("guest_room"), QStringLiteral("public_bathroom"),
                                 QStringLiteral("changing_room"), QStringLiteral("toilet") }) {
        const CliResult r = cli({ QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--name"),
                                  QStringLiteral("Camera"), QStringLiteral("--location-type"), type,
                                  QStringLiteral("--area"), QStringLiteral("the room") });
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(QStringLiteral("art. 13")), qPrintable(r.err));
    }
    QCOMPARE(FolderSnapshot(data(), { QStringLiteral("consentry.lockout") }).differences(before), QString());
}

void TestCliCompliance::reportPiaExit4UntilSigned()
{
    const QString pdf = m_dir->filePath(QStringLiteral("out/pia.pdf"));
    const CliResult none = cli({ QStringLiteral("report"), QStringLiteral("pia"), QStringLiteral("--out"), pdf });
    QCOMPARE(none.exitCode, 4);
    QCOMPARE(none.errLines().size(), 1);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("out"))));

    QVERIFY(signAssessment());
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("out"))));
    const CliResult written = cli(
        { QStringLiteral("report"), QStringLiteral("pia"), QStringLiteral("--out"), pdf, QStringLiteral("--json") });
    QCOMPARE(written.exitCode, 0);
    QCOMPARE(written.json().value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(written.json().value(QStringLiteral("signed_by")).toString(), QStringLiteral("wang"));
    const QString text = normalizedForSearch(pdfText(pdf));
    for (const QString &heading :
         { QStringLiteral("个人信息保护影响评估报告"), QStringLiteral("一、基本情况"),
           QStringLiteral("二、处理目的和处理方式的合法性、正当性与必要性"), QStringLiteral("六、评估结论与签署"),
           QStringLiteral("本场所的答复：lawfulness"), QStringLiteral("湖畔物业管理有限公司") })
        QVERIFY2(text.contains(normalizedForSearch(heading)), qPrintable(heading));
    // English only on request.
    const QString en = m_dir->filePath(QStringLiteral("out/pia-en.pdf"));
    QCOMPARE(cli({ QStringLiteral("report"), QStringLiteral("pia"), QStringLiteral("--out"), en,
                   QStringLiteral("--language"), QStringLiteral("en") })
                 .exitCode,
             0);
    const QString enText = pdfText(en);
    QVERIFY(enText.contains(QStringLiteral("Personal Information Protection Impact Assessment")));
    QVERIFY(!enText.contains(QStringLiteral("一、基本情况")));
}

void TestCliCompliance::reportFilingWritesThePack()
{
    const QString out = m_dir->filePath(QStringLiteral("filing"));
    const CliResult none = cli({ QStringLiteral("report"), QStringLiteral("filing"), QStringLiteral("--out"), out });
    QCOMPARE(none.exitCode, 4); // the fifth material, the signed assessment, is missing
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(signAssessment());
    const CliResult r = cli(
        { QStringLiteral("report"), QStringLiteral("filing"), QStringLiteral("--out"), out, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("files")).toArray().size(), 2);
    QCOMPARE(r.json().value(QStringLiteral("people_with_face_data")).toInt(), 0);
    QCOMPARE(r.json().value(QStringLiteral("filing_threshold")).toInt(), 100000);
    QVERIFY(r.json().value(QStringLiteral("filing_due_by")).isNull());
    const QString text = normalizedForSearch(pdfText(QDir(out).filePath(QStringLiteral("filing-pack.pdf"))));
    for (const QString &heading :
         { QStringLiteral("一、个人信息处理者基本情况"), QStringLiteral("二、人脸信息处理目的和处理方式"),
           QStringLiteral("三、人脸信息存储数量及安全保护措施"), QStringLiteral("四、个人信息处理规则及操作规程"),
           QStringLiteral("五、个人信息保护影响评估报告") })
        QVERIFY2(text.contains(normalizedForSearch(heading)), qPrintable(heading));
    QVERIFY(QFileInfo(QDir(out).filePath(QStringLiteral("filing-pack.json"))).isFile());
    QCOMPARE(cli({ QStringLiteral("report"), QStringLiteral("filing"), QStringLiteral("--out"), out,
                   QStringLiteral("--language"), QStringLiteral("fr") })
                 .exitCode,
             1);
}

void TestCliCompliance::reportComplianceListsEveryObligation()
{
    const CliResult r = cli({ QStringLiteral("report"), QStringLiteral("compliance"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 10);
    QStringList keys;
    for (const QJsonValue &item : items)
        keys << item.toObject().value(QStringLiteral("obligation")).toString();
    QVERIFY(keys.contains(QStringLiteral("impact_assessment")));
    QVERIFY(keys.contains(QStringLiteral("devices")));
    QVERIFY(r.json().value(QStringLiteral("action_needed")).toInt() > 0); // a fresh store is not in order
}

void TestCliCompliance::deviceLabelStatesTheDeviceAndIsRecorded()
{
    QVERIFY(signAssessment()); // also fills in the site profile
    const CliResult added
        = cli({ QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("大堂闸机"),
                QStringLiteral("--location-type"), QStringLiteral("gate"), QStringLiteral("--area"),
                QStringLiteral("闸机前一米范围"), QStringLiteral("--json") });
    QCOMPARE(added.exitCode, 0);
    const QString id = QString::number(added.json().value(QStringLiteral("id")).toInteger());
    auto signsStatus = [this] {
        const QJsonArray items
            = cli({ QStringLiteral("report"), QStringLiteral("compliance"), QStringLiteral("--json") })
                  .json()
                  .value(QStringLiteral("items"))
                  .toArray();
        for (const QJsonValue &item : items) {
            if (item.toObject().value(QStringLiteral("obligation")).toString() == QLatin1String("signs"))
                return item.toObject().value(QStringLiteral("status")).toString();
        }
        return QString();
    };
    QCOMPARE(signsStatus(), QStringLiteral("action"));
    const QString pdf = m_dir->filePath(QStringLiteral("label.pdf"));
    // An unknown device: exit 4, no file.
    QCOMPARE(cli({ QStringLiteral("signage"), QStringLiteral("--layout"), QStringLiteral("label-a6"),
                   QStringLiteral("--lang"), QStringLiteral("zh_CN+en"), QStringLiteral("--out"), pdf,
                   QStringLiteral("--device"), QStringLiteral("77") })
                 .exitCode,
             4);
    QVERIFY(!QFileInfo::exists(pdf));
    const CliResult printed = cli({ QStringLiteral("signage"), QStringLiteral("--layout"), QStringLiteral("label-a6"),
                                    QStringLiteral("--lang"), QStringLiteral("zh_CN+en"), QStringLiteral("--out"), pdf,
                                    QStringLiteral("--device"), id });
    QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
    const QString text = normalizedForSearch(pdfText(pdf));
    for (const QString &words : { QStringLiteral("本设备：大堂闸机，位于出入口闸机；采集区域：闸机前一米范围"),
                                  QStringLiteral("This device: 大堂闸机, at the gate") })
        QVERIFY2(text.contains(normalizedForSearch(words)), qPrintable(words));
    QCOMPARE(signsStatus(), QStringLiteral("ok"));
}

QTEST_MAIN(TestCliCompliance)
#include "tst_clicompliance.moc"
