// Every control a keyboard can reach has a name a screen reader can say, on every screen the console
// builds (the manager's, who sees them all) and in the dialogs the front desk opens: the consent dialog,
// login, setup and the lock screen. Each screen also starts with the focus on a sensible control, and the
// tab order reaches every enabled control of a page.

#include "PromptAnswers.h"
#include "TestPaths.h"
#include "VaultFixture.h"
#include "Widgets.h"
#include "enroll/ConsentDialog.h"
#include "enroll/EnrollmentWizard.h"
#include "main/AppController.h"
#include "main/MainWindow.h"
#include "platform/Language.h"
#include "services/SettingsService.h"
#include "unlock/LockScreen.h"
#include "unlock/LoginDialog.h"
#include "unlock/SetupWizard.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everySectionNamesItsControls_data();
    void everySectionNamesItsControls();
    void noMnemonicTwiceOnAScreen_data();
    void noMnemonicTwiceOnAScreen();
    void dialogsNameTheirControls();
    void setupWizardTabsThroughTheAccount();

private:
    // "Class objectName (parent chain)" of each focusable control without an accessible name.
    static QStringList unnamed(QWidget *root);
    // Alt+letter keys used by more than one control under `root` (and the menu bar): "p: &Print…, Pa&per:".
    static QStringList clashingMnemonics(QWidget *root, const QStringList &menuTitles);
    std::unique_ptr<test::VaultFixture> m_store;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(Language::install(qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("en"))));
}

void TestAccessibility::init()
{
    m_store = std::make_unique<test::VaultFixture>();
    QVERIFY(m_store->create());
    QVERIFY(SettingsService(*m_store->vault).setSiteProfile(test::lakesideProfile()).ok());
    m_store->close();
}

void TestAccessibility::cleanup()
{
    m_store.reset();
}

QStringList TestAccessibility::unnamed(QWidget *root)
{
    QStringList found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        // Parts of a composite control (a spin box's line edit, a combo's view) carry the parent's name.
        if (QWidget *parent = w->parentWidget();
            parent && (parent->inherits("QAbstractSpinBox") || parent->inherits("QComboBox")))
            continue;
        if (w->inherits("QScrollBar") || w->inherits("QTabBar") || w->inherits("QScrollArea")
            || w->inherits("QStackedWidget") || w->window() != root->window())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (!name.isEmpty())
            continue;
        QString path = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
            if (!p->objectName().isEmpty()) {
                path += QStringLiteral(" in ") + p->objectName();
                break;
            }
        }
        found << path;
    }
    return found;
}

QStringList TestAccessibility::clashingMnemonics(QWidget *root, const QStringList &menuTitles)
{
    QMultiHash<QChar, QString> users;
    const auto add = [&users](const QString &text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i; // "&&" is a literal ampersand
                continue;
            }
            users.insert(text.at(i + 1).toLower(), text);
            return;
        }
    };
    for (const QString &title : menuTitles)
        add(title);
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isHidden())
            add(button->text());
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() && !label->isHidden())
            add(label->text());
    }
    QStringList clashes;
    for (const QChar key : users.uniqueKeys()) {
        if (users.count(key) > 1)
            clashes << QStringLiteral("%1: %2").arg(key).arg(users.values(key).join(QStringLiteral(", ")));
    }
    return clashes;
}

void TestAccessibility::noMnemonicTwiceOnAScreen_data()
{
    everySectionNamesItsControls_data();
}

void TestAccessibility::noMnemonicTwiceOnAScreen()
{
    QFETCH(int, section);
    AppController app(m_store->dataDir());
    app.setFrameSource(QDir::tempPath());
    std::unique_ptr<Vault> vault = m_store->openAs(QStringLiteral("wang"));
    QVERIFY(vault);
    app.startWith(std::move(vault));
    app.window()->show();
    app.window()->showSection(static_cast<Section>(section));
    QStringList menus;
    for (QAction *action : app.window()->menuBar()->actions())
        menus << action->text();
    QWidget *page = app.window()->sectionWidget(static_cast<Section>(section));
    // Pages with tabs or steps: each tab or step is a screen of its own.
    QList<QWidget *> screens;
    if (auto *tabs = page->findChild<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            screens << tabs->widget(i);
    } else if (auto *steps = page->findChild<QStackedWidget *>()) {
        for (int i = 0; i < steps->count(); ++i)
            screens << steps->widget(i);
    } else {
        screens << page;
    }
    QStringList clashes;
    for (QWidget *screen : std::as_const(screens))
        clashes << clashingMnemonics(screen, menus);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestAccessibility::everySectionNamesItsControls_data()
{
    QTest::addColumn<int>("section");
    for (Section s : Sections::all())
        QTest::newRow(qPrintable(Sections::key(s))) << static_cast<int>(s);
}

void TestAccessibility::everySectionNamesItsControls()
{
    QFETCH(int, section);
    AppController app(m_store->dataDir());
    app.setFrameSource(QDir::tempPath());
    std::unique_ptr<Vault> vault = m_store->openAs(QStringLiteral("wang"));
    QVERIFY(vault);
    app.startWith(std::move(vault));
    app.window()->resize(1366, 740);
    app.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window()));
    app.window()->showSection(static_cast<Section>(section));
    QWidget *page = app.window()->sectionWidget(static_cast<Section>(section));
    QVERIFY(page);
    const QStringList missing = unnamed(page);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
}

void TestAccessibility::dialogsNameTheirControls()
{
    {
        NoticeDocument notice;
        notice.language = QStringLiteral("en");
        notice.title = QStringLiteral("Notice");
        notice.sections = { { QStringLiteral("1. Purpose"), { QStringLiteral("Entry at the door.") } } };
        ConsentDialog dialog({ { QStringLiteral("1"), notice } }, { QStringLiteral("Key card") },
                             QStringLiteral("wang"));
        dialog.show();
        const QStringList missing = unnamed(&dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("ConsentDialog:\n") + missing.join(QLatin1Char('\n'))));
        const QStringList clashes = clashingMnemonics(&dialog, {});
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }
    {
        LoginDialog login(m_store->dataDir());
        login.show();
        const QStringList missing = unnamed(&login);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("LoginDialog:\n") + missing.join(QLatin1Char('\n'))));
    }
    {
        QTemporaryDir empty;
        SetupWizard setup(empty.filePath(QStringLiteral("data")));
        setup.show();
        const QStringList missing = unnamed(&setup); // every step: the pages are children, shown or not
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("SetupWizard:\n") + missing.join(QLatin1Char('\n'))));
    }
}

void TestAccessibility::setupWizardTabsThroughTheAccount()
{
    // Step 1 starts in the site's name; step 2 in the user name, and Tab goes name → password → repeat →
    // the buttons (it used to jump from the name to Back and Cancel).
    QTemporaryDir dir;
    SetupWizard wizard(dir.filePath(QStringLiteral("data")));
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&wizard, "siteNameEdit"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "siteNameEdit"), QStringLiteral("Lakeside Apartments"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "operatorEdit"), QStringLiteral("Lakeside Property Ltd."));
    QTest::mouseClick(child<QPushButton>(&wizard, "nextButton"), Qt::LeftButton);
    QCOMPARE(wizard.step(), SetupWizard::Step::Manager);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&wizard, "managerNameEdit"));
    QStringList order;
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(order.at(0), QStringLiteral("newPasswordEdit"));
    QVERIFY2(order.at(1) != QLatin1String("backButton") && order.at(1) != QLatin1String("cancelButton"),
             qPrintable(order.join(QStringLiteral(" → "))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
