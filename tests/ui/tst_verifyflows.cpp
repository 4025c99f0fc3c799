// Issue 12 at the AppController level, through to the store and back to the screen:
//   - a staff account gets Verify with its gallery and camera path, and its confirmed verification is in the
//     store under its name (Verify follows Permission::Verify, not Enroll);
//   - a face result is recorded only when staff confirm it; "Use another way" records nothing;
//   - "Re-enroll" on the Residents screen opens the enrollment wizard in its re-enrollment mode, and saving
//     replaces the person's templates in the store and in the gallery;
//   - from the work list of people enrolled with another engine, re-enrollment asks for consent again.

#include "PromptAnswers.h"
#include "Screenshot.h"
#include "StoreProbe.h"
#include "TestPaths.h"
#include "VaultFixture.h"
#include "Widgets.h"
#include "enroll/ConsentDialog.h"
#include "enroll/EnrollmentWizard.h"
#include "main/AppController.h"
#include "main/MainWindow.h"
#include "people/ResidentsModel.h"
#include "people/ResidentsPage.h"
#include "platform/Language.h"
#include "services/EnrollmentService.h"
#include "services/GalleryService.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "storage/Database.h"
#include "vault/Unlocker.h"
#include "verify/VerifyPage.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

namespace {
// Clicks as a person would after the screen has settled: buttons that appeared or moved are laid out first.
void click(QPushButton *button)
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QTest::mouseClick(button, Qt::LeftButton);
}
} // namespace

class TestVerifyFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void staffAccountVerifies();
    void onlyAConfirmedResultIsRecorded();
    void reenrollReplacesTemplates();
    void reenrollFromTheWorkListAsksConsentAgain();

private:
    std::unique_ptr<AppController> startApp(const QString &user, const QString &source = QDir::tempPath());
    qint64 enroll(AppController &app, const QString &name, int person, int samples);
    static FaceTemplate faceOf(const EngineId &engine, int person, int sample);
    Consent grantedConsent(Vault &vault, const QString &signer) const;
    qint64 count(Vault &vault, const QString &sql) const;
    std::unique_ptr<test::VaultFixture> m_store;
};

void TestVerifyFlows::initTestCase()
{
    QVERIFY(Language::install(qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("en"))));
}

void TestVerifyFlows::init()
{
    m_store = std::make_unique<test::VaultFixture>();
    QVERIFY(m_store->create());
    SiteProfile p = test::sampleCompleteProfile();
    p.alternatives = { QStringLiteral("ID card at the front desk") };
    QVERIFY(SettingsService(*m_store->vault).setSiteProfile(p).ok());
    // These flows are about the decision and the data; the liveness check has its own tests.
    QVERIFY(SettingsService(*m_store->vault).setLivenessMode(LivenessMode::Off).ok());
    QVERIFY(m_store->addUser(QStringLiteral("li"), Role::Staff, "staff-pass"));
    m_store->vault->lock();
    m_store->vault.reset();
}

void TestVerifyFlows::cleanup()
{
    m_store.reset();
}

std::unique_ptr<AppController> TestVerifyFlows::startApp(const QString &user, const QString &source)
{
    auto app = std::make_unique<AppController>(m_store->dataDir());
    app->setFrameSource(source);
    app->startWith(m_store->openAs(user));
    app->window()->resize(1366, 768);
    app->window()->show();
    return app;
}

FaceTemplate TestVerifyFlows::faceOf(const EngineId &engine, int person, int sample)
{
    std::vector<float> values(static_cast<size_t>(engine.dim), 0.0f);
    values[static_cast<size_t>((person * 7) % engine.dim)] = 1.0f;
    values[static_cast<size_t>((person * 7 + 3 + sample) % engine.dim)] = 0.05f;
    return FaceTemplate::fromFeatures(engine, values.data(), engine.dim).value();
}

Consent TestVerifyFlows::grantedConsent(Vault &vault, const QString &signer) const
{
    Consent c;
    c.noticeVersionId = SettingsService(vault).currentNotice(QStringLiteral("en")).value().id;
    c.decision = Consent::Decision::Granted;
    c.signer = signer;
    c.signedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    return c;
}

qint64 TestVerifyFlows::enroll(AppController &app, const QString &name, int person, int samples)
{
    Resident r;
    r.name = name;
    r.unit = QStringLiteral("B-%1").arg(person);
    r.declareUnder14(false); // the age question is mandatory
    std::vector<EnrollmentTemplate> templates;
    for (int i = 0; i < samples; ++i)
        templates.push_back({ faceOf(app.gallery()->engine(), person, i), 0.9 });
    Result<EnrollmentReceipt> saved
        = EnrollmentService(*app.vault(), *app.gallery()).enroll(r, grantedConsent(*app.vault(), name), templates, {});
    if (!saved)
        qWarning("%s", qPrintable(saved.errorMessage()));
    return saved ? saved->residentId : 0;
}

