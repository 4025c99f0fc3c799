// No lost work and no dead ends at the front desk, through the AppController as a user meets them: a
// second console on the same data folder is refused (and a crashed one leaves no lock behind); leaving a
// half-done enrollment (another section, Lock now, closing the window) asks first and "no" keeps it; the
// decline path asks for the name before the resident chooses; a source of damaged pictures and a capture
// with no usable picture end with a message on screen and keep the resident's decision for Try again; a
// --source that does not exist still opens the console, with the reason on screen.

#include "MockClock.h"
#include "PeopleFixture.h"
#include "PromptAnswers.h"
#include "Screenshot.h"
#include "StoreProbe.h"
#include "TestPaths.h"
#include "VaultFixture.h"
#include "Widgets.h"
#include "common/SiteProfileForm.h"
#include "common/StatusLine.h"
#include "common/Theme.h"
#include "enroll/ConsentDialog.h"
#include "enroll/EnrollmentWizard.h"
#include "enroll/SignaturePad.h"
#include "main/AppController.h"
#include "main/MainWindow.h"
#include "people/ResidentsPage.h"
#include "platform/InstanceLock.h"
#include "platform/Language.h"
#include "preview/CameraView.h"
#include "preview/LiveCamera.h"
#include "preview/PreviewPage.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "unlock/LoginDialog.h"
#include "unlock/SetupWizard.h"
#include "vault/Unlocker.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFontInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

class TestFrontDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void secondConsoleIsRefused();
    void crashedConsoleLeavesNoLock();
    void leavingHalfDoneEnrollmentAsks();
    void declineAsksForTheNameFirst();
    void damagedPicturesEndWithAMessage();
    void captureWithoutUsablePicturesTimesOut();
    void missingSourceOpensTheConsole();
    void displayModesFromTheViewMenu();
    void noticeUrlAskedWithItsReason();
    void lockoutCountsDown();
    void unsavedReceiptCanBeSavedAgain();

private:
    // The app signed in as the manager, the picture source `source`, the Enroll section shown.
    std::unique_ptr<AppController> startEnrolling(const QString &source);
    // Name typed, notice read, consent ticked, signed, "I agree": the wizard is at the capture step.
    static bool agree(EnrollmentWizard &wizard, const QString &name);
    QString folderOf(const char *name, const std::function<void(const QString &)> &fill);
    qint64 residentCount();

    std::unique_ptr<test::VaultFixture> m_store;
};

void TestFrontDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the View menu's choices go to a test folder
    QVERIFY(Language::install(qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("en"))));
    // Translations not yet merged into translations/*.ts can be checked on screen with a .qm built from them.
    if (const QString extra = qEnvironmentVariable("CONSENTRY_TEST_EXTRA_QM"); !extra.isEmpty()) {
        auto *translator = new QTranslator(this);
        QVERIFY(translator->load(extra));
        QCoreApplication::installTranslator(translator);
    }
}

void TestFrontDesk::init()
{
    m_store = std::make_unique<test::VaultFixture>();
    QVERIFY(m_store->create());
    QVERIFY(SettingsService(*m_store->vault).setSiteProfile(test::lakesideProfile()).ok());
    // These flows are about consent and capture; a folder of pictures cannot answer a liveness challenge.
    QVERIFY(SettingsService(*m_store->vault).setLivenessMode(LivenessMode::Off).ok());
    m_store->close();
}

void TestFrontDesk::cleanup()
{
    m_store.reset();
}

qint64 TestFrontDesk::residentCount()
{
    std::unique_ptr<Vault> vault = m_store->openAs(QStringLiteral("wang"));
    if (!vault)
        return -1;
    Result<qint64> count = ResidentService(*vault).count(ResidentFilter());
    return count ? count.value() : -1;
}

QString TestFrontDesk::folderOf(const char *name, const std::function<void(const QString &)> &fill)
{
    const QString folder = m_store->dir.filePath(QString::fromLatin1(name));
    QDir().mkpath(folder);
    fill(folder);
    return folder;
}

