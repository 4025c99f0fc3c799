// SiteProfile: the strict JSON of ../shared/CLI.md that signs are filled from.

#include "domain/SiteProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;

class TestSiteProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void refused_data();
    void refused();
    void retentionLimits_data();
    void retentionLimits();
    void textIsTrimmed();
    void fileNotFound();
    void fileNotJson_data();
    void fileNotJson();
    void fileGood();
    void missingFields();
    void lifecycleFields();
    void lifecycleFieldsRefused_data();
    void lifecycleFieldsRefused();
    void siteTypeDefaults();
    void unsetValuesRoundTrip();
};

namespace {
QJsonObject complete()
{
    return QJsonObject {
        { QStringLiteral("site_name"), QStringLiteral("Green Lake") },
        { QStringLiteral("operator_name"), QStringLiteral("Green Lake Property Co.") },
        { QStringLiteral("contact_phone"), QStringLiteral("+86 10 1234 5678") },
        { QStringLiteral("contact_address"), QStringLiteral("18 Lake Road") },
        { QStringLiteral("contact_email"), QStringLiteral("privacy@example.cn") },
        { QStringLiteral("purpose"), QStringLiteral("Door access") },
        { QStringLiteral("retention_days"), 365 },
        { QStringLiteral("alternatives"), QJsonArray { QStringLiteral("Key card"), QStringLiteral("ID check") } },
        { QStringLiteral("notice_url"), QStringLiteral("https://example.cn/notice") },
    };
}

QJsonObject with(const QString &key, const QJsonValue &value)
{
    QJsonObject o = complete();
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}
} // namespace

void TestSiteProfile::roundTrip()
{
    const Result<SiteProfile> p = SiteProfile::fromJson(complete());
    QVERIFY2(p.ok(), qPrintable(p.errorMessage()));
    QCOMPARE(p->operatorName, QStringLiteral("Green Lake Property Co."));
    QCOMPARE(p->retentionDays, 365);
    QCOMPARE(p->alternatives, QStringList({ QStringLiteral("Key card"), QStringLiteral("ID check") }));
    QJsonObject expected = complete();
    // Keys the file leaves out come back with their defaults.
    expected.insert(QStringLiteral("verification_record_days"), SiteProfile::kDefaultVerificationRecordDays);
    expected.insert(QStringLiteral("record_retention_days"), SiteProfile::kDefaultRecordRetentionDays);
    expected.insert(QStringLiteral("renewal_grace_days"), SiteProfile::kDefaultRenewalGraceDays);
    expected.insert(QStringLiteral("minors_rules"), QString());
    expected.insert(QStringLiteral("backup_location"), QString());
    QCOMPARE(p->toJson(), expected);
    const Result<SiteProfile> again = SiteProfile::fromJson(p->toJson());
    QVERIFY(again.ok());
    QVERIFY(again.value() == p.value());
}

void TestSiteProfile::refused_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown key") << with(QStringLiteral("opening_hours"), QStringLiteral("9-5"))
                                 << QStringLiteral("unknown field \"opening_hours\"");
    QTest::newRow("misspelt key") << with(QStringLiteral("operator"), QStringLiteral("x"))
                                  << QStringLiteral("\"operator\"");
    QTest::newRow("text is a number") << with(QStringLiteral("operator_name"), 42)
                                      << QStringLiteral("\"operator_name\" must be text");
    QTest::newRow("text is null") << with(QStringLiteral("purpose"), QJsonValue::Null)
                                  << QStringLiteral("\"purpose\" must be text");
    QTest::newRow("text is a list") << with(QStringLiteral("site_name"), QJsonArray { QStringLiteral("a") })
                                    << QStringLiteral("\"site_name\" must be text");
    QTest::newRow("text too long") << with(QStringLiteral("purpose"), QString(2001, QLatin1Char('x')))
                                   << QStringLiteral("\"purpose\" is longer than 2000");
    QTest::newRow("alternatives not a list") << with(QStringLiteral("alternatives"), QStringLiteral("Key card"))
                                             << QStringLiteral("\"alternatives\" must be a list");
    QTest::newRow("alternative not text") << with(QStringLiteral("alternatives"), QJsonArray { 1, 2 })
                                          << QStringLiteral("\"alternatives\" must be a list");
    QTest::newRow("alternative empty") << with(QStringLiteral("alternatives"), QJsonArray { QStringLiteral("  ") })
                                       << QStringLiteral("\"alternatives\" must be a list");
    QTest::newRow("url not http") << with(QStringLiteral("notice_url"), QStringLiteral("ftp://example.cn/n"))
                                  << QStringLiteral("\"notice_url\"");
    QTest::newRow("url not a url") << with(QStringLiteral("notice_url"), QStringLiteral("see the front desk"))
                                   << QStringLiteral("\"notice_url\"");
    QTest::newRow("url with spaces") << with(QStringLiteral("notice_url"), QStringLiteral("https://exa mple.cn/"))
                                     << QStringLiteral("\"notice_url\"");
    QTest::newRow("url is a number") << with(QStringLiteral("notice_url"), 7)
                                     << QStringLiteral("\"notice_url\" must be text");
}