qint64 TestVerifyFlows::count(Vault &vault, const QString &sql) const
{
    return test::probe(vault).database().queryInt(sql).value();
}

void TestVerifyFlows::staffAccountVerifies()
{
    std::unique_ptr<AppController> app = startApp(QStringLiteral("li"));
    QCOMPARE(app->vault()->session().role, Role::Staff);
    VerifyPage *verify = app->verifyPage();
    QVERIFY(verify);
    QVERIFY(app->window()->isSectionAllowed(Section::Verify));
    QVERIFY(app->gallery() && app->gallery()->isLoaded());
    QVERIFY(verify->isFaceConnected()); // camera path and gallery, not just the alternative side
    const qint64 zhang = enroll(*app, QStringLiteral("Zhang Wei"), 1, 3);
    QVERIFY(zhang);
    QTRY_COMPARE(app->gallery()->templateCount(), 3);

    // The site's default mode: one-to-one with the person chosen by name or room.
    QCOMPARE(verify->mode(), VerifyPage::Mode::OneToOne);
    QTRY_VERIFY(verify->selectResident(zhang));
    verify->verifyFace(faceOf(app->gallery()->engine(), 1, 0));
    QCOMPARE(verify->pendingResult()->band, DecisionBands::Band::Accept);
    app->window()->showSection(Section::Verify);
    click(child<QPushButton>(verify, "confirmFaceButton"));
    QCOMPARE(count(*app->vault(),
                   QStringLiteral("SELECT count(*) FROM verification_records WHERE resident_id = %1 "
                                  "AND staff = 'li' AND mode = 'one_to_one' AND result = 'verified'")
                       .arg(zhang)),
             qint64(1));
    // Back on the screen: the Residents list shows the new "last verified" without any refresh.
    ResidentsModel *model = app->residentsPage()->model();
    QTRY_VERIFY(
        !model->index(model->rowOfResident(zhang), ResidentsModel::LastVerifiedColumn).data().toString().isEmpty());
}

void TestVerifyFlows::onlyAConfirmedResultIsRecorded()
{
    std::unique_ptr<AppController> app = startApp(QStringLiteral("wang"));
    VerifyPage *verify = app->verifyPage();
    const qint64 zhang = enroll(*app, QStringLiteral("Zhang Wei"), 1, 3);
    QVERIFY(zhang);
    app->window()->showSection(Section::Verify);
    verify->setMode(VerifyPage::Mode::OneToMany);
    const QString records = QStringLiteral("SELECT count(*) FROM verification_records");
    // Shown, then "Use another way": nothing in the store, nobody's "last verified" changed.
    verify->verifyFace(faceOf(app->gallery()->engine(), 1, 1));
    QVERIFY(child<QLabel>(verify, "faceName")->text().contains(QLatin1String("Zhang Wei")));
    click(child<QPushButton>(verify, "otherWayButton"));
    QCOMPARE(count(*app->vault(), records), qint64(0));
    QVERIFY(!ResidentService(*app->vault()).details(zhang)->row.lastVerifiedAt.isValid());
    // Shown and confirmed: one record, in the one-to-many mode.
    verify->verifyFace(faceOf(app->gallery()->engine(), 1, 1));
    click(child<QPushButton>(verify, "confirmFaceButton"));
    QCOMPARE(count(*app->vault(), records), qint64(1));
    QCOMPARE(count(*app->vault(), records + QStringLiteral(" WHERE mode = 'one_to_many'")), qint64(1));
    QVERIFY(ResidentService(*app->vault()).details(zhang)->row.lastVerifiedAt.isValid());
}