std::unique_ptr<AppController> TestFrontDesk::startEnrolling(const QString &source)
{
    auto app = std::make_unique<AppController>(m_store->dataDir());
    app->setFrameSource(source);
    std::unique_ptr<Vault> vault = m_store->openAs(QStringLiteral("wang"));
    if (!vault)
        return nullptr;
    app->startWith(std::move(vault));
    app->window()->resize(1366, 740);
    app->window()->show();
    if (!QTest::qWaitForWindowExposed(app->window()))
        qWarning("window not exposed");
    app->window()->showSection(Section::Enroll);
    return app;
}

bool TestFrontDesk::agree(EnrollmentWizard &wizard, const QString &name)
{
    auto *nameEdit = child<QLineEdit>(&wizard, "residentNameEdit");
    nameEdit->setText(name);
    QTest::mouseClick(child<QPushButton>(&wizard, "startButton"), Qt::LeftButton);
    ConsentDialog *dialog = wizard.consentDialog();
    if (!dialog)
        return false;
    dialog->resize(1180, 700);
    if (!QTest::qWaitForWindowExposed(dialog))
        return false;
    QScrollBar *bar = child<QTextBrowser>(dialog, "noticeView")->verticalScrollBar();
    if (!QTest::qWaitFor([&] { return bar->maximum() > 0; }))
        return false;
    bar->setValue(bar->maximum());
    if (!QTest::qWaitFor([&] { return dialog->noticeRead(); }))
        return false;
    child<QRadioButton>(dialog, "ageOver14Radio")->click(); // the age question is mandatory
    child<QCheckBox>(dialog, "separateConsentCheck")->click();
    auto *pad = child<SignaturePad>(dialog, "signaturePad");
    QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(20, 40));
    QTest::mouseMove(pad, QPoint(90, 60));
    QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(150, 30));
    QTest::mouseClick(child<QPushButton>(dialog, "agreeButton"), Qt::LeftButton);
    return QTest::qWaitFor([&] { return wizard.step() == EnrollmentWizard::Step::Capture; });
}

void TestFrontDesk::secondConsoleIsRefused()
{
    AppController first(m_store->dataDir());
    QVERIFY(first.claimDataFolder().ok());

    // The same folder, spelled another way: refused before any dialog, with one sentence.
    AppController second(m_store->dataDir() + QStringLiteral("/../data"));
    test::PromptAnswers answers;
    QVERIFY(!second.start());
    QCOMPARE(answers.asked().size(), 1);
    QVERIFY2(answers.asked().constFirst().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(answers.asked().constFirst()));
    QVERIFY(second.isLocked());
    QVERIFY(!second.window()->isVisible());

    // Another folder is another store: no conflict.
    QTemporaryDir other;
    AppController elsewhere(other.filePath(QStringLiteral("data")));
    QVERIFY(elsewhere.claimDataFolder().ok());
    QVERIFY(!QFileInfo::exists(other.filePath(QStringLiteral("data")))); // the claim wrote nothing there
}

void TestFrontDesk::crashedConsoleLeavesNoLock()
{
    // A real console holds the folder (it waits at the login), then dies without cleaning up.
    const QString lockPath = InstanceLock::lockPath(m_store->dataDir());
    QProcess console;
    console.setProgram(test::appPath());
    console.setArguments(
        { QStringLiteral("--data-dir"), m_store->dataDir(), QStringLiteral("--lang"), QStringLiteral("en") });
    console.start();
    QVERIFY(console.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(lockPath), 20000);
    {
        AppController refused(m_store->dataDir());
        const Status claim = refused.claimDataFolder();
        QVERIFY(!claim.ok());
        QVERIFY2(claim.errorMessage().contains(QString::number(console.processId())), qPrintable(claim.errorMessage()));
    }
    console.kill(); // no destructor runs: the lock file stays on disk
    QVERIFY(console.waitForFinished());
    QVERIFY(QFileInfo::exists(lockPath));
    AppController next(m_store->dataDir());
    const Status claim = next.claimDataFolder();
    QVERIFY2(claim.ok(), qPrintable(claim.errorMessage()));
}

