// Issue 10's CLI proof, from a fresh store as a script runs it: `init` with only a site name → `enroll` is
// refused (exit 5) naming what the notice lacks, in words → `profile set` with a complete profile publishes
// a notice with no placeholder that states the retention rule with the numbers `status --json` gives →
// enroll → `profile set` with a longer retention is material: `consents_needing_renewal` ≥ 1 and `identify`
// no longer finds that resident; a contact change publishes without renewal; bad profiles change nothing.

#include "CliRunner.h"
#include "FaceImages.h"
#include "JsonFiles.h"
#include "TestPaths.h"
#include "vision/ImageLoader.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace consentry;
using namespace consentry::test;

class TestCliNotice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void proofSequence();

private:
    CliResult cli(const QStringList &args, const QString &language = QStringLiteral("en")) const;
    QString writeJson(const QString &name, const QJsonObject &object) const;
    QJsonObject profile() const;
    QJsonObject consentRecord(const QString &signer, const QString &version) const;
    QString face(int person, int index) const;
    QTemporaryDir m_dir;
    QString m_data;
};

void TestCliNotice::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("data"));
}

CliResult TestCliNotice::cli(const QStringList &args, const QString &language) const
{
    QStringList full { QStringLiteral("--data-dir"), m_data, QStringLiteral("--password-stdin"),
                       QStringLiteral("--lang"), language };
    if (!modelDir().isEmpty())
        full << QStringLiteral("--model-dir") << modelDir();
    return CliRunner().run(full + args, "manager-pass\n");
}

QString TestCliNotice::writeJson(const QString &name, const QJsonObject &object) const
{
    return test::writeJsonFile(m_dir.filePath(name), object);
}

QJsonObject TestCliNotice::profile() const
{
    return { { QStringLiteral("site_name"), QStringLiteral("湖畔酒店") },
             { QStringLiteral("operator_name"), QStringLiteral("湖畔酒店管理有限公司") },
             { QStringLiteral("contact_phone"), QStringLiteral("021-5555-0100") },
             { QStringLiteral("purpose"), QStringLiteral("住客进出大堂时核验身份") },
             { QStringLiteral("site_type"), QStringLiteral("hotel") },
             { QStringLiteral("retention_days"), 30 },
             { QStringLiteral("max_retention_days"), 90 },
             { QStringLiteral("alternatives"), QJsonArray { QStringLiteral("出示身份证件") } },
             { QStringLiteral("backup_location"), QStringLiteral("经理办公室保险柜中的加密移动硬盘") } };
}

QJsonObject TestCliNotice::consentRecord(const QString &signer, const QString &version) const
{
    QJsonObject record = test::paperConsentRecord(signer, version);
    record.insert(QStringLiteral("expected_move_out"),
                  QDateTime::currentDateTimeUtc().date().addDays(3).toString(Qt::ISODate));
    return record;
}

QString TestCliNotice::face(int person, int index) const
{
    return test::enlargedOrlFaceFile(m_dir.path(), person, index);
}

