// The user manual: both languages have the same sections, every placeholder names something real (a
// section, a button or tab as the program shows it in that language, this computer's folders), and Help →
// User manual (F1) opens it offline, at the first section, with links between sections that work.

#include "TestPaths.h"
#include "help/ManualContent.h"
#include "help/ManualWindow.h"
#include "main/MainWindow.h"
#include "main/Section.h"
#include "platform/Language.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>
#include <QXmlStreamReader>

using namespace consentry;
using namespace consentry::ui;

class TestManual : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void bothLanguagesHaveTheSameSections();
    void placeholdersAllResolve_data();
    void placeholdersAllResolve();
    void uiNamesAreRealTranslatedStrings();
    void namesAreInTheReadersLanguage();
    void factsAreThisComputers();
    void helpMenuOpensTheManual();
    void linksTurnThePage();
    void installedHtmlHasEverySection();

private:
    static QMap<QString, QString> finishedChinese(); // "context|source" -> translation, from the .ts file
};

void TestManual::cleanup()
{
    Language::install(QStringLiteral("en"));
}

void TestManual::bothLanguagesHaveTheSameSections()
{
    QCOMPARE(ManualContent::languages(), QStringList({ QStringLiteral("en"), QStringLiteral("zh_CN") }));
    const QStringList zh = QDir(QStringLiteral(":/manual/zh_CN")).entryList({ QStringLiteral("*.md") });
    const QStringList en = QDir(QStringLiteral(":/manual/en")).entryList({ QStringLiteral("*.md") });
    QCOMPARE(zh, en);
    QVERIFY(zh.size() >= 5); // setup, daily use, duties, backup, troubleshooting
    for (const QString &language : ManualContent::languages()) {
        for (const ManualContent::Section &section : ManualContent::sections(language, {})) {
            QVERIFY2(section.markdown.startsWith(QStringLiteral("# ")), qPrintable(language + section.file));
            QVERIFY(!section.title.isEmpty() && section.title != section.file);
        }
    }
}

void TestManual::placeholdersAllResolve_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestManual::placeholdersAllResolve()
{
    QFETCH(QString, language);
    QVERIFY(Language::install(language));
    QStringList unresolved;
    const QList<ManualContent::Section> sections = ManualContent::sections(language, {}, &unresolved);
    QVERIFY2(unresolved.isEmpty(), qPrintable(unresolved.join(QStringLiteral(", "))));
    for (const ManualContent::Section &section : sections)
        QVERIFY2(!section.markdown.contains(QStringLiteral("{{")), qPrintable(section.file));
}

QMap<QString, QString> TestManual::finishedChinese()
{
    QMap<QString, QString> map;
    QFile file(test::sourceDir() + QStringLiteral("/translations/consentry_zh_CN.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return map;
    QXmlStreamReader xml(&file);
    QString context, source, translation;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            translation = xml.readElementText(QXmlStreamReader::IncludeChildElements); // plurals
            if (!unfinished && !translation.isEmpty())
                map.insert(context + QLatin1Char('|') + source, translation);
        }
    }
    return map;
}

// A {{ui:CONTEXT|TEXT}} must name a string the program really shows, with its Chinese translation done.
// Strings added on a branch are translated at merge (translations/pending/*.json) and checked there.
void TestManual::uiNamesAreRealTranslatedStrings()
{
    const QMap<QString, QString> chinese = finishedChinese();
    QVERIFY2(!chinese.isEmpty(), "translations/consentry_zh_CN.ts could not be read");
    QString pending;
    const QDir pendingDir(test::sourceDir() + QStringLiteral("/translations/pending"));
    for (const QString &name : pendingDir.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
        QFile pendingFile(pendingDir.filePath(name));
        if (pendingFile.open(QIODevice::ReadOnly))
            pending += QString::fromUtf8(pendingFile.readAll());
    }
    static const QRegularExpression ui(QStringLiteral("\\{\\{ui:([^|}]+)\\|([^}]+)\\}\\}"));
    int checked = 0;
    for (const QString &language : ManualContent::languages()) {
        for (const QString &file : QDir(QStringLiteral(":/manual/") + language).entryList({ QStringLiteral("*.md") })) {
            QFile in(QStringLiteral(":/manual/%1/%2").arg(language, file));
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(in.readAll());
            for (auto it = ui.globalMatch(text); it.hasNext(); ++checked) {
                const QRegularExpressionMatch m = it.next();
                const QString key = m.captured(1) + QLatin1Char('|') + m.captured(2);
                QVERIFY2(chinese.contains(key) || pending.contains(QLatin1Char('"') + m.captured(2) + QLatin1Char('"')),
                         qPrintable(QStringLiteral("%1/%2 names \"%3\", which the program does not show")
                                        .arg(language, file, key)));
            }
        }
    }
    QVERIFY(checked > 20);
}