void TestFrontDesk::leavingHalfDoneEnrollmentAsks()
{
    // Pictures without a face: the capture waits at 0 pictures, the decision taken and not saved.
    const QString blank = folderOf("blank", [](const QString &folder) {
        QImage grey(640, 480, QImage::Format_RGB32);
        grey.fill(QColor(128, 128, 128));
        grey.save(folder + QStringLiteral("/1.png"));
    });
    std::unique_ptr<AppController> app = startEnrolling(blank);
    QVERIFY(app);
    EnrollmentWizard *wizard = app->enrollmentWizard();
    QVERIFY(wizard);
    QVERIFY(agree(*wizard, QStringLiteral("Zhao Min")));
    QVERIFY(wizard->hasUnsavedWork());

    test::PromptAnswers answers;
    // Another section (e.g. Preview, to change the camera): asked, "no" keeps the enrollment on screen.
    answers.cancel();
    app->window()->showSection(Section::Preview);
    QCOMPARE(app->window()->currentSection(), Section::Enroll);
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Capture);
    QVERIFY(wizard->camera()->isRunning());
    // Lock now: the same.
    answers.cancel();
    app->lockNow();
    QVERIFY(!app->isLocked());
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Capture);
    // Closing the window: the same.
    answers.cancel();
    QVERIFY(!app->window()->close());
    QVERIFY(app->window()->isVisible());
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Capture);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QCOMPARE(answers.asked().size(), 3);
    QVERIFY(answers.asked().constFirst().contains(QStringLiteral("Zhao Min")));
    test::saveScreenshot(app->window(), QStringLiteral("frontdesk-capture-waiting"));

    // "Yes": the section changes and nothing was stored.
    answers.yes();
    app->window()->showSection(Section::Preview);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QCOMPARE(app->window()->currentSection(), Section::Preview);
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Start);
    QVERIFY(!wizard->camera()->isRunning());
    // Nothing left to lose: the next section change asks nothing.
    app->window()->showSection(Section::Enroll);
    app->window()->showSection(Section::Residents);
    QCOMPARE(answers.asked().size(), 4);
    app.reset();
    QCOMPARE(residentCount(), qint64(0));
}

void TestFrontDesk::declineAsksForTheNameFirst()
{
    std::unique_ptr<AppController> app = startEnrolling(QDir::tempPath());
    QVERIFY(app);
    EnrollmentWizard *wizard = app->enrollmentWizard();
    QVERIFY(wizard);
    child<QLineEdit>(wizard, "residentNameEdit")->clear();
    QTest::mouseClick(child<QPushButton>(wizard, "startButton"), Qt::LeftButton);
    ConsentDialog *dialog = wizard->consentDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *pages = dialog->findChild<QStackedWidget *>();
    QVERIFY(pages);
    QCOMPARE(pages->currentIndex(), 0);
    // No name: the resident is not shown the choices yet; the dialog says why and puts the cursor there.
    QTest::mouseClick(child<QPushButton>(dialog, "declineButton"), Qt::LeftButton);
    QCOMPARE(pages->currentIndex(), 0);
    auto *nameEdit = child<QLineEdit>(dialog, "signerNameEdit");
    QTRY_VERIFY(nameEdit->hasFocus());
    QCOMPARE(child<QLabel>(dialog, "missingLabel")->text(),
             ConsentDialog::tr("To record the choice of another way, first enter the resident's name."));
    // With the name the choice opens, and the refusal is recorded under it.
    QTest::keyClicks(nameEdit, QStringLiteral("Sun Li"));
    QTest::mouseClick(child<QPushButton>(dialog, "declineButton"), Qt::LeftButton);
    QCOMPARE(pages->currentIndex(), 1);
    child<QRadioButton>(dialog, "alternative0")->click();
    QTest::mouseClick(child<QPushButton>(dialog, "confirmAlternativeButton"), Qt::LeftButton);
    QTRY_VERIFY2(wizard->step() == EnrollmentWizard::Step::Saved,
                 qPrintable(child<QLabel>(wizard, "startMessage")->text()));
    QVERIFY(wizard->saved());
    const Resident r = ResidentService(*app->vault()).get(wizard->saved()->residentId).value();
    QCOMPARE(r.name, QStringLiteral("Sun Li"));
}

