// consentry-cli signage, as a script runs it: options and exit codes of ../shared/CLI.md, the JSON keys,
// and nothing half-written.

#include "CliRunner.h"
#include "PdfTools.h"
#include "Profiles.h"
#include "VaultFixture.h"
#include "domain/AuditKind.h"
#include "platform/Language.h"
#include "services/AuditService.h"
#include "services/SettingsService.h"
#include "vault/Unlocker.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;
using namespace consentry::test;

class TestSignageCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesEveryLayout_data();
    void writesEveryLayout();
    void textOutput();
    void listedInHelp();
    void usageErrors_data();
    void usageErrors();
    void profileFromStore();
    void badProfile_data();
    void badProfile();
    void missingProfileFile();
    void unwritableOut();
    void tooLongIsRefused();
    void incompleteProfileIsRefused();

private:
    QString writeProfile(const QString &name, const QJsonObject &object);
    QTemporaryDir m_dir;
    QString m_profile;
};

void TestSignageCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_profile = writeProfile(QStringLiteral("profile.json"), typicalProfile().toJson());
}

QString TestSignageCli::writeProfile(const QString &name, const QJsonObject &object)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(QJsonDocument(object).toJson());
    return path;
}

void TestSignageCli::writesEveryLayout_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("lang");
    for (const char *layout : { "poster-a4", "counter-a5", "label-a6" }) {
        for (const char *lang : { "zh_CN", "en", "zh_CN+en" })
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(layout), QLatin1String(lang))))
                << QString::fromLatin1(layout) << QString::fromLatin1(lang);
    }
}

void TestSignageCli::writesEveryLayout()
{
    QFETCH(QString, layout);
    QFETCH(QString, lang);
    const QString out = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(layout, lang));
    const CliResult r = CliRunner().run({ QStringLiteral("--json"), QStringLiteral("signage"),
                                          QStringLiteral("--layout"), layout, QStringLiteral("--lang"), lang,
                                          QStringLiteral("--out"), out, QStringLiteral("--profile"), m_profile });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("file")).toString(), QFileInfo(out).absoluteFilePath());
    QCOMPARE(json.value(QStringLiteral("pages")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("layout")).toString(), layout);
    QCOMPARE(json.value(QStringLiteral("lang")).toString(), lang);
    const QString text = normalizedForSearch(pdfText(out));
    QVERIFY(text.contains(normalizedForSearch(typicalProfile().operatorName)));
    QVERIFY(text.contains(normalizedForSearch(typicalProfile().noticeUrl)));
}

void TestSignageCli::textOutput()
{
    const QString out = m_dir.filePath(QStringLiteral("text.pdf"));
    const CliResult r
        = CliRunner().run({ QStringLiteral("signage"), QStringLiteral("--layout=poster-a4"),
                            QStringLiteral("--lang=en"), QStringLiteral("--out"), out, QStringLiteral("--profile"),
                            m_profile, QStringLiteral("--paper"), QStringLiteral("letter") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QFileInfo(out).fileName()), qPrintable(r.out));
    QVERIFY(pdfPageSize(out).contains(QStringLiteral("(letter)")));
}

void TestSignageCli::listedInHelp()
{
    const CliResult all = CliRunner().run({ QStringLiteral("--help") });
    QVERIFY(all.out.contains(QStringLiteral("signage")));
    const CliResult one = CliRunner().run({ QStringLiteral("signage"), QStringLiteral("--help") });
    QCOMPARE(one.exitCode, 0);
    for (const char *option : { "--layout", "--out", "--profile", "--paper", "--logo", "poster-a4", "zh_CN+en" })
        QVERIFY2(one.out.contains(QString::fromLatin1(option)), option);
}

void TestSignageCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QString out = QStringLiteral("/tmp/consentry-never-written.pdf");
    const QStringList base { QStringLiteral("signage") };
    QTest::newRow("no layout") << base
            + QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), out }
                               << QStringLiteral("--layout");
    QTest::newRow("bad layout") << base + QStringList { QStringLiteral("--layout"), QStringLiteral("poster-a3"),
                                                        QStringLiteral("--lang"),   QStringLiteral("en"),
                                                        QStringLiteral("--out"),    out }
                                << QStringLiteral("poster-a3");
    QTest::newRow("no lang") << base
            + QStringList { QStringLiteral("--layout"), QStringLiteral("poster-a4"), QStringLiteral("--out"), out }
                             << QStringLiteral("--lang");
    QTest::newRow("bad lang combination")
        << base + QStringList { QStringLiteral("--layout"), QStringLiteral("poster-a4"), QStringLiteral("--lang"),
                                QStringLiteral("en+zh_CN"), QStringLiteral("--out"),     out }
        << QStringLiteral("en+zh_CN");
    QTest::newRow("no out") << base
            + QStringList { QStringLiteral("--layout"), QStringLiteral("poster-a4"), QStringLiteral("--lang"),
                            QStringLiteral("en") }
                            << QStringLiteral("--out");
    QTest::newRow("bad paper") << base + QStringList { QStringLiteral("--layout"), QStringLiteral("poster-a4"),
                                                       QStringLiteral("--lang"),   QStringLiteral("en"),
                                                       QStringLiteral("--out"),    out,
                                                       QStringLiteral("--paper"),  QStringLiteral("B5") }
                               << QStringLiteral("B5");
}

void TestSignageCli::profileFromStore()
{
    // Without --profile the sign is filled from the encrypted store, and the print is audited there.
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("store"));
    CliRunner cli;
    cli.setEnv(QStringLiteral("CONSENTRY_PASSWORD"), QStringLiteral("manager-pass"));
    QCOMPARE(cli.run({ QStringLiteral("--data-dir"), data, QStringLiteral("init"), QStringLiteral("--manager"),
                       QStringLiteral("wang"), QStringLiteral("--site-name"), QStringLiteral("Lakeside") })
                 .exitCode,
             0);
    const QString out = dir.filePath(QStringLiteral("store-sign.pdf"));
    const QStringList args { QStringLiteral("--data-dir"),
                             data,
                             QStringLiteral("signage"),
                             QStringLiteral("--layout"),
                             QStringLiteral("counter-a5"),
                             QStringLiteral("--lang"),
                             QStringLiteral("en"),
                             QStringLiteral("--out"),
                             out,
                             QStringLiteral("--json") };
    // A store made by init has only the site name: the sign refuses and names what is missing.
    const CliResult incomplete = cli.run(args);
    QCOMPARE(incomplete.exitCode, 3);
    QVERIFY2(incomplete.err.contains(SiteProfile::fieldName(QStringLiteral("operator_name"))),
             qPrintable(incomplete.err));
    QVERIFY2(!incomplete.err.contains(QStringLiteral("operator_name")), qPrintable(incomplete.err)); // no raw key
    QVERIFY(!QFileInfo::exists(out));

    {
        auto vault = Unlocker::open(data, QStringLiteral("wang"), test::password("manager-pass"));
        QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
        QVERIFY(SettingsService(*vault.value()).setSiteProfile(typicalProfile()).ok());
    }
    const CliResult r = cli.run(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFileInfo::exists(out));
    auto vault = Unlocker::open(data, QStringLiteral("wang"), test::password("manager-pass"));
    QVERIFY(vault.ok());
    const auto events = AuditService(*vault.value()).events(0, 1000);
    QVERIFY2(events.ok(), qPrintable(events.errorMessage()));
    bool printed = false;
    for (const AuditEvent &event : events.value())
        printed = printed || event.kind == AuditKind::SignagePrinted;
    QVERIFY(printed);
}

void TestSignageCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CliResult r = CliRunner().run(arguments);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/consentry-never-written.pdf")));
}

void TestSignageCli::badProfile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");
    QJsonObject unknown = typicalProfile().toJson();
    unknown.insert(QStringLiteral("wifi_password"), QStringLiteral("x"));
    QTest::newRow("unknown key") << QJsonDocument(unknown).toJson()
                                 << QStringLiteral("unknown field \"wifi_password\"");
    QJsonObject zero = typicalProfile().toJson();
    zero.insert(QStringLiteral("retention_days"), 0);
    QTest::newRow("retention 0") << QJsonDocument(zero).toJson() << QStringLiteral("\"retention_days\"");
    QJsonObject url = typicalProfile().toJson();
    url.insert(QStringLiteral("notice_url"), QStringLiteral("javascript:alert(1)"));
    QTest::newRow("bad url") << QJsonDocument(url).toJson() << QStringLiteral("\"notice_url\"");
    QTest::newRow("not json") << QByteArray("operator = me") << QStringLiteral("not a valid JSON object");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a valid JSON object");
}