void TestSiteProfile::refused()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, mentions);
    const Result<SiteProfile> p = SiteProfile::fromJson(object);
    QVERIFY(!p.ok());
    QCOMPARE(p.errorKind(), ErrorKind::Data);
    QVERIFY2(p.errorMessage().contains(mentions), qPrintable(p.errorMessage()));
}

void TestSiteProfile::retentionLimits_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("zero") << QJsonValue(0) << false;
    QTest::newRow("negative") << QJsonValue(-30) << false;
    QTest::newRow("one day") << QJsonValue(1) << true;
    QTest::newRow("ten years") << QJsonValue(SiteProfile::kMaxRetentionDays) << true;
    QTest::newRow("too large") << QJsonValue(SiteProfile::kMaxRetentionDays + 1) << false;
    QTest::newRow("huge") << QJsonValue(1e12) << false;
    QTest::newRow("fraction") << QJsonValue(30.5) << false;
    QTest::newRow("text") << QJsonValue(QStringLiteral("30")) << false;
    QTest::newRow("bool") << QJsonValue(true) << false;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false;
}

void TestSiteProfile::retentionLimits()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);
    const Result<SiteProfile> p = SiteProfile::fromJson(with(QStringLiteral("retention_days"), value));
    QCOMPARE(p.ok(), accepted);
    if (accepted) {
        QCOMPARE(p->retentionDays, value.toInt());
    } else {
        QCOMPARE(p.errorKind(), ErrorKind::Data);
        QVERIFY2(p.errorMessage().contains(QStringLiteral("\"retention_days\"")), qPrintable(p.errorMessage()));
    }
}

void TestSiteProfile::textIsTrimmed()
{
    const Result<SiteProfile> p
        = SiteProfile::fromJson(with(QStringLiteral("operator_name"), QStringLiteral("  Co.  ")));
    QVERIFY(p.ok());
    QCOMPARE(p->operatorName, QStringLiteral("Co."));
}

void TestSiteProfile::fileNotFound()
{
    QTemporaryDir dir;
    const Result<SiteProfile> p = SiteProfile::fromJsonFile(dir.filePath(QStringLiteral("nope.json")));
    QVERIFY(!p.ok());
    QCOMPARE(p.errorKind(), ErrorKind::NotFound);
    QVERIFY2(p.errorMessage().contains(QStringLiteral("nope.json")), qPrintable(p.errorMessage()));
}

void TestSiteProfile::fileNotJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("not json") << QByteArray("site_name = Green Lake\n");
    QTest::newRow("array") << QByteArray("[{\"site_name\": \"x\"}]");
    QTest::newRow("string") << QByteArray("\"Green Lake\"");
    QTest::newRow("truncated") << QByteArray("{\"site_name\": \"Green");
    QTest::newRow("trailing garbage") << QByteArray("{\"site_name\": \"x\"} x");
}

void TestSiteProfile::fileNotJson()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const Result<SiteProfile> p = SiteProfile::fromJsonFile(path);
    QVERIFY(!p.ok());
    QCOMPARE(p.errorKind(), ErrorKind::Data);
    QVERIFY2(p.errorMessage().contains(QStringLiteral("not a valid JSON object")), qPrintable(p.errorMessage()));
}

void TestSiteProfile::fileGood()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QJsonObject o = complete();
    o.insert(QStringLiteral("operator_name"), QStringLiteral("北京翠湖物业管理有限公司"));
    file.write(QJsonDocument(o).toJson());
    file.close();
    const Result<SiteProfile> p = SiteProfile::fromJsonFile(path);
    QVERIFY2(p.ok(), qPrintable(p.errorMessage()));
    QCOMPARE(p->operatorName, QStringLiteral("北京翠湖物业管理有限公司"));
}

void TestSiteProfile::missingFields()
{
    QVERIFY(SiteProfile::fromJson(complete())->missingFields().isEmpty());
    const Result<SiteProfile> partial
        = SiteProfile::fromJson(QJsonObject { { QStringLiteral("site_name"), QStringLiteral("Green Lake") } });
    QVERIFY(partial.ok()); // absent keys are allowed while a profile is being filled in…
    const QStringList missing = partial->missingFields();
    // …but what a resident must be told is reported.
    for (const char *key : { "operator_name", "contact_phone", "purpose", "retention_days", "alternatives" })
        QVERIFY2(missing.contains(QString::fromLatin1(key)), key);
    QVERIFY(!missing.contains(QStringLiteral("site_name")));
    // One way to reach the operator is enough.
    QVERIFY(!SiteProfile::fromJson(with(QStringLiteral("contact_phone"), QJsonValue::Undefined))
                 ->missingFields()
                 .contains(QStringLiteral("contact_phone")));
}