void TestFrontDesk::damagedPicturesEndWithAMessage()
{
    const QString damaged = folderOf("damaged", [](const QString &folder) {
        for (const char *name : { "1.jpg", "2.png", "3.pgm" }) {
            QFile file(folder + QLatin1Char('/') + QLatin1String(name));
            if (file.open(QIODevice::WriteOnly))
                file.write(QByteArray(4096, '\x5a'));
        }
    });
    std::unique_ptr<AppController> app = startEnrolling(damaged);
    QVERIFY(app);
    EnrollmentWizard *wizard = app->enrollmentWizard();
    QVERIFY(wizard);
    wizard->camera()->setNoPictureTimeout(3000);
    QVERIFY(agree(*wizard, QStringLiteral("Qian Feng")));
    // Within the source's time limit the capture stops and says why, on screen; the decision is kept.
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->stallReason().isEmpty(), 5000);
    QVERIFY(wizard->stallReason().contains(QDir::toNativeSeparators(damaged)));
    QVERIFY(!wizard->camera()->isRunning());
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Capture);
    QVERIFY(wizard->hasUnsavedWork());
    QVERIFY(child<QPushButton>(wizard, "retryCaptureButton")->isVisible());
    test::saveScreenshot(app->window(), QStringLiteral("frontdesk-damaged-source"));
    auto *view = wizard->findChild<CameraView *>();
    QVERIFY(view);
    QVERIFY(view->statusText().contains(QDir::toNativeSeparators(damaged)));

    // The Preview page says the same about the same source, instead of "starting" forever.
    test::PromptAnswers answers;
    answers.yes();
    app->window()->showSection(Section::Preview);
    PreviewPage *preview = app->previewPage();
    QVERIFY(preview);
    preview->camera()->setNoPictureTimeout(3000);
    preview->camera()->start(preview->source());
    auto *previewView = preview->findChild<CameraView *>();
    QTRY_VERIFY_WITH_TIMEOUT(previewView->statusText().contains(QDir::toNativeSeparators(damaged)), 5000);
    QCOMPARE(previewView->state(), CameraView::State::NoCamera);
}

void TestFrontDesk::captureWithoutUsablePicturesTimesOut()
{
    const QString blank = folderOf("noface", [](const QString &folder) {
        for (int i = 0; i < 3; ++i) {
            QImage picture(640, 480, QImage::Format_RGB32);
            picture.fill(QColor(90 + 40 * i, 110, 130));
            picture.save(QStringLiteral("%1/%2.png").arg(folder).arg(i));
        }
    });
    std::unique_ptr<AppController> app = startEnrolling(blank);
    QVERIFY(app);
    EnrollmentWizard *wizard = app->enrollmentWizard();
    QVERIFY(wizard);
    wizard->setCaptureTimeout(2000);
    QVERIFY(agree(*wizard, QStringLiteral("Wu Yan")));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->camera()->framesShown() > 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->stallReason().isEmpty(), 6000);
    QCOMPARE(wizard->collector().count(), 0);
    QVERIFY(!wizard->camera()->isRunning());
    QVERIFY(wizard->hasUnsavedWork());
    // Try again: the camera starts again under the same decision, no second consent asked.
    QTest::mouseClick(child<QPushButton>(wizard, "retryCaptureButton"), Qt::LeftButton);
    QVERIFY(!wizard->consentDialog());
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Capture);
    QVERIFY(wizard->camera()->isRunning());
    QVERIFY(wizard->stallReason().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->stallReason().isEmpty(), 6000);
    // Cancel asks, then nothing is stored.
    test::PromptAnswers answers;
    answers.yes();
    QTest::mouseClick(child<QPushButton>(wizard, "cancelCaptureButton"), Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Start);
    app.reset();
    QCOMPARE(residentCount(), qint64(0));
}

void TestFrontDesk::missingSourceOpensTheConsole()
{
    const QString missing = m_store->dir.filePath(QStringLiteral("no-such-folder"));
    AppController app(m_store->dataDir());
    app.setFrameSource(missing);
    QVERIFY(!app.frameSourceProblem().isEmpty());
    std::unique_ptr<Vault> vault = m_store->openAs(QStringLiteral("wang"));
    QVERIFY(vault);
    app.startWith(std::move(vault));
    QVERIFY(app.window()->statusBar()->currentMessage().contains(QDir::toNativeSeparators(missing)));
    QVERIFY(app.previewPage());
    QCOMPARE(app.previewPage()->source().path, missing);
    QVERIFY(!QFileInfo::exists(missing)); // nothing made in its place
}

