// The app around an unlocked store: the screens the role may use, the user and role in the status bar,
// the site profile in the signage editor and a printed sign in the audit log, idle lock that hides
// everything and unlocks with the same or another user's password, and Lock now.

#include "Screenshot.h"
#include "TestPaths.h"
#include "VaultFixture.h"
#include "audit/AuditPage.h"
#include "domain/AuditKind.h"
#include "enroll/EnrollmentWizard.h"
#include "main/AppController.h"
#include "main/MainWindow.h"
#include "people/ResidentsPage.h"
#include "platform/Language.h"
#include "preview/PreviewPage.h"
#include "services/AuditService.h"
#include "services/GalleryService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "settings/SettingsPage.h"
#include "signage/SignageEditor.h"
#include "unlock/IdleWatcher.h"
#include "unlock/LockScreen.h"
#include "unlock/LoginDialog.h"
#include "vault/StoreFolder.h"
#include "vault/Unlocker.h"
#include "verify/VerifyPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace consentry;
using namespace consentry::ui;

class TestAppController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void managerSeesEverything();
    void staffSectionsFollowTheRole();
    void signagePrintedIsAudited();
    void idleLockHidesAndUnlocks();
    void lockNowAndAnotherUserUnlocks();
    void logOutFromLockScreenLogsInAgain();
    void appRejectsUnknownSectionBeforeAnyDialog();
    void cameraScreensFollowTheRole();

private:
    std::unique_ptr<Vault> openAs(const char *user, const char *password);
    static QList<AuditEvent> eventsOfKind(Vault &vault, const QString &kind);
    std::unique_ptr<test::VaultFixture> m_store;
};

void TestAppController::initTestCase()
{
    const QString lang = qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("en"));
    QVERIFY(Language::install(lang));
}

void TestAppController::init()
{
    m_store = std::make_unique<test::VaultFixture>();
    QVERIFY(m_store->create());
    SiteProfile p;
    p.siteName = QStringLiteral("Lakeside Apartments");
    p.operatorName = QStringLiteral("Lakeside Property Ltd.");
    p.contactPhone = QStringLiteral("0571-8888-1234");
    p.purpose = QStringLiteral("Opening the lobby door for residents");
    p.retentionDays = 90;
    p.alternatives = { QStringLiteral("Key card") };
    p.noticeUrl = QStringLiteral("https://lakeside.example/notice");
    QVERIFY(SettingsService(*m_store->vault).setSiteProfile(p).ok());
    QVERIFY(UserService(*m_store->vault).add(QStringLiteral("li"), Role::Staff, test::password("staff-pass")).ok());
    m_store->vault->lock();
    m_store->vault.reset();
}

void TestAppController::cleanup()
{
    m_store.reset();
}

std::unique_ptr<Vault> TestAppController::openAs(const char *user, const char *password)
{
    Result<std::unique_ptr<Vault>> vault
        = Unlocker::open(m_store->dataDir(), QString::fromLatin1(user), test::password(password));
    if (!vault)
        qFatal("%s", qPrintable(vault.errorMessage()));
    return std::move(vault).value();
}

QList<AuditEvent> TestAppController::eventsOfKind(Vault &vault, const QString &kind)
{
    QList<AuditEvent> found;
    Result<QList<AuditEvent>> events = AuditService(vault).events();
    if (!events)
        qFatal("%s", qPrintable(events.errorMessage()));
    for (const AuditEvent &event : events.value()) {
        if (event.kind == kind)
            found << event;
    }
    return found;
}

