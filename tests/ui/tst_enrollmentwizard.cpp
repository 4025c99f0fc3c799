// The whole front-desk enrollment driven offscreen, with a folder of ORL pictures standing in for the
// camera: agree -> five samples -> review -> saved (templates stored, consent points at the notice shown);
// decline -> the refusal and the alternative, no camera, no templates; cancel during capture -> nothing
// stored; a child without a guardian cannot proceed; the duplicate check leaves the decision to a manager;
// the resident's copy as PDF; the liveness check before any sample (a still photo gets none, a head turn
// lets the capture go on). Screenshots of every step (CONSENTRY_SCREENSHOT_DIR, CONSENTRY_TEST_LANG).

#include "LivenessClips.h"
#include "Screenshot.h"
#include "StoreProbe.h"
#include "TestPaths.h"
#include "VaultFixture.h"
#include "Widgets.h"
#include "enroll/ConsentDialog.h"
#include "enroll/EnrollmentWizard.h"
#include "enroll/SignaturePad.h"
#include "liveness/LivenessPanel.h"
#include "platform/Clock.h"
#include "platform/Language.h"
#include "services/GalleryService.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

class TestEnrollmentWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void agreeCaptureReviewSave();
    void declineOpensNoCamera();
    void cancelDuringCaptureStoresNothing();
    void childWithoutGuardianCannotProceed();
    void guardianConsentsForAChild();
    void duplicateNeedsManager();
    void livenessBeforeAnySample();
    void livenessPassedThenSamples();

private:
    std::unique_ptr<EnrollmentWizard> makeWizard(int person = 1);
    std::unique_ptr<EnrollmentWizard> makeWizard(const QString &sourcePath);
    void agreeOnly(EnrollmentWizard &wizard, const QString &name);
    ConsentDialog *openConsent(EnrollmentWizard &wizard, const QString &name);
    static void readToEnd(ConsentDialog &dialog);
    static void sign(ConsentDialog &dialog);
    void agreeAndCapture(EnrollmentWizard &wizard, const QString &name, const QString &shotPrefix = QString());
    qint64 count(const char *table);

    QString m_lang;
    std::unique_ptr<test::VaultFixture> m_f;
    std::shared_ptr<GalleryService> m_gallery;
};

void TestEnrollmentWizard::initTestCase()
{
    m_lang = qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("en"));
    QVERIFY(Language::install(m_lang));
    // Translations not yet merged into translations/*.ts can be checked on screen with a .qm built from them.
    if (const QString extra = qEnvironmentVariable("CONSENTRY_TEST_EXTRA_QM"); !extra.isEmpty()) {
        auto *translator = new QTranslator(this);
        QVERIFY(translator->load(extra));
        QCoreApplication::installTranslator(translator);
    }
}

void TestEnrollmentWizard::init()
{
    if (test::testdataDir().isEmpty())
        QSKIP(qPrintable(test::missingTestdataReason()));
    m_f = std::make_unique<test::VaultFixture>();
    QVERIFY(m_f->create());
    Vault &v = *m_f->vault;
    SiteProfile profile = SettingsService(v).siteProfile().value();
    profile.operatorName = QStringLiteral("Sunrise Property Management");
    profile.contactPhone = QStringLiteral("0571-8800 1234");
    profile.contactAddress = QStringLiteral("1 Lake Road, Hangzhou");
    profile.purpose = m_lang == QLatin1String("zh_CN") ? QStringLiteral("小区大门通行核验")
                                                       : QStringLiteral("Entry at the lobby door");
    profile.retentionDays = 365;
    profile.alternatives = m_lang == QLatin1String("zh_CN")
        ? QStringList { QStringLiteral("门禁卡"), QStringLiteral("前台人工核验身份证") }
        : QStringList { QStringLiteral("Key card"), QStringLiteral("ID card checked at the desk") };
    QVERIFY(SettingsService(v).setSiteProfile(profile).ok());
    QVERIFY(m_f->addUser(QStringLiteral("desk1"), Role::Staff, "staff-pass-1"));
    // These tests are about consent and capture; the liveness check, on by default, has its own tests
    // below (which switch it back on) — a folder of ORL pictures cannot answer a random challenge.
    QVERIFY(SettingsService(v).setLivenessMode(LivenessMode::Off).ok());
    PipelineOptions options;
    options.modelDir = test::modelDir();
    auto pipeline = FacePipeline::create(options);
    QVERIFY(pipeline.ok());
    m_gallery = std::make_shared<GalleryService>(v, pipeline.value()->engine(),
                                                 pipeline.value()->embedder().defaultThreshold());
    QVERIFY(m_gallery->load().ok());
}