void TestFrontDesk::displayModesFromTheViewMenu()
{
    // High contrast and large text from the View menu restyle what the resident sees at once (the enrollment
    // screen and the notice), and the next start on this computer begins in the same mode.
    std::unique_ptr<AppController> app = startEnrolling(QDir::tempPath());
    QVERIFY(app);
    EnrollmentWizard *wizard = app->enrollmentWizard();
    QVERIFY(wizard);
    auto *title = wizard->findChild<QLabel *>();
    QVERIFY(title);
    const qreal normalSize = QFontInfo(title->font()).pointSizeF();
    const QColor normalWindow = wizard->palette().color(QPalette::Window);

    auto *contrast = app->window()->findChild<QAction *>(QStringLiteral("highContrastAction"));
    auto *large = app->window()->findChild<QAction *>(QStringLiteral("largeTextAction"));
    QVERIFY(contrast && large);
    QVERIFY(!contrast->isChecked() && !large->isChecked());
    contrast->trigger();
    large->trigger();
    QVERIFY(Theme::isHighContrast());
    QVERIFY(Theme::isLargeText());
    QVERIFY(wizard->palette().color(QPalette::Window) != normalWindow);
    QVERIFY(QFontInfo(title->font()).pointSizeF() > normalSize * 1.2);
    test::saveScreenshot(app->window(), QStringLiteral("frontdesk-high-contrast-large"));
    // The notice opens large.
    QTest::mouseClick(child<QPushButton>(wizard, "startButton"), Qt::LeftButton);
    ConsentDialog *dialog = wizard->consentDialog();
    QVERIFY(dialog);
    QVERIFY(child<QPushButton>(dialog, "largerTextButton")->isChecked());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    test::saveScreenshot(dialog, QStringLiteral("frontdesk-high-contrast-notice"));
    dialog->reject();

    // Saved: a fresh start (after the modes were reset) takes them back.
    Theme::setHighContrast(false);
    Theme::setLargeText(false);
    Theme::applySaved();
    QVERIFY(Theme::isHighContrast());
    QVERIFY(Theme::isLargeText());
    contrast->trigger();
    large->trigger();
    QVERIFY(!Theme::isHighContrast());
    QVERIFY(!Theme::isLargeText());
    Theme::applySaved();
    QVERIFY(!Theme::isHighContrast());
}

void TestFrontDesk::noticeUrlAskedWithItsReason()
{
    // Setup asks for the notice's web address and says why; a wrong one is refused in the form's words,
    // never by the profile file's key.
    QTemporaryDir dir;
    SetupWizard setup(dir.filePath(QStringLiteral("data")));
    setup.show();
    QVERIFY(QTest::qWaitForWindowExposed(&setup));
    auto *reason = child<QLabel>(&setup, "noticeUrlReason");
    QVERIFY(reason->isVisible());
    QVERIFY(!reason->text().isEmpty());
    test::saveScreenshot(&setup, QStringLiteral("frontdesk-setup-notice-url"));
    auto *form = setup.findChild<SiteProfileForm *>();
    QVERIFY(form);
    child<QLineEdit>(&setup, "noticeUrlEdit")->setText(QStringLiteral("http://example.cn/notice"));
    const Status refused = form->validate();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorMessage(),
             SiteProfile::checkNoticeUrl(QStringLiteral("http://example.cn/notice")).errorMessage());
    QVERIFY2(!refused.errorMessage().contains(QStringLiteral("notice_url")), qPrintable(refused.errorMessage()));
    child<QLineEdit>(&setup, "noticeUrlEdit")->setText(QStringLiteral("https://example.cn/notice"));
    QVERIFY(SiteProfile::checkNoticeUrl(form->profile().noticeUrl).ok());
}