void TestVerifyFlows::reenrollReplacesTemplates()
{
    if (test::testdataDir().isEmpty())
        QSKIP(qPrintable(test::missingTestdataReason()));
    // The camera is a folder of one person's pictures (ORL s3).
    std::unique_ptr<AppController> app
        = startApp(QStringLiteral("wang"), test::testdataDir() + QStringLiteral("/faces/orl/s3"));
    const qint64 zhang = enroll(*app, QStringLiteral("Zhang Wei"), 1, 3);
    const qint64 li = enroll(*app, QStringLiteral("Li Na"), 2, 2);
    QVERIFY(zhang && li);
    QTRY_COMPARE(app->gallery()->templateCount(), 5);
    const QList<StoredTemplate> before = ResidentService(*app->vault()).templates(zhang).value();

    // Residents → select → "Re-enroll": the wizard opens for this person, straight to the camera (same
    // notice, same engine, consent in force).
    ResidentsPage *residents = app->residentsPage();
    app->window()->showSection(Section::Residents);
    QTRY_VERIFY(residents->selectResident(zhang));
    QTest::mouseClick(child<QPushButton>(residents, "reenrollButton"), Qt::LeftButton);
    EnrollmentWizard *wizard = app->enrollmentWizard();
    QCOMPARE(app->window()->currentSection(), Section::Enroll);
    QCOMPARE(wizard->reenrolling(), std::optional<qint64>(zhang));
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Capture);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->step() == EnrollmentWizard::Step::Review, 60000);
    QVERIFY(!wizard->duplicate()); // the person's own templates are not a duplicate of themselves
    test::saveScreenshot(app->window(), QStringLiteral("reenroll-review"));
    QCOMPARE(ResidentService(*app->vault()).templates(zhang)->size(), before.size()); // nothing before Save
    QTest::mouseClick(child<QPushButton>(wizard, "saveButton"), Qt::LeftButton);
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Saved);
    test::saveScreenshot(app->window(), QStringLiteral("reenroll-saved"));

    // In the store: only new templates; the other resident untouched; one audited replacement.
    const QList<StoredTemplate> after = ResidentService(*app->vault()).templates(zhang).value();
    QCOMPARE(after.size(), EnrollmentWizard::kTargetSamples);
    for (const StoredTemplate &t : after) {
        for (const StoredTemplate &old : before)
            QVERIFY(t.id != old.id);
    }
    QCOMPARE(ResidentService(*app->vault()).templates(li)->size(), 2);
    QCOMPARE(count(*app->vault(),
                   QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = "
                                  "'templates_replaced' AND resident_id = %1")
                       .arg(zhang)),
             qint64(1));
    // In the gallery, and on the Verify screen's count.
    QCOMPARE(app->gallery()->templateCount(), EnrollmentWizard::kTargetSamples + 2);
    QTRY_VERIFY(child<QLabel>(app->verifyPage(), "faceState")
                    ->text()
                    .contains(QStringLiteral(": %1.").arg(EnrollmentWizard::kTargetSamples + 2)));
}

void TestVerifyFlows::reenrollFromTheWorkListAsksConsentAgain()
{
    std::unique_ptr<AppController> app = startApp(QStringLiteral("wang"));
    // Enrolled with another engine: on the "needs re-enrollment" work list.
    Resident r;
    r.name = QStringLiteral("Chen Jie");
    r.unit = QStringLiteral("C-3");
    r.declareUnder14(false); // the age question is mandatory
    StoredTemplate old;
    old.engineId = QStringLiteral("lbp-v0");
    old.modelSha256 = QByteArray(32, '\x0b');
    old.vector = QByteArray(256 * 4, '\x01');
    old.quality = 40;
    Result<EnrollmentReceipt> chen
        = ResidentService(*app->vault()).enroll(r, grantedConsent(*app->vault(), r.name), { old });
    QVERIFY2(chen.ok(), qPrintable(chen.errorMessage()));
    ResidentsPage *residents = app->residentsPage();
    app->window()->showSection(Section::Residents);
    QTRY_VERIFY(child<QPushButton>(residents, "reenrollListButton")->isVisible());
    QTest::mouseClick(child<QPushButton>(residents, "reenrollListButton"), Qt::LeftButton);
    QCOMPARE(residents->selectedResidentId(), chen->residentId);
    QTest::mouseClick(child<QPushButton>(residents, "reenrollButton"), Qt::LeftButton);

    // The engine differs: the notice and the consent dialog again, before any picture.
    EnrollmentWizard *wizard = app->enrollmentWizard();
    QCOMPARE(app->window()->currentSection(), Section::Enroll);
    QCOMPARE(wizard->reenrolling(), std::optional<qint64>(chen->residentId));
    QTRY_VERIFY(wizard->consentDialog());
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Start);
    QVERIFY(child<QLabel>(wizard, "startMessage")->text().contains(app->gallery()->engine().name));
    test::saveScreenshot(app->window(), QStringLiteral("reenroll-consent-again"));
    // Closing it without a decision leaves everything as it was.
    wizard->consentDialog()->reject();
    QTRY_COMPARE(wizard->step(), EnrollmentWizard::Step::Start);
    QVERIFY(!wizard->reenrolling());
    QCOMPARE(ResidentService(*app->vault()).templates(chen->residentId)->size(), 1);
}

QTEST_MAIN(TestVerifyFlows)
#include "tst_verifyflows.moc"