void TestEnrollmentWizard::cleanup()
{
    m_gallery.reset();
    m_f.reset();
}

std::unique_ptr<EnrollmentWizard> TestEnrollmentWizard::makeWizard(int person)
{
    return makeWizard(QStringLiteral("%1/faces/orl/s%2").arg(test::testdataDir()).arg(person));
}

std::unique_ptr<EnrollmentWizard> TestEnrollmentWizard::makeWizard(const QString &folder)
{
    PipelineOptions options;
    options.modelDir = test::modelDir();
    auto wizard = std::make_unique<EnrollmentWizard>(*m_f->vault, m_gallery, options, [folder] {
        SourceChoice source;
        source.path = folder;
        return source;
    });
    wizard->resize(1100, 800);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        qWarning("wizard not exposed");
    return wizard;
}

qint64 TestEnrollmentWizard::count(const char *table)
{
    if (QByteArray(table) == "residents")
        return test::probe(*m_f->vault).residentRepository().all().value().size();
    return test::probe(*m_f->vault).templateRepository().count().value();
}

ConsentDialog *TestEnrollmentWizard::openConsent(EnrollmentWizard &wizard, const QString &name)
{
    child<QLineEdit>(&wizard, "residentNameEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(&wizard, "residentNameEdit"), name);
    test::saveScreenshot(&wizard, QStringLiteral("enroll-1-start"));
    QTest::mouseClick(child<QPushButton>(&wizard, "startButton"), Qt::LeftButton);
    ConsentDialog *dialog = wizard.consentDialog();
    if (!dialog)
        return nullptr;
    dialog->resize(1180, 760);
    if (!QTest::qWaitForWindowExposed(dialog))
        qWarning("dialog not exposed");
    return dialog;
}

void TestEnrollmentWizard::readToEnd(ConsentDialog &dialog)
{
    QScrollBar *bar = child<QTextBrowser>(&dialog, "noticeView")->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    QTRY_VERIFY(dialog.noticeRead());
}

void TestEnrollmentWizard::sign(ConsentDialog &dialog)
{
    auto *pad = child<SignaturePad>(&dialog, "signaturePad");
    QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(20, 40));
    QTest::mouseMove(pad, QPoint(80, 60));
    QTest::mouseMove(pad, QPoint(140, 30));
    QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(150, 50));
}