void TestFrontDesk::lockoutCountsDown()
{
    // Wrong passwords until the store makes "wang" wait: the login says how long, live, keeps Unlock off
    // while the wait runs (Enter too), and lets the password be tried again when it is over.
    test::MockClock clock;
    LoginDialog login(m_store->dataDir());
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    auto *user = child<QComboBox>(&login, "userCombo");
    user->setCurrentIndex(user->findText(QStringLiteral("wang")));
    auto *password = child<QLineEdit>(&login, "passwordEdit");
    auto *unlock = child<QPushButton>(&login, "unlockButton");
    auto *error = child<StatusLine>(&login, "errorLabel");
    qint64 wait = 0;
    for (int attempt = 0; attempt < 10 && wait == 0; ++attempt) {
        password->setText(QStringLiteral("wrong-%1").arg(attempt));
        QTest::mouseClick(unlock, Qt::LeftButton);
        QTRY_VERIFY(!login.isBusy());
        wait = Unlocker::secondsUntilNextTry(m_store->dataDir(), QStringLiteral("wang"));
    }
    QVERIFY(wait > 0);
    QVERIFY2(error->text().contains(QString::number(wait)), qPrintable(error->text()));
    password->setText(QStringLiteral("manager-pass"));
    QVERIFY(!unlock->isEnabled());
    test::saveScreenshot(&login, QStringLiteral("frontdesk-lockout-countdown"));
    // The clock moves on: the number on screen follows within a second.
    clock.advanceSeconds(wait - 3);
    const QRegularExpression three(QStringLiteral("\\b3\\b"));
    QVERIFY(!error->text().contains(three));
    QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(three), 2500);
    QVERIFY(!unlock->isEnabled());
    clock.advanceSeconds(4);
    QTRY_VERIFY_WITH_TIMEOUT(unlock->isEnabled(), 2500);
    QVERIFY(!error->text().contains(QString::number(wait)));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(login.result(), int(QDialog::Accepted), 10000);
}

void TestFrontDesk::unsavedReceiptCanBeSavedAgain()
{
    // The withdrawal's receipt dialog is cancelled: the person's detail offers it again, and the PDF written
    // then is the receipt. A deleted person's receipt is offered the same way, though their row is gone.
    test::PeopleFixture people;
    QVERIFY(people.create());
    const qint64 zhang = people.enroll(QStringLiteral("Zhang San"), QStringLiteral("3-101"));
    const qint64 li = people.enroll(QStringLiteral("Li Si"), QStringLiteral("3-102"));
    ResidentsPage page(people.vault());
    page.resize(1366, 740);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *again = child<QPushButton>(&page, "receiptAgainButton");
    QVERIFY(page.selectResident(zhang));
    QVERIFY(again->isHidden());

    test::PromptAnswers answers;
    answers.yes().path(QString()); // confirm the withdrawal, cancel the receipt
    QTest::mouseClick(child<QPushButton>(&page, "withdrawButton"), Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QVERIFY(!again->isHidden());
    QVERIFY(again->text().contains(QStringLiteral("Zhang San")));
    QVERIFY(page.selectResident(li)); // another person: not theirs
    QVERIFY(again->isHidden());
    QVERIFY(page.selectResident(zhang));
    const QString receipt = m_store->dir.filePath(QStringLiteral("zhang-receipt.pdf"));
    answers.path(receipt);
    QTest::mouseClick(again, Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QVERIFY(QFileInfo(receipt).size() > 1000);
    QVERIFY(again->isHidden()); // saved: nothing more to offer

    // Deleted, receipt cancelled: offered while nobody is selected.
    QVERIFY(page.selectResident(li));
    answers.yes().path(QString());
    QTest::mouseClick(child<QPushButton>(&page, "deleteButton"), Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QTRY_VERIFY(!again->isHidden());
    QVERIFY(again->text().contains(QStringLiteral("Li Si")));
    const QString deletion = m_store->dir.filePath(QStringLiteral("li-receipt.pdf"));
    answers.path(deletion);
    QTest::mouseClick(again, Qt::LeftButton);
    QVERIFY(QFileInfo(deletion).size() > 1000);
    QVERIFY(again->isHidden());
}

QTEST_MAIN(TestFrontDesk)
#include "tst_frontdesk.moc"
