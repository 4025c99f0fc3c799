// Every window fits a 1366×768 front-desk screen less a 40-pixel taskbar, at 100 % and at 200 % scaling
// (a 2732×1536 screen): nothing opens larger than the screen, and no button of the consent dialog is
// ever off-screen. CTest runs this suite once per screen (tests/ui/screens/*.json, the offscreen
// platform's screen description); it says which one it was given.

#include "Screenshot.h"
#include "VaultFixture.h"
#include "compliance/NoticeText.h"
#include "enroll/ConsentDialog.h"
#include "help/AboutDialog.h"
#include "help/ManualWindow.h"
#include "main/AppController.h"
#include "main/MainWindow.h"
#include "main/Section.h"
#include "platform/Language.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTest>

using namespace consentry;
using namespace consentry::ui;

class TestScreenFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void consentDialogButtonsStayOnScreen_data();
    void consentDialogButtonsStayOnScreen();
    void helpWindowsFit();
    void mainWindowFitsInEverySection();

private:
    static QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }
    static void verifyInside(QWidget *window);
};

void TestScreenFit::initTestCase()
{
    QVERIFY(Language::install(qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("zh_CN"))));
    const QScreen *screen = QGuiApplication::primaryScreen();
    qInfo("screen %dx%d logical, device pixel ratio %.1f", screen->availableGeometry().width(),
          screen->availableGeometry().height(), screen->devicePixelRatio());
    if (qEnvironmentVariable("QT_QPA_PLATFORM").contains(QLatin1String("configfile")))
        QVERIFY(screen->availableGeometry().width() == 1366);
}

void TestScreenFit::verifyInside(QWidget *window)
{
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QRect frame = window->frameGeometry();
    QVERIFY2(available().contains(frame),
             qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 leaves the screen %6x%7")
                            .arg(window->objectName())
                            .arg(frame.x())
                            .arg(frame.y())
                            .arg(frame.width())
                            .arg(frame.height())
                            .arg(available().width())
                            .arg(available().height())));
}

void TestScreenFit::consentDialogButtonsStayOnScreen_data()
{
    QTest::addColumn<bool>("largeText");
    QTest::addColumn<int>("page");
    QTest::newRow("notice") << false << 0;
    QTest::newRow("notice, larger text") << true << 0;
    QTest::newRow("other way") << false << 1;
}

void TestScreenFit::consentDialogButtonsStayOnScreen()
{
    QFETCH(bool, largeText);
    QFETCH(int, page);
    SiteProfile profile;
    profile.siteName = QStringLiteral("湖畔花园");
    profile.operatorName = QStringLiteral("湖畔物业管理有限公司");
    profile.contactPhone = QStringLiteral("021-5555 0100");
    profile.purpose = QStringLiteral("住户进出小区时的身份核验");
    profile.retentionDays = 30;
    profile.alternatives
        = { QStringLiteral("出示门禁卡"), QStringLiteral("由保安人工核验"), QStringLiteral("出示身份证件") };
    const QList<ShownNotice> notices
        = { { QStringLiteral("notice-zh"), NoticeText::compose(profile, QStringLiteral("zh_CN")) },
            { QStringLiteral("notice-en"), NoticeText::compose(profile, QStringLiteral("en")) } };
    // Over a maximised main window, as at the front desk.
    QWidget main;
    main.setGeometry(available());
    main.show();
    ConsentDialog dialog(notices, profile.alternatives, QStringLiteral("李娜"), &main);
    dialog.show();
    if (largeText)
        dialog.findChild<QPushButton *>(QStringLiteral("largerTextButton"))->setChecked(true);
    dialog.findChild<QStackedWidget *>()->setCurrentIndex(page);
    QApplication::processEvents();
    verifyInside(&dialog);
    int buttons = 0;
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(&dialog) || button->parent() == nullptr || !button->window()->isAncestorOf(button)
            || qobject_cast<QPushButton *>(button) == nullptr)
            continue;
        // Buttons inside the scrolling column may be scrolled away; the decision buttons are not inside it.
        if (dialog.findChild<QWidget *>(QStringLiteral("decisionColumn"))->isAncestorOf(button))
            continue;
        const QRect global(button->mapToGlobal(QPoint(0, 0)), button->size());
        QVERIFY2(
            available().contains(global),
            qPrintable(
                QStringLiteral("\"%1\" at %2,%3 is off-screen").arg(button->text()).arg(global.x()).arg(global.y())));
        QVERIFY2(button->height() >= button->minimumSizeHint().height(), qPrintable(button->text()));
        ++buttons;
    }
    QVERIFY(buttons >= 2);
    test::saveScreenshot(&dialog, QStringLiteral("screenfit-consent-%1-%2").arg(page).arg(largeText ? 1 : 0));
}

void TestScreenFit::helpWindowsFit()
{
    MainWindow window(QStringLiteral("/tmp/screenfit"));
    window.show();
    verifyInside(window.showManual());
    verifyInside(window.showAbout());
}

void TestScreenFit::mainWindowFitsInEverySection()
{
    test::VaultFixture store;
    QVERIFY(store.create());
    AppController controller(store.dataDir());
    controller.startWith(std::move(store.vault));
    MainWindow &window = *controller.window();
    window.show();
    verifyInside(&window);
    for (Section section : Sections::all()) {
        window.showSection(section);
        QApplication::processEvents();
        const QSize needed = window.minimumSizeHint();
        QVERIFY2(
            needed.width() <= available().width() && needed.height() <= available().height(),
            qPrintable(
                QStringLiteral("%1 needs %2x%3").arg(Sections::key(section)).arg(needed.width()).arg(needed.height())));
        verifyInside(&window);
    }
}

QTEST_MAIN(TestScreenFit)
#include "tst_screenfit.moc"