void TestEnrollmentWizard::agreeAndCapture(EnrollmentWizard &wizard, const QString &name, const QString &shotPrefix)
{
    ConsentDialog *dialog = openConsent(wizard, name);
    QVERIFY(dialog);
    // The name typed at the desk is already in the dialog.
    QCOMPARE(child<QLineEdit>(dialog, "signerNameEdit")->text(), name);
    // The consent box stays locked until the notice has been read to its end.
    QVERIFY(!child<QCheckBox>(dialog, "separateConsentCheck")->isEnabled());
    if (!shotPrefix.isEmpty())
        test::saveScreenshot(dialog, shotPrefix + QStringLiteral("-2-notice"));
    readToEnd(*dialog);
    child<QRadioButton>(dialog, "ageOver14Radio")->click(); // the age question is mandatory
    child<QCheckBox>(dialog, "separateConsentCheck")->click();
    sign(*dialog);
    auto *agree = child<QPushButton>(dialog, "agreeButton");
    QVERIFY(agree->isEnabled());
    if (!shotPrefix.isEmpty())
        test::saveScreenshot(dialog, shotPrefix + QStringLiteral("-3-consent"));
    QTest::mouseClick(agree, Qt::LeftButton);
    QTRY_COMPARE(wizard.step(), EnrollmentWizard::Step::Capture);
    QVERIFY(wizard.camera()->isRunning());
    if (!shotPrefix.isEmpty()) {
        QTRY_VERIFY_WITH_TIMEOUT(wizard.collector().count() >= 2 || wizard.step() == EnrollmentWizard::Step::Review,
                                 60000);
        if (wizard.step() == EnrollmentWizard::Step::Capture)
            test::saveScreenshot(&wizard, shotPrefix + QStringLiteral("-4-capture"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(wizard.step() == EnrollmentWizard::Step::Review, 60000);
    QVERIFY(!wizard.camera()->isRunning());
}

void TestEnrollmentWizard::agreeOnly(EnrollmentWizard &wizard, const QString &name)
{
    ConsentDialog *dialog = openConsent(wizard, name);
    QVERIFY(dialog);
    readToEnd(*dialog);
    child<QRadioButton>(dialog, "ageOver14Radio")->click(); // the age question is mandatory
    child<QCheckBox>(dialog, "separateConsentCheck")->click();
    sign(*dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "agreeButton"), Qt::LeftButton);
    QTRY_COMPARE(wizard.step(), EnrollmentWizard::Step::Capture);
}

void TestEnrollmentWizard::agreeCaptureReviewSave()
{
    auto wizard = makeWizard(1);
    agreeAndCapture(*wizard, QStringLiteral("Li Lei"), QStringLiteral("enroll"));
    QCOMPARE(wizard->collector().count(), EnrollmentWizard::kTargetSamples);
    QCOMPARE(count("templates"), qint64(0)); // nothing stored before Save
    QVERIFY(!wizard->duplicate());
    QVERIFY(child<QPushButton>(wizard.get(), "saveButton")->isEnabled());
    QVERIFY(!child<QPushButton>(wizard.get(), "overrideButton")->isVisible());
    QCOMPARE(child<QWidget>(wizard.get(), "thumbnails")->findChildren<QLabel *>().size(),
             EnrollmentWizard::kTargetSamples);
    test::saveScreenshot(wizard.get(), QStringLiteral("enroll-5-review"));

    // Retake: the samples are dropped and the camera takes a fresh set.
    QTest::mouseClick(child<QPushButton>(wizard.get(), "retakeButton"), Qt::LeftButton);
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Capture);
    QVERIFY(wizard->collector().count() < EnrollmentWizard::kTargetSamples);
    QVERIFY(wizard->camera()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->step() == EnrollmentWizard::Step::Review, 60000);
    QCOMPARE(wizard->collector().count(), EnrollmentWizard::kTargetSamples);
    QCOMPARE(child<QWidget>(wizard.get(), "thumbnails")->findChildren<QLabel *>().size(),
             EnrollmentWizard::kTargetSamples);
    QCOMPARE(count("templates"), qint64(0));

    QTest::mouseClick(child<QPushButton>(wizard.get(), "saveButton"), Qt::LeftButton);
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Saved);
    test::saveScreenshot(wizard.get(), QStringLiteral("enroll-6-saved"));
    QVERIFY(wizard->saved());
    const qint64 id = wizard->saved()->residentId;
    QCOMPARE(count("templates"), qint64(EnrollmentWizard::kTargetSamples));
    QCOMPARE(m_gallery->templateCount(), EnrollmentWizard::kTargetSamples);
    QCOMPARE(wizard->collector().count(), 0); // the pictures are gone
    const Resident r = ResidentService(*m_f->vault).get(id).value();
    QCOMPARE(r.name, QStringLiteral("Li Lei"));
    const QList<Consent> consents = ResidentService(*m_f->vault).consents(id).value();
    QCOMPARE(consents.size(), 1);
    QVERIFY(consents.first().isActiveGrant());
    // The consent points at the notice version the resident was shown (the one in force, their language).
    const QString shownLanguage = m_lang == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
    QCOMPARE(consents.first().noticeVersionId, SettingsService(*m_f->vault).currentNotice(shownLanguage).value().id);
    QCOMPARE(consents.first().witness, QStringLiteral("wang"));
    QVERIFY(test::probe(*m_f->vault).consentRepository().signature(consents.first().id).value().startsWith("\x89PNG"));

    // The resident's copy.
    const QString pdf = m_f->dir.filePath(QStringLiteral("copy.pdf"));
    Result<int> pages = wizard->saveCopyAsPdf(pdf);
    QVERIFY2(pages.ok(), qPrintable(pages.errorMessage()));
    QVERIFY(pages.value() >= 1);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    // For people reviewing the screenshots: the copy the resident takes home.
    if (const QString shots = qEnvironmentVariable("CONSENTRY_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(wizard->saveCopyAsPdf(shots + QStringLiteral("/enroll-7-resident-copy.pdf")).ok());

    QTest::mouseClick(child<QPushButton>(wizard.get(), "nextButton"), Qt::LeftButton);
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Start);
    QVERIFY(child<QLineEdit>(wizard.get(), "residentNameEdit")->text().isEmpty());
}

void TestEnrollmentWizard::declineOpensNoCamera()
{
    auto wizard = makeWizard(2);
    ConsentDialog *dialog = openConsent(*wizard, QStringLiteral("Han Meimei"));
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "declineButton"), Qt::LeftButton);
    child<QRadioButton>(dialog, "alternative1")->click();
    test::saveScreenshot(dialog, QStringLiteral("enroll-decline-1-alternative"));
    QTest::mouseClick(child<QPushButton>(dialog, "confirmAlternativeButton"), Qt::LeftButton);
    QTRY_COMPARE(wizard->step(), EnrollmentWizard::Step::Saved);
    test::saveScreenshot(wizard.get(), QStringLiteral("enroll-decline-2-recorded"));
    QCOMPARE(wizard->camera()->framesShown(), quint64(0));
    QVERIFY(!wizard->camera()->isRunning());
    QCOMPARE(count("templates"), qint64(0));
    const qint64 id = wizard->saved()->residentId;
    const QList<Consent> consents = ResidentService(*m_f->vault).consents(id).value();
    QCOMPARE(consents.size(), 1);
    QCOMPARE(consents.first().decision, Consent::Decision::Declined);
    const QStringList alternatives = SettingsService(*m_f->vault).siteProfile().value().alternatives;
    QCOMPARE(consents.first().alternative, alternatives.at(1));
    QVERIFY(child<QLabel>(wizard.get(), "savedLabel")->text().contains(alternatives.at(1)));
    // The refusal has a copy too.
    QVERIFY(wizard->saveCopyAsPdf(m_f->dir.filePath(QStringLiteral("declined.pdf"))).ok());
}