void TestAppController::managerSeesEverything()
{
    AppController app(m_store->dataDir());
    app.startWith(openAs("wang", "manager-pass"));
    MainWindow *window = app.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    for (Section section : Sections::all())
        QVERIFY(window->isSectionAllowed(section));
    QVERIFY(window->sessionText().contains(QStringLiteral("wang")));
    QVERIFY(window->sessionText().contains(RoleNames::displayName(Role::Manager)));
    QCOMPARE(window->sectionWidget(Section::Settings), app.settingsPage());
    QCOMPARE(window->sectionWidget(Section::Signage), app.signageEditor());
    QVERIFY(app.auditPage());
    QCOMPARE(window->sectionWidget(Section::Audit), app.auditPage());
    QVERIFY(app.residentsPage());
    QCOMPARE(window->sectionWidget(Section::Residents), app.residentsPage());
    QVERIFY(app.verifyPage());
    QCOMPARE(window->sectionWidget(Section::Verify), app.verifyPage());
    QCOMPARE(app.signageEditor()->profile().siteName, QStringLiteral("Lakeside Apartments"));
    QCOMPARE(app.idleWatcher()->timeout(), 5 * 60 * 1000);
    QVERIFY(app.idleWatcher()->isRunning());
    window->showSection(Section::Settings);
    test::saveScreenshot(window, QStringLiteral("app-settings-manager"));
    window->showSection(Section::Signage);
    test::saveScreenshot(window, QStringLiteral("app-signage-manager"));
}

void TestAppController::staffSectionsFollowTheRole()
{
    AppController app(m_store->dataDir());
    app.startWith(openAs("li", "staff-pass"));
    MainWindow *window = app.window();
    window->show();
    for (Section section : Sections::all())
        QCOMPARE(window->isSectionAllowed(section),
                 AccessControl::allows(Role::Staff, AppController::permissionFor(section)));
    QVERIFY(!window->isSectionAllowed(Section::Audit));
    QVERIFY(!app.auditPage()); // no audit screen is built for staff at all
    QVERIFY(app.residentsPage());
    QVERIFY(window->isSectionAllowed(Section::Signage));
    QVERIFY(window->isSectionAllowed(Section::Settings));
    window->showSection(Section::Audit); // greyed out: stays where it was
    QVERIFY(window->currentSection() != Section::Audit);
    QVERIFY(window->sessionText().contains(RoleNames::displayName(Role::Staff)));
    window->showSection(Section::Settings);
    test::saveScreenshot(window, QStringLiteral("app-settings-staff"));
}

void TestAppController::signagePrintedIsAudited()
{
    AppController app(m_store->dataDir());
    app.startWith(openAs("li", "staff-pass")); // staff may print signage
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("sign.pdf")));
    const Status printed = app.signageEditor()->printTo(printer);
    QVERIFY2(printed.ok(), qPrintable(printed.errorMessage()));

    std::unique_ptr<Vault> manager = openAs("wang", "manager-pass");
    const QList<AuditEvent> events = eventsOfKind(*manager, AuditKind::SignagePrinted);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().actor, QStringLiteral("li"));
    QCOMPARE(events.first().details.value(QStringLiteral("layout")).toString(),
             SignageSpec::layoutKey(app.signageEditor()->spec().layout));
    QCOMPARE(events.first().details.value(QStringLiteral("medium")).toString(), QStringLiteral("printer"));

    const Status exported = app.signageEditor()->exportPdf(dir.filePath(QStringLiteral("sign2.pdf")));
    QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
    QCOMPARE(eventsOfKind(*manager, AuditKind::SignagePrinted).size(), 2);
    manager->lock();
}