void TestSignageCli::badProfile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    const QString out = m_dir.filePath(QStringLiteral("bad-profile.pdf"));
    const CliResult r = CliRunner().run({ QStringLiteral("signage"), QStringLiteral("--layout"),
                                          QStringLiteral("poster-a4"), QStringLiteral("--lang"), QStringLiteral("en"),
                                          QStringLiteral("--out"), out, QStringLiteral("--profile"), path });
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestSignageCli::missingProfileFile()
{
    const QString out = m_dir.filePath(QStringLiteral("no-profile.pdf"));
    const CliResult r = CliRunner().run(
        { QStringLiteral("--json"), QStringLiteral("signage"), QStringLiteral("--layout"), QStringLiteral("label-a6"),
          QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--out"), out, QStringLiteral("--profile"),
          m_dir.filePath(QStringLiteral("absent.json")) });
    QCOMPARE(r.exitCode, 4); // not found, as for every missing input file
    QVERIFY(r.err.contains(QStringLiteral("absent.json")));
    QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY(!QFileInfo::exists(out));
}

void TestSignageCli::unwritableOut()
{
    const QString out = m_dir.filePath(QStringLiteral("missing-folder/sign.pdf"));
    const CliResult r = CliRunner().run(
        { QStringLiteral("signage"), QStringLiteral("--layout"), QStringLiteral("poster-a4"), QStringLiteral("--lang"),
          QStringLiteral("zh_CN+en"), QStringLiteral("--out"), out, QStringLiteral("--profile"), m_profile });
    QCOMPARE(r.exitCode, 6);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(r.err.contains(out));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(QDir(m_dir.path()).entryList({ QStringLiteral("*.pdf.*") }, QDir::Files).isEmpty());
}

void TestSignageCli::tooLongIsRefused()
{
    QJsonObject object = typicalProfile().toJson();
    object.insert(QStringLiteral("purpose"), QString(1900, QLatin1Char('x')));
    const QString profile = writeProfile(QStringLiteral("long.json"), object);
    const QString out = m_dir.filePath(QStringLiteral("long.pdf"));
    const CliResult r = CliRunner().run({ QStringLiteral("signage"), QStringLiteral("--layout"),
                                          QStringLiteral("label-a6"), QStringLiteral("--lang"), QStringLiteral("en"),
                                          QStringLiteral("--out"), out, QStringLiteral("--profile"), profile });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1Char('"') + SiteProfile::fieldName(QStringLiteral("purpose")) + QLatin1Char('"')),
             qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestSignageCli::incompleteProfileIsRefused()
{
    QJsonObject object = typicalProfile().toJson();
    object.remove(QStringLiteral("alternatives"));
    const QString profile = writeProfile(QStringLiteral("incomplete.json"), object);
    const QString out = m_dir.filePath(QStringLiteral("incomplete.pdf"));
    const CliResult r = CliRunner().run(
        { QStringLiteral("signage"), QStringLiteral("--layout"), QStringLiteral("counter-a5"), QStringLiteral("--lang"),
          QStringLiteral("zh_CN"), QStringLiteral("--out"), out, QStringLiteral("--profile"), profile });
    QCOMPARE(r.exitCode, 3);
    // --lang zh_CN: the sentence is Chinese and names the field as the Chinese form does, not by its key.
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    const QString label = SiteProfile::fieldName(QStringLiteral("alternatives"));
    QVERIFY(Language::install(QStringLiteral("en")));
    QVERIFY2(r.err.contains(QStringLiteral("“%1”").arg(label)), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("alternatives")), qPrintable(r.err));
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_MAIN(TestSignageCli) // a QGuiApplication: the text checks look at the sign's fonts
#include "tst_signagecli.moc"