void TestEnrollmentWizard::cancelDuringCaptureStoresNothing()
{
    auto wizard = makeWizard(3);
    ConsentDialog *dialog = openConsent(*wizard, QStringLiteral("Zhang Wei"));
    QVERIFY(dialog);
    readToEnd(*dialog);
    child<QRadioButton>(dialog, "ageOver14Radio")->click(); // the age question is mandatory
    child<QCheckBox>(dialog, "separateConsentCheck")->click();
    sign(*dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "agreeButton"), Qt::LeftButton);
    QTRY_COMPARE(wizard->step(), EnrollmentWizard::Step::Capture);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->collector().count() >= 1, 60000);
    QTest::mouseClick(child<QPushButton>(wizard.get(), "cancelCaptureButton"), Qt::LeftButton);
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Start);
    QVERIFY(!wizard->camera()->isRunning());
    QCOMPARE(wizard->collector().count(), 0);
    QCOMPARE(count("residents"), qint64(0));
    QCOMPARE(count("templates"), qint64(0));
    QVERIFY(!child<QLabel>(wizard.get(), "startMessage")->text().isEmpty());
    test::saveScreenshot(wizard.get(), QStringLiteral("enroll-cancelled"));
}

void TestEnrollmentWizard::childWithoutGuardianCannotProceed()
{
    auto wizard = makeWizard(4);
    ConsentDialog *dialog = openConsent(*wizard, QStringLiteral("Xiao Ming"));
    QVERIFY(dialog);
    readToEnd(*dialog);
    child<QRadioButton>(dialog, "ageBirthRadio")->click();
    child<QDateEdit>(dialog, "birthDateEdit")->setDate(Clock::instance().now().date().addYears(-10));
    sign(*dialog);
    QVERIFY(child<QWidget>(dialog, "guardianBox")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "agreeButton")->isEnabled());
    test::saveScreenshot(dialog, QStringLiteral("enroll-child-needs-guardian"));
    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QTRY_COMPARE(wizard->step(), EnrollmentWizard::Step::Start);
    QVERIFY(!wizard->camera()->isRunning());
    QCOMPARE(count("residents"), qint64(0));
}

