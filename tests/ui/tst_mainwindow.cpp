// The main window constructs offscreen, every section is reachable from the navigation, and a section
// that is not built yet says so instead of showing anything made up.

#include "TestPaths.h"
#include "Widgets.h"
#include "common/PlaceholderPage.h"
#include "main/MainWindow.h"
#include "platform/Language.h"

#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QStackedWidget>
#include <QTest>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySectionIsReachable();
    void placeholdersSayNotBuilt();
    void sectionWidgetCanBeReplaced();
    void chineseNavigation();
    void appVersionWithoutDisplay();
    void appRejectsUnknownLanguage();
};

void TestMainWindow::everySectionIsReachable()
{
    MainWindow window(QStringLiteral("/tmp/consentry-test"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *navigation = child<QListWidget>(window, "navigation");
    auto *pages = child<QStackedWidget>(window, "sections");
    QVERIFY(navigation && pages);
    QCOMPARE(navigation->count(), Sections::all().size());
    QCOMPARE(navigation->count(), 9);

    for (int row = navigation->count() - 1; row >= 0; --row) {
        const Section section = Sections::all().at(row);
        const QRect rect = navigation->visualItemRect(navigation->item(row));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(window.currentSection(), section);
        QCOMPARE(pages->currentWidget()->objectName(), Sections::key(section) + QStringLiteral("Page"));
        QVERIFY(pages->currentWidget()->isVisible());
    }
}

void TestMainWindow::placeholdersSayNotBuilt()
{
    MainWindow window(QStringLiteral("/tmp/consentry-test"));
    for (Section section : Sections::all()) {
        QWidget *page = window.sectionWidget(section);
        if (!qobject_cast<PlaceholderPage *>(page))
            continue; // built screens are tested in their own suites
        auto *notice = child<QLabel>(page, "placeholderNotice");
        QVERIFY(notice);
        QVERIFY(notice->text().contains(QStringLiteral("not available")));
        // No tables, lists or charts: nothing that could pass for data.
        QCOMPARE(page->findChildren<QLabel *>().size(), 3);
    }
}

void TestMainWindow::sectionWidgetCanBeReplaced()
{
    MainWindow window(QStringLiteral("/tmp/consentry-test"));
    window.showSection(Section::Signage);
    auto *real = new QLabel(QStringLiteral("real screen"));
    window.setSectionWidget(Section::Signage, real);
    QCOMPARE(window.sectionWidget(Section::Signage), real);
    QCOMPARE(real->objectName(), QStringLiteral("signagePage"));
    auto *pages = child<QStackedWidget>(window, "sections");
    QCOMPARE(pages->currentWidget(), real);
    QCOMPARE(pages->count(), 9);
}

void TestMainWindow::chineseNavigation()
{
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    {
        MainWindow window(QStringLiteral("/tmp/consentry-test"));
        auto *navigation = child<QListWidget>(window, "navigation");
        QCOMPARE(navigation->item(2)->text(), QStringLiteral("住户"));
        QCOMPARE(navigation->item(7)->text(), QStringLiteral("审计日志"));
    }
    QVERIFY(Language::install(QStringLiteral("en")));
}

void TestMainWindow::appVersionWithoutDisplay()
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    app.setProcessEnvironment(env);
    app.start(test::appPath(), { QStringLiteral("--version") });
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(QString::fromUtf8(app.readAllStandardOutput()).startsWith(QStringLiteral("Consentry " CONSENTRY_VERSION)));
}

void TestMainWindow::appRejectsUnknownLanguage()
{
    QProcess app;
    app.start(test::appPath(), { QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 1);
    QVERIFY(QString::fromUtf8(app.readAllStandardError()).contains(QStringLiteral("fr")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