void TestManual::namesAreInTheReadersLanguage()
{
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    QString all;
    for (const ManualContent::Section &section : ManualContent::sections(QStringLiteral("zh_CN"), {}))
        all += section.markdown;
    QVERIFY(all.contains(QStringLiteral("“%1”").arg(Sections::title(Section::Residents))));
    QVERIFY(all.contains(QStringLiteral("“住户”")));
    QVERIFY(all.contains(QStringLiteral("“撤回同意…”")));
    QVERIFY(!all.contains(QStringLiteral("Withdraw consent")));

    QVERIFY(Language::install(QStringLiteral("en")));
    all.clear();
    for (const ManualContent::Section &section : ManualContent::sections(QStringLiteral("en"), {}))
        all += section.markdown;
    QVERIFY(all.contains(QStringLiteral("**Residents**")));
    QVERIFY(all.contains(QStringLiteral("**Withdraw consent…**")));
}

void TestManual::factsAreThisComputers()
{
    ManualContent::Facts facts;
    facts.dataDir = QStringLiteral("/srv/酒店/consentry");
    facts.modelDirs = { QStringLiteral("/opt/models"), QStringLiteral("/srv/酒店/consentry/models") };
    QString all;
    for (const ManualContent::Section &section : ManualContent::sections(QStringLiteral("en"), facts))
        all += section.markdown;
    QVERIFY(all.contains(QStringLiteral("`%1`").arg(QDir::toNativeSeparators(facts.dataDir))));
    QVERIFY(all.contains(QStringLiteral("`%1`").arg(QDir::toNativeSeparators(QStringLiteral("/opt/models")))));
}

void TestManual::helpMenuOpensTheManual()
{
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    MainWindow window(QStringLiteral("/tmp/consentry-manual-test"));
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("manualAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    action->trigger();
    auto *manual = window.findChild<ManualWindow *>(QStringLiteral("manualWindow"));
    QVERIFY(manual);
    QTRY_VERIFY(manual->isVisible());
    QCOMPARE(manual->currentSection(), 0);
    QCOMPARE(manual->sectionTitle(0), QStringLiteral("入门"));
    QVERIFY(manual->browser()->toPlainText().contains(QStringLiteral("单独同意")));
    // Its folders are this window's.
    const int backup = [&] {
        for (int i = 0; i < manual->sectionCount(); ++i) {
            if (manual->sectionTitle(i) == QStringLiteral("备份与恢复"))
                return i;
        }
        return -1;
    }();
    QVERIFY(backup > 0);
    manual->showSection(backup);
    QVERIFY(manual->browser()->toPlainText().contains(
        QDir::toNativeSeparators(QStringLiteral("/tmp/consentry-manual-test"))));
    // A second F1 brings the same window forward.
    action->trigger();
    QCOMPARE(window.findChildren<ManualWindow *>().size(), 1);
}

void TestManual::linksTurnThePage()
{
    ManualWindow manual(QStringLiteral("en"), {});
    manual.show();
    const int troubleshooting = manual.sectionCount() - 1;
    manual.showSection(troubleshooting);
    QVERIFY(manual.browser()->toPlainText().contains(QStringLiteral("Getting started")));
    Q_EMIT manual.browser()->anchorClicked(QUrl(QStringLiteral("01-getting-started.md")));
    QCOMPARE(manual.currentSection(), 0);
    QVERIFY(manual.browser()->toPlainText().startsWith(QStringLiteral("Getting started")));
}

void TestManual::installedHtmlHasEverySection()
{
    for (const QString &language : ManualContent::languages()) {
        QVERIFY(Language::install(language));
        const QString html = ManualContent::toHtml(language, {});
        QVERIFY(!html.contains(QStringLiteral("{{")));
        QVERIFY(html.contains(
            QStringLiteral("<html lang=\"%1\">").arg(QString(language).replace(QLatin1Char('_'), QLatin1Char('-')))));
        for (const ManualContent::Section &section : ManualContent::sections(language, {}))
            QVERIFY2(html.contains(section.title.toHtmlEscaped()), qPrintable(section.title));
        // Links between sections point inside the page.
        QVERIFY(!html.contains(QStringLiteral(".md\"")));
    }
}

QTEST_MAIN(TestManual)
#include "tst_manual.moc"