// Issue 10 §4 end to end: the guardian reads, consents in their own words and signs on their own pad; the store
// records who signed and both names; the signed copy prints 被监护人 and 监护人 each under their own heading.
void TestEnrollmentWizard::guardianConsentsForAChild()
{
    Vault &v = *m_f->vault;
    SiteProfile profile = SettingsService(v).siteProfile().value();
    profile.minorsRules = QStringLiteral("不满十四周岁的，须由监护人单独同意；监护人可随时撤回同意。");
    QVERIFY(SettingsService(v).setSiteProfile(profile).ok());
    auto wizard = makeWizard(6);
    child<QLineEdit>(wizard.get(), "residentNameEdit")->setText(QStringLiteral("李小明")); // keyClicks is ASCII only
    QTest::mouseClick(child<QPushButton>(wizard.get(), "startButton"), Qt::LeftButton);
    ConsentDialog *dialog = wizard->consentDialog();
    QVERIFY(dialog);
    dialog->resize(1180, 760);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *language = child<QComboBox>(dialog, "noticeLanguageBox");
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    readToEnd(*dialog);
    const QDate born = Clock::instance().now().date().addYears(-9);
    child<QRadioButton>(dialog, "ageBirthRadio")->click();
    child<QDateEdit>(dialog, "birthDateEdit")->setDate(born);
    QVERIFY(child<QLabel>(dialog, "minorsRulesLabel")->text().contains(profile.minorsRules));
    child<QLineEdit>(dialog, "guardianNameEdit")->setText(QStringLiteral("李芳"));
    child<QComboBox>(dialog, "guardianRelationBox")->setCurrentIndex(2);
    child<QCheckBox>(dialog, "guardianConsentCheck")->click();
    auto *pad = child<SignaturePad>(dialog, "guardianSignaturePad");
    QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(20, 40));
    QTest::mouseMove(pad, QPoint(120, 60));
    QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(150, 50));
    auto *agree = child<QPushButton>(dialog, "agreeButton");
    QVERIFY2(agree->isEnabled(), qPrintable(child<QLabel>(dialog, "missingLabel")->text()));
    QTest::mouseClick(agree, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->step() == EnrollmentWizard::Step::Review, 60000);
    QTest::mouseClick(child<QPushButton>(wizard.get(), "saveButton"), Qt::LeftButton);
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Saved);

    const qint64 id = wizard->saved()->residentId;
    const Resident r = ResidentService(v).get(id).value();
    QCOMPARE(r.name, QStringLiteral("李小明"));
    QCOMPARE(r.dateOfBirth, born);
    QCOMPARE(r.ageBasis, Resident::AgeBasis::DateOfBirth);
    const Consent c = ResidentService(v).consents(id)->constFirst();
    QCOMPARE(c.signerRole, Consent::SignerRole::Guardian);
    QCOMPARE(c.signer, QStringLiteral("李芳"));
    QCOMPARE(c.subjectName, QStringLiteral("李小明"));
    QCOMPARE(c.guardianName, QStringLiteral("李芳"));
    QVERIFY(c.isActiveGrant());

    const QString pdf = m_f->dir.filePath(QStringLiteral("child-copy.pdf"));
    QVERIFY(wizard->saveCopyAsPdf(pdf).ok());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString copy = QString::fromUtf8(text.readAllStandardOutput()).remove(QLatin1Char(' '));
    // The child under 被监护人, the guardian under 监护人 with their own declaration; the child is never "本人".
    const qsizetype subject = copy.indexOf(QStringLiteral("被监护人\n"));
    QVERIFY2(subject >= 0, qPrintable(copy));
    QVERIFY(copy.indexOf(QStringLiteral("李小明"), subject) > subject);
    QVERIFY(copy.contains(QStringLiteral("本人作为监护人")));
    QVERIFY(copy.contains(QStringLiteral("李芳（监护人）")));
    QVERIFY(copy.contains(QStringLiteral("监护人可随时撤回同意")));
    QVERIFY(!copy.contains(QStringLiteral("单独同意处理我的人脸信息")));
    if (const QString shots = qEnvironmentVariable("CONSENTRY_SCREENSHOT_DIR"); !shots.isEmpty())
        QFile::copy(pdf, QDir(shots).filePath(QStringLiteral("child-consent-copy.pdf")));
}