void TestCliNotice::proofSequence()
{
    const CliResult init = cli({ QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("wang"),
                                 QStringLiteral("--site-name"), QStringLiteral("湖畔酒店") });
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY(cli({ QStringLiteral("status"), QStringLiteral("--json") })
                .json()
                .value(QStringLiteral("current_notice_version"))
                .toString()
                .isEmpty());
    QCOMPARE(cli({ QStringLiteral("notice"), QStringLiteral("show") }).exitCode, 4);

    // 1. Enrollment is refused while the notice lacks the processor, contact, purpose, retention, alternatives.
    const QString paper
        = writeJson(QStringLiteral("li.json"), consentRecord(QStringLiteral("Li Lei"), QStringLiteral("1")));
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        const CliResult refused = cli({ QStringLiteral("enroll"), QStringLiteral("--name"), QStringLiteral("Li Lei"),
                                        QStringLiteral("--consent"), paper, QStringLiteral("--images"),
                                        m_dir.filePath(QStringLiteral("any.png")) },
                                      language);
        QCOMPARE(refused.exitCode, 5);
        QCOMPARE(refused.errLines().size(), 1);
        if (language == QLatin1String("en")) {
            for (const char *named : { "personal information handler", "contact", "purpose", "retention period",
                                       "other ways to verify identity" })
                QVERIFY2(refused.err.contains(QLatin1String(named)), qPrintable(refused.err));
        }
        for (const char *key : { "operator_name", "contact_phone", "purpose\"", "retention_days", "alternatives" })
            QVERIFY2(!refused.err.contains(QLatin1String(key)), qPrintable(refused.err));
    }
    QCOMPARE(
        cli({ QStringLiteral("status"), QStringLiteral("--json") }).json().value(QStringLiteral("residents")).toInt(),
        0);

    // 2. A bad profile changes nothing: retention after checkout longer than the ceiling, with the reason.
    QJsonObject tooLong = profile();
    tooLong.insert(QStringLiteral("retention_days"), 120);
    const CliResult refusedProfile = cli({ QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--file"),
                                           writeJson(QStringLiteral("long.json"), tooLong) });
    QCOMPARE(refusedProfile.exitCode, 3);
    QVERIFY2(refusedProfile.err.contains(QStringLiteral("120")) && refusedProfile.err.contains(QStringLiteral("90")),
             qPrintable(refusedProfile.err));
    QCOMPARE(cli({ QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--file"),
                   m_dir.filePath(QStringLiteral("missing.json")) })
                 .exitCode,
             4);

    // 3. A complete profile publishes notice 1; it has no placeholder and states the rule status gives.
    const CliResult set = cli({ QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--json"),
                                QStringLiteral("--file"), writeJson(QStringLiteral("site.json"), profile()) });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QCOMPARE(set.json().value(QStringLiteral("notice_version")).toString(), QStringLiteral("1"));
    QCOMPARE(set.json().value(QStringLiteral("material")).toBool(), false);
    const QJsonObject status = cli({ QStringLiteral("status"), QStringLiteral("--json") }).json();
    const QJsonObject rule = status.value(QStringLiteral("retention_rule")).toObject();
    QCOMPARE(rule.value(QStringLiteral("retention_days")).toInt(), 30);
    QCOMPARE(rule.value(QStringLiteral("max_retention_days")).toInt(), 90);
    QCOMPARE(rule.value(QStringLiteral("clock_starts_at")).toString(), QStringLiteral("checkout"));
    for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        const CliResult shown
            = cli({ QStringLiteral("notice"), QStringLiteral("show"), QStringLiteral("--json") }, language);
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QJsonObject notice = shown.json();
        const QString text = notice.value(QStringLiteral("text")).toString();
        QVERIFY2(!text.contains(QStringLiteral("[未设置")) && !text.contains(QStringLiteral("[not set")),
                 qPrintable(text));
        const QString sentence = cli({ QStringLiteral("status"), QStringLiteral("--json") }, language)
                                     .json()
                                     .value(QStringLiteral("retention_rule"))
                                     .toObject()
                                     .value(QStringLiteral("sentence"))
                                     .toString();
        QVERIFY(sentence.contains(QStringLiteral("30")) && sentence.contains(QStringLiteral("90")));
        QVERIFY2(text.contains(sentence), qPrintable(text + QLatin1Char('\n') + sentence));
        QCOMPARE(notice.value(QStringLiteral("version")).toString(), QStringLiteral("1"));
        QCOMPARE(notice.value(QStringLiteral("hash")).toString().size(), 64);
        QVERIFY(!notice.value(QStringLiteral("published_at")).toString().isEmpty());
        QCOMPARE(notice.value(QStringLiteral("material_fields"))
                     .toObject()
                     .value(QStringLiteral("max_retention_days"))
                     .toInt(),
                 90);
        if (language == QLatin1String("zh_CN")) {
            QVERIFY(text.contains(QStringLiteral("一对一核验"))); // a hotel's default mode
            QVERIFY(text.contains(QStringLiteral("经理办公室保险柜中的加密移动硬盘")));
        }
    }
    // A text answer too, and --version as the contract spells it.
    const CliResult plain
        = cli({ QStringLiteral("notice"), QStringLiteral("show"), QStringLiteral("--version"), QStringLiteral("1") },
              QStringLiteral("zh_CN"));
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    QVERIFY(plain.out.contains(QStringLiteral("湖畔酒店人脸识别个人信息处理告知书")));
    QCOMPARE(cli({ QStringLiteral("notice"), QStringLiteral("show"), QStringLiteral("--version"), QStringLiteral("9") })
                 .exitCode,
             4);

    // 4. A contact change: new version, no renewal, a reminder to reprint the signs.
    QJsonObject contact = profile();
    contact.insert(QStringLiteral("contact_phone"), QStringLiteral("021-5555-0199"));
    const CliResult contactSet = cli({ QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--json"),
                                       QStringLiteral("--file"), writeJson(QStringLiteral("contact.json"), contact) });
    QVERIFY2(contactSet.exitCode == 0, qPrintable(contactSet.err));
    QCOMPARE(contactSet.json().value(QStringLiteral("notice_version")).toString(), QStringLiteral("2"));
    QCOMPARE(contactSet.json().value(QStringLiteral("material")).toBool(), false);
    QCOMPARE(contactSet.json().value(QStringLiteral("reprint_signs")).toBool(), true);

    if (modelDir().isEmpty())
        QSKIP(qPrintable(missingModelsReason() + QStringLiteral(" (the steps from enrollment on need face models)")));
    if (testdataDir().isEmpty())
        QSKIP(qPrintable(missingTestdataReason() + QStringLiteral(" (the steps from enrollment on need face photos)")));

    // 5. Enroll on the notice in force; identify finds the person.
    const CliResult enrolled
        = cli({ QStringLiteral("enroll"), QStringLiteral("--json"), QStringLiteral("--name"), QStringLiteral("Li Lei"),
                QStringLiteral("--consent"),
                writeJson(QStringLiteral("li2.json"), consentRecord(QStringLiteral("Li Lei"), QStringLiteral("2"))),
                QStringLiteral("--images"), face(1, 1), face(1, 2), face(1, 3) });
    QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
    const qint64 li = enrolled.json().value(QStringLiteral("resident_id")).toInteger();
    auto identified = [&] {
        const QJsonObject j
            = cli({ QStringLiteral("identify"), QStringLiteral("--json"), QStringLiteral("--image"), face(1, 8) })
                  .json();
        for (const QJsonValue &f : j.value(QStringLiteral("faces")).toArray())
            for (const QJsonValue &m : f.toObject().value(QStringLiteral("matches")).toArray())
                if (m.toObject().value(QStringLiteral("resident_id")).toInteger() == li)
                    return true;
        return false;
    };
    QVERIFY(identified());
    const QJsonObject before = cli({ QStringLiteral("status"), QStringLiteral("--json") }).json();
    QCOMPARE(before.value(QStringLiteral("consents_needing_renewal")).toInt(), 0);
    // The checkout is in 3 days: the next purge is checkout + 30 days.
    QCOMPARE(before.value(QStringLiteral("next_purge_due")).toString(),
             QDateTime::currentDateTimeUtc().date().addDays(33).toString(Qt::ISODate));

    // 6. A longer retention is material: the consent needs renewal and identify no longer finds Li Lei.
    QJsonObject longer = contact;
    longer.insert(QStringLiteral("max_retention_days"), 180);
    const CliResult material = cli({ QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--json"),
                                     QStringLiteral("--file"), writeJson(QStringLiteral("longer.json"), longer) });
    QVERIFY2(material.exitCode == 0, qPrintable(material.err));
    QCOMPARE(material.json().value(QStringLiteral("material")).toBool(), true);
    QVERIFY(material.json().value(QStringLiteral("consents_needing_renewal")).toInt() >= 1);
    QVERIFY(cli({ QStringLiteral("status"), QStringLiteral("--json") })
                .json()
                .value(QStringLiteral("consents_needing_renewal"))
                .toInt()
            >= 1);
    QVERIFY(!identified());
    // A paper consent on the notice before the material change is refused; on the one in force it is not.
    const CliResult stale = cli(
        { QStringLiteral("enroll"), QStringLiteral("--name"), QStringLiteral("Han Meimei"), QStringLiteral("--consent"),
          writeJson(QStringLiteral("han.json"), consentRecord(QStringLiteral("Han Meimei"), QStringLiteral("2"))),
          QStringLiteral("--images"), face(2, 1) });
    QCOMPARE(stale.exitCode, 5);
}

QTEST_GUILESS_MAIN(TestCliNotice)
#include "tst_clinotice.moc"