void TestSiteProfile::lifecycleFields()
{
    QJsonObject o = complete();
    o.insert(QStringLiteral("site_type"), QStringLiteral("hotel"));
    o.insert(QStringLiteral("retention_days"), 30); // within the ceiling below
    o.insert(QStringLiteral("max_retention_days"), 90);
    o.insert(QStringLiteral("verification_mode"), QStringLiteral("one_to_one"));
    o.insert(QStringLiteral("verification_record_days"), 60);
    o.insert(QStringLiteral("record_retention_days"), 1200);
    o.insert(QStringLiteral("renewal_grace_days"), 14);
    o.insert(QStringLiteral("minors_rules"), QStringLiteral("监护人陪同办理"));
    o.insert(QStringLiteral("backup_location"), QStringLiteral("经理办公室保险柜中的加密U盘"));
    const Result<SiteProfile> p = SiteProfile::fromJson(o);
    QVERIFY2(p.ok(), qPrintable(p.errorMessage()));
    QCOMPARE(p->siteType, SiteProfile::SiteType::Hotel);
    QCOMPARE(p->maxRetentionDays, 90);
    QCOMPARE(p->verificationMode, SiteProfile::VerificationMode::OneToOne);
    QCOMPARE(p->verificationRecordDays, 60);
    QCOMPARE(p->recordRetentionDays, 1200);
    QCOMPARE(p->renewalGraceDays, 14);
    QCOMPARE(p->minorsRules, QStringLiteral("监护人陪同办理"));
    QCOMPARE(p->backupLocation, QStringLiteral("经理办公室保险柜中的加密U盘"));
    QCOMPARE(p->toJson(), o);
}

void TestSiteProfile::lifecycleFieldsRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("site type unknown") << "site_type" << QJsonValue(QStringLiteral("hostel"));
    QTest::newRow("site type number") << "site_type" << QJsonValue(1);
    QTest::newRow("mode unknown") << "verification_mode" << QJsonValue(QStringLiteral("1:1"));
    QTest::newRow("max retention zero") << "max_retention_days" << QJsonValue(0);
    QTest::newRow("max retention too long") << "max_retention_days" << QJsonValue(SiteProfile::kMaxRetentionDays + 1);
    QTest::newRow("records under 3 years") << "record_retention_days" << QJsonValue(1094);
    QTest::newRow("verification records forever") << "verification_record_days" << QJsonValue(1e9);
    QTest::newRow("grace fraction") << "renewal_grace_days" << QJsonValue(2.5);
    QTest::newRow("minors rules not text") << "minors_rules" << QJsonValue(true);
}

void TestSiteProfile::lifecycleFieldsRefused()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const Result<SiteProfile> p = SiteProfile::fromJson(with(key, value));
    QVERIFY(!p.ok());
    QCOMPARE(p.errorKind(), ErrorKind::Data);
    QVERIFY2(p.errorMessage().contains(QLatin1Char('"') + key + QLatin1Char('"')), qPrintable(p.errorMessage()));
}

void TestSiteProfile::siteTypeDefaults()
{
    SiteProfile hotel;
    hotel.applyDefaultsFor(SiteProfile::SiteType::Hotel);
    QCOMPARE(hotel.siteType, SiteProfile::SiteType::Hotel);
    QCOMPARE(hotel.retentionDays, SiteProfile::kHotelRetentionDays);
    QCOMPARE(hotel.maxRetentionDays, SiteProfile::kHotelMaxRetentionDays);
    QCOMPARE(hotel.verificationMode, SiteProfile::VerificationMode::OneToOne);

    // A value the site already chose is kept.
    SiteProfile compound;
    compound.retentionDays = 7;
    compound.applyDefaultsFor(SiteProfile::SiteType::Compound);
    QCOMPARE(compound.retentionDays, 7);
    QCOMPARE(compound.maxRetentionDays, SiteProfile::kCompoundMaxRetentionDays);
    QCOMPARE(compound.verificationMode, SiteProfile::VerificationMode::OneToMany);
}

void TestSiteProfile::unsetValuesRoundTrip()
{
    // The fuzzer's finding: a profile with nothing set must come back the same from its own JSON.
    const SiteProfile empty;
    const Result<SiteProfile> again = SiteProfile::fromJson(empty.toJson());
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QVERIFY(again.value() == empty);
    QVERIFY(!empty.toJson().contains(QStringLiteral("retention_days")));
    QVERIFY(!empty.toJson().contains(QStringLiteral("site_type")));
}

QTEST_GUILESS_MAIN(TestSiteProfile)
#include "tst_siteprofile.moc"