void TestEnrollmentWizard::duplicateNeedsManager()
{
    auto first = makeWizard(5);
    agreeAndCapture(*first, QStringLiteral("Wang Fang"));
    QTest::mouseClick(child<QPushButton>(first.get(), "saveButton"), Qt::LeftButton);
    QCOMPARE(first->step(), EnrollmentWizard::Step::Saved);
    first.reset();

    // Staff at the desk enroll the same face under another name: refused, only a manager may decide.
    QVERIFY(m_f->switchTo(QStringLiteral("desk1")));
    auto wizard = makeWizard(5);
    agreeAndCapture(*wizard, QStringLiteral("Wang F."));
    QVERIFY(wizard->duplicate());
    QVERIFY(child<QLabel>(wizard.get(), "duplicateLabel")->text().contains(QStringLiteral("Wang Fang")));
    QVERIFY(!child<QPushButton>(wizard.get(), "saveButton")->isEnabled());
    QVERIFY(child<QPushButton>(wizard.get(), "overrideButton")->isVisible());
    QVERIFY(!child<QPushButton>(wizard.get(), "overrideButton")->isEnabled());
    test::saveScreenshot(wizard.get(), QStringLiteral("enroll-duplicate-staff"));
    QTest::mouseClick(child<QPushButton>(wizard.get(), "cancelReviewButton"), Qt::LeftButton);
    QCOMPARE(count("residents"), qint64(1));
    QCOMPARE(count("templates"), qint64(EnrollmentWizard::kTargetSamples));

    // The manager can decide it is another person.
    QVERIFY(m_f->switchTo(QStringLiteral("wang")));
    agreeAndCapture(*wizard, QStringLiteral("Wang Fang's twin"));
    auto *override = child<QPushButton>(wizard.get(), "overrideButton");
    QVERIFY(override->isEnabled());
    QTest::mouseClick(override, Qt::LeftButton);
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Saved);
    QCOMPARE(count("residents"), qint64(2));
}

