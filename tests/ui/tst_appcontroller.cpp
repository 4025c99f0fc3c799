// The app around an unlocked store: the screens the role may use, the user and role in the status bar,
// the site profile in the signage editor and a printed sign in the audit log, idle lock that hides
// everything and unlocks with the same or another user's password, and Lock now.

#include "AppStart.h"
#include "LivenessClips.h"
#include "PromptAnswers.h"
#include "Screenshot.h"
#include "StoreProbe.h"
#include "TestPaths.h"
#include "VaultFixture.h"
#include "Widgets.h"
#include "audit/AuditPage.h"
#include "domain/AuditKind.h"
#include "enroll/EnrollmentWizard.h"
#include "liveness/LivenessPanel.h"
#include "main/AppController.h"
#include "main/MainWindow.h"
#include "people/ResidentsPage.h"
#include "platform/Language.h"
#include "preview/CameraView.h"
#include "preview/PreviewPage.h"
#include "services/AuditService.h"
#include "services/GalleryService.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "services/VerificationService.h"
#include "settings/SettingsPage.h"
#include "signage/SignageEditor.h"
#include "unlock/IdleWatcher.h"
#include "unlock/LockScreen.h"
#include "unlock/LoginDialog.h"
#include "vault/StoreFolder.h"
#include "vault/Unlocker.h"
#include "verify/VerifyPage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

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
    void startOpensTheStoreThroughTheLogin();
    void verifyAsksForLivenessThroughTheCamera();

private:
    // Starts the app on a session of `user`; false (and the test failed with the reason) if it cannot open.
    static QList<AuditEvent> eventsOfKind(Vault &vault, const QString &kind);
    // Signs in through a LoginDialog the app opened (the answer to its Prompt::exec).
    static int logIn(QDialog &dialog, const char *user, const char *password, const char *screenshot);
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
    QVERIFY(SettingsService(*m_store->vault).setSiteProfile(test::lakesideProfile()).ok());
    QVERIFY(m_store->addUser(QStringLiteral("li"), Role::Staff, "staff-pass"));
    m_store->close();
}

void TestAppController::cleanup()
{
    m_store.reset();
}

int TestAppController::logIn(QDialog &dialog, const char *user, const char *password, const char *screenshot)
{
    auto *login = qobject_cast<LoginDialog *>(&dialog);
    if (!login) {
        QTest::qFail("the app asked something else than the login", __FILE__, __LINE__);
        return QDialog::Rejected;
    }
    login->show();
    if (!QTest::qWaitForWindowExposed(login))
        qWarning("login dialog not exposed");
    test::saveScreenshot(login, QString::fromLatin1(screenshot));
    auto *users = child<QComboBox>(login, "userCombo");
    users->setCurrentIndex(users->findText(QString::fromLatin1(user)));
    QTest::keyClicks(child<QLineEdit>(login, "passwordEdit"), QString::fromLatin1(password));
    QTest::mouseClick(child<QPushButton>(login, "unlockButton"), Qt::LeftButton);
    // The key is derived on a worker thread; the dialog accepts itself when the store is open.
    if (!QTest::qWaitFor([login] { return login->result() == QDialog::Accepted; }, 30000))
        QTest::qFail("the login did not open the store", __FILE__, __LINE__);
    return login->result();
}

QList<AuditEvent> TestAppController::eventsOfKind(Vault &vault, const QString &kind)
{
    QList<AuditEvent> found;
    Result<QList<AuditEvent>> events = AuditService(vault).events();
    if (!events) {
        QTest::qFail(qPrintable(events.errorMessage()), __FILE__, __LINE__);
        return found;
    }
    for (const AuditEvent &event : events.value()) {
        if (event.kind == kind)
            found << event;
    }
    return found;
}

