// Both languages load; the Chinese translation is complete; Qt's own Chinese is loaded beside ours.

#include "TestPaths.h"
#include "platform/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace consentry;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothLanguagesLoad();
    void chineseIsUsed();
    void qtOwnChineseIsLoaded();
    void chineseIsComplete();
    void systemDefault();
    void languageFromArguments();
};

void TestTranslations::bothLanguagesLoad()
{
    for (const QString &code : Language::supported()) {
        QVERIFY2(Language::install(code), qPrintable(code));
        QCOMPARE(Language::current(), code);
    }
}

void TestTranslations::chineseIsUsed()
{
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    QCOMPARE(QCoreApplication::translate("Sections", "Residents"), QStringLiteral("住户"));
    QVERIFY(Language::install(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("Sections", "Residents"), QStringLiteral("Residents"));
}

void TestTranslations::qtOwnChineseIsLoaded()
{
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    // A message of QCommandLineParser, which the CLI prints on a usage error.
    const QString text = QCoreApplication::translate("QCommandLineParser", "Unknown option '%1'.");
    QVERIFY2(text != QStringLiteral("Unknown option '%1'."),
             "qtbase_zh_CN.qm was not loaded (Debian package qt6-translations-l10n)");
    QVERIFY(Language::install(QStringLiteral("en")));
}

void TestTranslations::chineseIsComplete()
{
    QFile ts(test::sourceDir() + QStringLiteral("/translations/consentry_zh_CN.ts"));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const bool isUnfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (isUnfinished || text.trimmed().isEmpty())
                unfinished << source;
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 20);
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("untranslated: ") + unfinished.join(QStringLiteral(" | "))));
}

void TestTranslations::systemDefault()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English));
    QVERIFY(Language::isSupported(Language::systemDefault()));
    QVERIFY(!Language::isSupported(QStringLiteral("fr")));
    QLocale::setDefault(saved);
}

void TestTranslations::languageFromArguments()
{
    const QString app = QStringLiteral("consentry");
    QCOMPARE(Language::fromArguments({ app, QStringLiteral("--lang"), QStringLiteral("en") }), QStringLiteral("en"));
    QCOMPARE(Language::fromArguments({ app, QStringLiteral("x"), QStringLiteral("--lang=zh_CN") }),
             QStringLiteral("zh_CN"));
    QCOMPARE(Language::fromArguments({ app, QStringLiteral("--"), QStringLiteral("--lang=zh_CN") }), QString());
    QCOMPARE(Language::fromArguments({ app }), QString());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