void TestEnrollmentWizard::livenessBeforeAnySample()
{
    // A printed photo held still in front of the camera: the check fails with its reason, no sample is
    // taken, the consent is kept (the wizard stays on the capture step) and "Try again" asks again.
    if (test::modelDir().isEmpty())
        QSKIP(qPrintable(test::missingModelsReason()));
    QVERIFY(SettingsService(*m_f->vault).setLivenessMode(LivenessMode::ReviewBand).ok());
    const QString path = m_f->dir.filePath(QStringLiteral("still.avi"));
    QVERIFY(test::LivenessClips::writeVideo(
        path, test::LivenessClips::stillPhoto(test::LivenessClips::placed(test::LivenessClips::orlImage(6, 1)), 20)));
    auto wizard = makeWizard(path);
    LivenessPanel *panel = wizard->livenessPanel();
    panel->setNextChallenge(LivenessCheck::Challenge::TurnLeft);
    LivenessCheck::Options quick;
    quick.timeoutMs = 3000;
    panel->setOptions(quick);
    agreeOnly(*wizard, QStringLiteral("Photo Holder"));
    QCOMPARE(panel->state(), LivenessPanel::State::Running);
    QVERIFY(panel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->camera()->framesShown() >= 5, 20000);
    QCOMPARE(child<QLabel>(wizard.get(), "livenessText")->text(),
             LivenessCheck::challengePrompt(LivenessCheck::Challenge::TurnLeft));
    test::saveScreenshot(wizard.get(), QStringLiteral("enroll-liveness-1-asked"));
    QTRY_COMPARE_WITH_TIMEOUT(panel->state(), LivenessPanel::State::Failed, 20000);
    QCOMPARE(panel->reason(), LivenessCheck::Reason::NoMovement);
    QVERIFY(child<QLabel>(wizard.get(), "livenessText")
                ->text()
                .contains(LivenessCheck::reasonText(LivenessCheck::Reason::NoMovement)));
    QVERIFY(child<QPushButton>(wizard.get(), "livenessRetryButton")->isVisible());
    test::saveScreenshot(wizard.get(), QStringLiteral("enroll-liveness-2-failed"));
    // The picture keeps coming, yet no sample is accepted.
    const quint64 shown = wizard->camera()->framesShown();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->camera()->framesShown() >= shown + 10, 20000);
    QCOMPARE(wizard->collector().count(), 0);
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Capture);

    QTest::mouseClick(child<QPushButton>(wizard.get(), "livenessRetryButton"), Qt::LeftButton);
    QCOMPARE(panel->state(), LivenessPanel::State::Running);
    QVERIFY(!child<QPushButton>(wizard.get(), "livenessRetryButton")->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(panel->state(), LivenessPanel::State::Failed, 20000);
    QCOMPARE(wizard->collector().count(), 0);
    QTest::mouseClick(child<QPushButton>(wizard.get(), "cancelCaptureButton"), Qt::LeftButton);
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Start);
    QVERIFY(!panel->isVisible());
    QCOMPARE(count("templates"), qint64(0));
}

void TestEnrollmentWizard::livenessPassedThenSamples()
{
    // A real head turn (ORL s4, frontal then turned to his left), then his other pictures for the samples.
    if (test::modelDir().isEmpty())
        QSKIP(qPrintable(test::missingModelsReason()));
    QVERIFY(SettingsService(*m_f->vault).setLivenessMode(LivenessMode::Always).ok());
    using test::LivenessClips::orlImage;
    using test::LivenessClips::placed;
    std::vector<cv::Mat> frames = test::LivenessClips::sequence({ placed(orlImage(4, 7)) }, 4);
    for (int image : { 10, 1, 2, 3, 4, 5, 8, 9 }) {
        for (const cv::Mat &f : test::LivenessClips::sequence({ placed(orlImage(4, image)) }, image == 10 ? 4 : 3))
            frames.push_back(f);
    }
    const QString path = m_f->dir.filePath(QStringLiteral("turn.avi"));
    QVERIFY(test::LivenessClips::writeVideo(path, frames));
    auto wizard = makeWizard(path);
    LivenessPanel *panel = wizard->livenessPanel();
    panel->setNextChallenge(LivenessCheck::Challenge::TurnLeft);
    agreeOnly(*wizard, QStringLiteral("Zhao Si"));
    QCOMPARE(panel->state(), LivenessPanel::State::Running);
    QCOMPARE(wizard->collector().count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(panel->state(), LivenessPanel::State::Passed, 30000);
    QCOMPARE(panel->performed(), LivenessCheck::Challenge::TurnLeft);
    test::saveScreenshot(wizard.get(), QStringLiteral("enroll-liveness-3-passed"));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->step() == EnrollmentWizard::Step::Review, 60000);
    QCOMPARE(wizard->collector().count(), EnrollmentWizard::kTargetSamples);
    QCOMPARE(child<QLabel>(wizard.get(), "livenessSummary")->text(), panel->summaryText());
    QVERIFY(!panel->summaryText().isEmpty());
    test::saveScreenshot(wizard.get(), QStringLiteral("enroll-liveness-4-review"));
    QTest::mouseClick(child<QPushButton>(wizard.get(), "saveButton"), Qt::LeftButton);
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Saved);
    QCOMPARE(count("templates"), qint64(EnrollmentWizard::kTargetSamples));
}

QTEST_MAIN(TestEnrollmentWizard)
#include "tst_enrollmentwizard.moc"