void TestAppController::managerSeesEverything()
{
    AppController app(m_store->dataDir());
    QVERIFY(test::startAs(app, *m_store, "wang"));
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
    QVERIFY(test::startAs(app, *m_store, "li"));
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
    QVERIFY(test::startAs(app, *m_store, "li")); // staff may print signage
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("sign.pdf")));
    const Status printed = app.signageEditor()->printTo(printer);
    QVERIFY2(printed.ok(), qPrintable(printed.errorMessage()));

    std::unique_ptr<Vault> manager = m_store->openAs(QStringLiteral("wang"));
    QVERIFY(manager);
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
    QVERIFY(test::startAs(app, *m_store, "wang"));
    MainWindow *window = app.window();
    window->resize(1000, 700);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->showSection(Section::Settings);
    app.idleWatcher()->setTimeout(100); // the test's stand-in for minutes

    QTRY_VERIFY(app.isLocked());
    QVERIFY(app.vault()->isLocked());
    QVERIFY(app.lockScreen()->isVisible());
    QCOMPARE(app.lockScreen()->geometry(), window->rect());
    QVERIFY(!app.settingsPage()); // nothing read from the store stays behind the lock screen
    QVERIFY(!app.signageEditor());
    QVERIFY(!app.idleWatcher()->isRunning());
    test::saveScreenshot(window, QStringLiteral("app-locked"));

    auto *password = child<QLineEdit>(app.lockScreen(), "lockPasswordEdit");
    auto *user = child<QComboBox>(app.lockScreen(), "lockUserCombo");
    QCOMPARE(user->currentText(), QStringLiteral("wang"));
    QTest::keyClicks(password, QStringLiteral("wrong-password"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!app.lockScreen()->errorText().isEmpty(), 30000);
    QVERIFY(app.vault()->isLocked());
    QVERIFY(password->text().isEmpty());
    test::saveScreenshot(window, QStringLiteral("app-locked-wrong-password"));

    QTest::keyClicks(password, QStringLiteral("manager-pass"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!app.isLocked(), 30000);
    QVERIFY(!app.lockScreen()->isVisible());
    QVERIFY(app.settingsPage());
    QVERIFY(app.idleWatcher()->isRunning());
    QCOMPARE(app.vault()->session().userName, QStringLiteral("wang"));
}

void TestAppController::lockNowAndAnotherUserUnlocks()
{
    AppController app(m_store->dataDir());
    QVERIFY(test::startAs(app, *m_store, "wang"));
    MainWindow *window = app.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *lockNow = child<QAction>(window, "lockNowAction");
    QVERIFY(lockNow);
    lockNow->trigger();
    QVERIFY(app.isLocked());
    QVERIFY(app.lockScreen()->isVisible());

    auto *user = child<QComboBox>(app.lockScreen(), "lockUserCombo");
    user->setCurrentIndex(user->findText(QStringLiteral("li")));
    auto *password = child<QLineEdit>(app.lockScreen(), "lockPasswordEdit");
    QTest::keyClicks(password, QStringLiteral("staff-pass"));
    QTest::mouseClick(child<QPushButton>(app.lockScreen(), "lockUnlockButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!app.isLocked(), 30000);
    QCOMPARE(app.vault()->session().userName, QStringLiteral("li"));
    // The screens follow the new role.
    QVERIFY(!window->isSectionAllowed(Section::Audit));
    QVERIFY(window->sessionText().contains(QStringLiteral("li")));

    std::unique_ptr<Vault> manager = m_store->openAs(QStringLiteral("wang"));
    QVERIFY(manager);
    // One from locking the fixture after setting it up, one from Lock now.
    QCOMPARE(eventsOfKind(*manager, AuditKind::Lock).size(), 2);
    QCOMPARE(eventsOfKind(*manager, AuditKind::Lock).last().actor, QStringLiteral("wang"));
    manager->lock();
}

void TestAppController::logOutFromLockScreenLogsInAgain()
{
    AppController app(m_store->dataDir());
    QVERIFY(test::startAs(app, *m_store, "wang"));
    MainWindow *window = app.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    app.lockNow();
    QPointer<LockScreen> oldLockScreen = app.lockScreen();

    // The login dialog opens after logging out; another user signs in with it, as a person would.
    test::PromptAnswers answers;
    answers.dialog([](QDialog &dialog) { return logIn(dialog, "li", "staff-pass", "app-logged-out-login"); });
    // Log out from the lock screen's own button: the lock screen that sent it is replaced safely.
    QTest::mouseClick(child<QPushButton>(oldLockScreen.data(), "lockLogOutButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(answers.allUsed() && !app.isLocked(), 30000);
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

    // A --source that is not there is not a usage error: the console opens and says so on screen
    // (tst_frontdesk::missingSourceOpensTheConsole).
}

void TestAppController::cameraScreensFollowTheRole()
{
    {
        std::unique_ptr<Vault> manager = m_store->openAs(QStringLiteral("wang"));
        QVERIFY(manager);
        QVERIFY(m_store->addUser(QStringLiteral("audit1"), Role::Auditor, "audit-pass", manager.get()));
        manager->lock();
    }
    const QString folder
        = test::testdataDir().isEmpty() ? QDir::tempPath() : test::testdataDir() + QStringLiteral("/faces/orl/s1");
    for (const char *user : { "wang", "li" }) {
        AppController app(m_store->dataDir());
        app.setFrameSource(folder);
        QVERIFY(test::startAs(app, *m_store, user));
        QVERIFY(app.previewPage());
        QVERIFY(app.enrollmentWizard());
        QCOMPARE(app.window()->sectionWidget(Section::Preview), app.previewPage());
        QCOMPARE(app.window()->sectionWidget(Section::Enroll), app.enrollmentWizard());
        QCOMPARE(app.previewPage()->source().path, folder);
        QVERIFY(app.gallery() && app.gallery()->isLoaded());
        auto *engine = child<QLabel>(app.window(), "engineStatusLabel");
        QVERIFY(engine && !engine->text().isEmpty());
        // Locking empties the screens and the gallery in memory.
        app.lockNow();
        QVERIFY(!app.previewPage());
        QVERIFY(!app.enrollmentWizard());
        QVERIFY(!app.gallery());
    }
    AppController app(m_store->dataDir());
    app.setFrameSource(folder);
    QVERIFY(test::startAs(app, *m_store, "audit1"));
    QVERIFY(!app.previewPage());
    QVERIFY(!app.enrollmentWizard());
    QVERIFY(!app.gallery());
    QVERIFY(!app.window()->isSectionAllowed(Section::Enroll));
    QVERIFY(!app.window()->isSectionAllowed(Section::Preview));
}

void TestAppController::startOpensTheStoreThroughTheLogin()
{
    // A store exists: start() asks for a login (not the setup wizard) and builds the screens of that user.
    AppController app(m_store->dataDir());
    test::PromptAnswers answers;
    answers.dialog([](QDialog &dialog) { return logIn(dialog, "li", "staff-pass", "app-start-login"); });
    QVERIFY(app.start());
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QVERIFY(!app.isLocked());
    QCOMPARE(app.vault()->session().userName, QStringLiteral("li"));
    QVERIFY(app.residentsPage());
    QVERIFY(!app.auditPage());

    // Closing the login instead ends the app without a window.
    AppController declined(m_store->dataDir());
    answers.dialog([](QDialog &) { return int(QDialog::Rejected); });
    QVERIFY(!declined.start());
    QVERIFY(declined.isLocked());
    QVERIFY(!declined.window()->isVisible());
}

void TestAppController::verifyAsksForLivenessThroughTheCamera()
{
    // The whole path: the site sets the check to "always"; at the Verify screen the camera (here a video of
    // a real head turn) feeds the check in the capture thread; Identify waits for it, then the face is
    // found, recorded in the store and shown.
    if (test::modelDir().isEmpty())
        QSKIP(qPrintable(test::missingModelsReason()));
    if (test::testdataDir().isEmpty())
        QSKIP(qPrintable(test::missingTestdataReason()));
    qputenv("CONSENTRY_MODEL_DIR", test::modelDir().toUtf8());
    {
        std::unique_ptr<Vault> manager = m_store->openAs(QStringLiteral("wang"));
        QVERIFY(SettingsService(*manager).setLivenessMode(LivenessMode::Always).ok());
        PipelineOptions options;
        options.modelDir = test::modelDir();
        std::unique_ptr<FacePipeline> pipeline = FacePipeline::create(options).value();
        QList<StoredTemplate> templates;
        for (int image : { 1, 2, 3, 5 }) {
            Result<FaceSample> sample
                = pipeline->enrollmentSample(test::LivenessClips::placed(test::LivenessClips::orlImage(4, image)));
            if (sample)
                templates.push_back(GalleryService::toStored(sample->faceTemplate, sample->quality.sharpness));
        }
        QVERIFY(templates.size() >= 2);
        Resident r;
        r.declareUnder14(false); // the age question is mandatory
        r.name = QStringLiteral("Zhao Si");
        Consent c;
        // The notice in force (init() changed the profile materially after setup).
        c.noticeVersionId = SettingsService(*manager).currentNotice(QStringLiteral("en"))->id;
        c.decision = Consent::Decision::Granted;
        c.signer = r.name;
        c.signedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        QVERIFY(ResidentService(*manager).enroll(r, c, templates).ok());
        manager->lock();
    }
    QTemporaryDir dir;
    const QString video = dir.filePath(QStringLiteral("turn.avi"));
    using test::LivenessClips::orlImage;
    using test::LivenessClips::placed;
    QVERIFY(test::LivenessClips::writeVideo(
        video, test::LivenessClips::sequence({ placed(orlImage(4, 7)), placed(orlImage(4, 10)) }, 4)));

    AppController app(m_store->dataDir());
    app.setFrameSource(video);
    app.startWith(m_store->openAs(QStringLiteral("wang")));
    app.window()->resize(1366, 768);
    app.window()->show();
    VerifyPage *page = app.verifyPage();
    QVERIFY(page && page->isFaceConnected());
    LivenessPanel *panel = page->livenessPanel();
    panel->setNextChallenge(LivenessCheck::Challenge::TurnLeft);
    app.window()->showSection(Section::Verify);
    QTRY_VERIFY_WITH_TIMEOUT(page->cameraView()->state() == CameraView::State::Live, 20000);
    const qsizetype before = eventsOfKind(*app.vault(), AuditKind::Verification).size();
    page->setMode(VerifyPage::Mode::OneToMany);
    auto *identify = page->findChild<QPushButton *>(QStringLiteral("identifyButton"));
    QTest::mouseClick(identify, Qt::LeftButton);
    QCOMPARE(panel->state(), LivenessPanel::State::Running);
    QCOMPARE(eventsOfKind(*app.vault(), AuditKind::Verification).size(), before);
    QVERIFY(panel->isVisible());
    QVERIFY(!identify->isEnabled());
    test::saveScreenshot(app.window(), QStringLiteral("app-verify-liveness-asked"));
    QTRY_COMPARE_WITH_TIMEOUT(panel->state(), LivenessPanel::State::Passed, 30000);
    QCOMPARE(panel->performed(), LivenessCheck::Challenge::TurnLeft);
    QTRY_VERIFY(page->findChild<QLabel *>(QStringLiteral("faceName"))->text().contains(QStringLiteral("Zhao Si")));
    QCOMPARE(eventsOfKind(*app.vault(), AuditKind::Verification).size(), before); // not before staff confirm
    QCoreApplication::processEvents(); // the decision buttons just appeared: laid out first
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("confirmFaceButton")), Qt::LeftButton);
    QCOMPARE(eventsOfKind(*app.vault(), AuditKind::Verification).size(), before + 1);
    test::saveScreenshot(app.window(), QStringLiteral("app-verify-liveness-passed"));
}

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