void TestAppController::idleLockHidesAndUnlocks()
{
    AppController app(m_store->dataDir());
    app.startWith(openAs("wang", "manager-pass"));
    MainWindow *window = app.window();
    window->resize(1000, 700);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->showSection(Section::Settings);
    QSignalSpy locked(&app, &AppController::locked);
    app.idleWatcher()->setTimeout(100); // the test's stand-in for minutes

    QTRY_COMPARE(locked.count(), 1);
    QVERIFY(app.isLocked());
    QVERIFY(app.vault()->isLocked());
    QVERIFY(app.lockScreen()->isVisible());
    QCOMPARE(app.lockScreen()->geometry(), window->rect());
    QVERIFY(!app.settingsPage()); // nothing read from the store stays behind the lock screen
    QVERIFY(!app.signageEditor());
    QVERIFY(!app.idleWatcher()->isRunning());
    test::saveScreenshot(window, QStringLiteral("app-locked"));

    auto *password = app.lockScreen()->findChild<QLineEdit *>(QStringLiteral("lockPasswordEdit"));
    auto *user = app.lockScreen()->findChild<QComboBox *>(QStringLiteral("lockUserCombo"));
    QCOMPARE(user->currentText(), QStringLiteral("wang"));
    QTest::keyClicks(password, QStringLiteral("wrong-password"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!app.lockScreen()->errorText().isEmpty(), 30000);
    QVERIFY(app.vault()->isLocked());
    QVERIFY(password->text().isEmpty());
    test::saveScreenshot(window, QStringLiteral("app-locked-wrong-password"));

    QSignalSpy unlocked(&app, &AppController::unlocked);
    QTest::keyClicks(password, QStringLiteral("manager-pass"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 30000);
    QVERIFY(!app.isLocked());
    QVERIFY(!app.lockScreen()->isVisible());
    QVERIFY(app.settingsPage());
    QVERIFY(app.idleWatcher()->isRunning());
    QCOMPARE(app.vault()->session().userName, QStringLiteral("wang"));
}

void TestAppController::lockNowAndAnotherUserUnlocks()
{
    AppController app(m_store->dataDir());
    app.startWith(openAs("wang", "manager-pass"));
    MainWindow *window = app.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *lockNow = window->findChild<QAction *>(QStringLiteral("lockNowAction"));
    QVERIFY(lockNow);
    lockNow->trigger();
    QVERIFY(app.isLocked());
    QVERIFY(app.lockScreen()->isVisible());

    auto *user = app.lockScreen()->findChild<QComboBox *>(QStringLiteral("lockUserCombo"));
    user->setCurrentIndex(user->findText(QStringLiteral("li")));
    auto *password = app.lockScreen()->findChild<QLineEdit *>(QStringLiteral("lockPasswordEdit"));
    QTest::keyClicks(password, QStringLiteral("staff-pass"));
    QSignalSpy unlocked(&app, &AppController::unlocked);
    QTest::mouseClick(app.lockScreen()->findChild<QPushButton *>(QStringLiteral("lockUnlockButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 30000);
    QVERIFY(!app.isLocked());
    QCOMPARE(app.vault()->session().userName, QStringLiteral("li"));
    // The screens follow the new role.
    QVERIFY(!window->isSectionAllowed(Section::Audit));
    QVERIFY(window->sessionText().contains(QStringLiteral("li")));

    std::unique_ptr<Vault> manager = openAs("wang", "manager-pass");
    // One from locking the fixture after setting it up, one from Lock now.
    QCOMPARE(eventsOfKind(*manager, AuditKind::Lock).size(), 2);
    QCOMPARE(eventsOfKind(*manager, AuditKind::Lock).last().actor, QStringLiteral("wang"));
    manager->lock();
}

void TestAppController::logOutFromLockScreenLogsInAgain()
{
    AppController app(m_store->dataDir());
    app.startWith(openAs("wang", "manager-pass"));
    MainWindow *window = app.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    app.lockNow();
    QPointer<LockScreen> oldLockScreen = app.lockScreen();

    // The login dialog is modal: answer it from a timer, as a person would, with another user.
    bool answered = false;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *login = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        if (!login || answered)
            return;
        answered = true;
        test::saveScreenshot(login, QStringLiteral("app-logged-out-login"));
        auto *user = login->findChild<QComboBox *>(QStringLiteral("userCombo"));
        user->setCurrentIndex(user->findText(QStringLiteral("li")));
        QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("staff-pass"));
        QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("unlockButton")), Qt::LeftButton);
    });
    answer.start();
    // Log out from the lock screen's own button: the lock screen that sent it is replaced safely.
    QTest::mouseClick(oldLockScreen->findChild<QPushButton *>(QStringLiteral("lockLogOutButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(answered && !app.isLocked(), 30000);
    QTRY_VERIFY(window->isVisible());
    QTRY_VERIFY(!oldLockScreen); // deleted later, not while its button was still being clicked
    QCOMPARE(app.vault()->session().userName, QStringLiteral("li"));
    QVERIFY(!app.lockScreen()->isVisible());
    QVERIFY(window->sessionText().contains(QStringLiteral("li")));
    QVERIFY(!window->isSectionAllowed(Section::Audit));
}

void TestAppController::appRejectsUnknownSectionBeforeAnyDialog()
{
    // Usage errors end the app before the setup wizard or the login could open (and wait for a person).
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QProcess app;
    app.start(test::appPath(),
              { QStringLiteral("--data-dir"), data, QStringLiteral("--section"), QStringLiteral("nope") });
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 1);
    QVERIFY(QString::fromUtf8(app.readAllStandardError()).contains(QStringLiteral("nope")));
    QCOMPARE(StoreFolder::inspect(data), StoreFolder::State::Empty);

    // So does a --source that is not there (a typo would otherwise show a black picture).
    QProcess missing;
    missing.start(test::appPath(),
                  { QStringLiteral("--data-dir"), data, QStringLiteral("--source"),
                    dir.filePath(QStringLiteral("no-such-video.avi")) });
    QVERIFY(missing.waitForFinished(30000));
    QCOMPARE(missing.exitCode(), 1);
    QVERIFY(QString::fromUtf8(missing.readAllStandardError()).contains(QStringLiteral("no-such-video.avi")));
    QCOMPARE(StoreFolder::inspect(data), StoreFolder::State::Empty);
}

void TestAppController::cameraScreensFollowTheRole()
{
    {
        std::unique_ptr<Vault> manager = openAs("wang", "manager-pass");
        QVERIFY(UserService(*manager).add(QStringLiteral("audit1"), Role::Auditor, test::password("audit-pass")).ok());
        manager->lock();
    }
    const QString folder
        = test::testdataDir().isEmpty() ? QDir::tempPath() : test::testdataDir() + QStringLiteral("/faces/orl/s1");
    for (const char *user : { "wang", "li" }) {
        AppController app(m_store->dataDir());
        app.setFrameSource(folder);
        app.startWith(openAs(user, QByteArray(user) == "wang" ? "manager-pass" : "staff-pass"));
        QVERIFY(app.previewPage());
        QVERIFY(app.enrollmentWizard());
        QCOMPARE(app.window()->sectionWidget(Section::Preview), app.previewPage());
        QCOMPARE(app.window()->sectionWidget(Section::Enroll), app.enrollmentWizard());
        QCOMPARE(app.previewPage()->source().path, folder);
        QVERIFY(app.gallery() && app.gallery()->isLoaded());
        auto *engine = app.window()->findChild<QLabel *>(QStringLiteral("engineStatusLabel"));
        QVERIFY(engine && !engine->text().isEmpty());
        // Locking empties the screens and the gallery in memory.
        app.lockNow();
        QVERIFY(!app.previewPage());
        QVERIFY(!app.enrollmentWizard());
        QVERIFY(!app.gallery());
    }
    AppController app(m_store->dataDir());
    app.setFrameSource(folder);
    app.startWith(openAs("audit1", "audit-pass"));
    QVERIFY(!app.previewPage());
    QVERIFY(!app.enrollmentWizard());
    QVERIFY(!app.gallery());
    QVERIFY(!app.window()->isSectionAllowed(Section::Enroll));
    QVERIFY(!app.window()->isSectionAllowed(Section::Preview));
}

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
