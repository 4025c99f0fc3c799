// Nothing on screen goes stale: every change a service commits reaches the screens through the vault's
// ChangeFeed, without any user action. Each case drives the running app (AppController) through the same
// calls its screens make, checks the data, and then what the screen shows:
//   - the Residents list and its count after enrollments ("Shown: 0 of 0" after three enrollments before),
//   - "Last verified" after verifications (stayed blank before),
//   - Verify's template count after enrollments and a withdrawal (said 0 with 10 before),
//   - the Audit list against the chain check (listed 11 events while the check counted 49 before),
//   - the signage editor after the site profile changed.

#include "PromptAnswers.h"
#include "Screenshot.h"
#include "StoreProbe.h"
#include "VaultFixture.h"
#include "audit/AuditModel.h"
#include "audit/AuditPage.h"
#include "main/AppController.h"
#include "main/MainWindow.h"
#include "people/ResidentsModel.h"
#include "people/ResidentsPage.h"
#include "platform/Language.h"
#include "services/AuditService.h"
#include "services/EnrollmentService.h"
#include "services/GalleryService.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "signage/SignageEditor.h"
#include "vault/Unlocker.h"
#include "verify/VerifyPage.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <vector>

using namespace consentry;
using namespace consentry::ui;

class TestLiveViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void residentsListFollowsEnrollments();
    void lastVerifiedFollowsVerifications();
    void verifyCountFollowsTheGallery();
    void auditListFollowsTheLog();
    void signageFollowsTheSiteProfile();

private:
    std::unique_ptr<AppController> startApp();
    // Enrolls `name` the way the enrollment wizard saves (EnrollmentService on the app's vault and gallery)
    // with `samples` synthetic templates of the app's engine; returns the resident's id.
    qint64 enroll(AppController &app, const QString &name, int person, int samples);
    static FaceTemplate faceOf(const EngineId &engine, int person, int sample);
    Consent grantedConsent(Vault &vault) const;
    std::unique_ptr<test::VaultFixture> m_store;
};

void TestLiveViews::initTestCase()
{
    QVERIFY(Language::install(QStringLiteral("en")));
}

void TestLiveViews::init()
{
    m_store = std::make_unique<test::VaultFixture>();
    QVERIFY(m_store->create());
    SiteProfile p = test::sampleProfile();
    p.operatorName = QStringLiteral("Lakeside Property Ltd.");
    p.contactPhone = QStringLiteral("0571-8888-1234");
    p.purpose = QStringLiteral("Opening the lobby door for residents");
    p.retentionDays = 90;
    p.alternatives = { QStringLiteral("Key card") };
    QVERIFY(SettingsService(*m_store->vault).setSiteProfile(p).ok());
    m_store->vault->lock();
    m_store->vault.reset();
}

void TestLiveViews::cleanup()
{
    m_store.reset();
}

std::unique_ptr<AppController> TestLiveViews::startApp()
{
    auto app = std::make_unique<AppController>(m_store->dataDir());
    app->setFrameSource(QDir::tempPath()); // no camera: the face path is driven by the test
    auto vault = Unlocker::open(m_store->dataDir(), QStringLiteral("wang"), test::password("manager-pass"));
    if (!vault)
        qFatal("%s", qPrintable(vault.errorMessage()));
    app->startWith(std::move(vault).value());
    app->window()->resize(1366, 768);
    app->window()->show();
    return app;
}

FaceTemplate TestLiveViews::faceOf(const EngineId &engine, int person, int sample)
{
    // One direction per person (no two people alike), a little variation per sample.
    std::vector<float> values(static_cast<size_t>(engine.dim), 0.0f);
    values[static_cast<size_t>((person * 7) % engine.dim)] = 1.0f;
    values[static_cast<size_t>((person * 7 + 3 + sample) % engine.dim)] = 0.05f;
    return FaceTemplate::fromFeatures(engine, values.data(), engine.dim).value();
}

Consent TestLiveViews::grantedConsent(Vault &vault) const
{
    Consent c;
    c.noticeVersionId = SettingsService(vault).currentNotice(QStringLiteral("en")).value().id;
    c.decision = Consent::Decision::Granted;
    c.signer = QStringLiteral("Signer");
    c.signedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    return c;
}

qint64 TestLiveViews::enroll(AppController &app, const QString &name, int person, int samples)
{
    Resident r;
    r.declareUnder14(false); // the age question is mandatory
    r.name = name;
    r.unit = QStringLiteral("B-%1").arg(person);
    std::vector<EnrollmentTemplate> templates;
    for (int i = 0; i < samples; ++i)
        templates.push_back({ faceOf(app.gallery()->engine(), person, i), 0.9 });
    Result<EnrollmentReceipt> saved
        = EnrollmentService(*app.vault(), *app.gallery()).enroll(r, grantedConsent(*app.vault()), templates, {});
    if (!saved)
        qWarning("%s", qPrintable(saved.errorMessage()));
    return saved ? saved->residentId : 0;
}

void TestLiveViews::residentsListFollowsEnrollments()
{
    std::unique_ptr<AppController> app = startApp();
    QVERIFY(app->gallery());
    ResidentsPage *page = app->residentsPage();
    auto *count = page->findChild<QLabel *>(QStringLiteral("residentCount"));
    QCOMPARE(count->text(), QStringLiteral("Shown: 0 of 0"));

    for (int person = 1; person <= 3; ++person)
        QVERIFY(enroll(*app, QStringLiteral("Resident %1").arg(person), person, 2));
    QCOMPARE(ResidentService(*app->vault()).count(ResidentFilter()).value(), qint64(3)); // in the store
    QTRY_COMPARE(count->text(), QStringLiteral("Shown: 3 of 3")); // and on screen, with nobody touching it
    QCOMPARE(page->model()->rowCount(), 3);
    app->window()->showSection(Section::Residents);
    test::saveScreenshot(app->window(), QStringLiteral("live-residents-after-enrollments"));

    // A selected person's details follow too: an edit made elsewhere shows in the detail pane and the row.
    const qint64 first = page->model()->residentRow(0).id;
    QVERIFY(page->selectResident(first));
    Resident edited = ResidentService(*app->vault()).get(first).value();
    edited.unit = QStringLiteral("Penthouse");
    QVERIFY(ResidentService(*app->vault()).edit(edited).ok());
    QTRY_COMPARE(page->model()->residentRow(page->model()->rowOfResident(first)).unit, QStringLiteral("Penthouse"));
    QCOMPARE(page->selectedResidentId(), first);

    // And a deletion elsewhere removes the row and the count.
    QVERIFY(ResidentService(*app->vault()).remove(first).ok());
    QTRY_COMPARE(count->text(), QStringLiteral("Shown: 2 of 2"));
    QCOMPARE(page->model()->rowOfResident(first), -1);
}

void TestLiveViews::lastVerifiedFollowsVerifications()
{
    std::unique_ptr<AppController> app = startApp();
    const qint64 zhang = enroll(*app, QStringLiteral("Zhang Wei"), 1, 3);
    QVERIFY(zhang);
    ResidentsModel *model = app->residentsPage()->model();
    QTRY_VERIFY(model->rowOfResident(zhang) >= 0);
    const QModelIndex lastVerified = model->index(model->rowOfResident(zhang), ResidentsModel::LastVerifiedColumn);
    QVERIFY(lastVerified.data().toString().isEmpty());

    // The Verify screen identifies the face and records it, as its Identify button does.
    app->verifyPage()->identify({ faceOf(app->gallery()->engine(), 1, 0) });
    QVERIFY(ResidentService(*app->vault()).details(zhang)->row.lastVerifiedAt.isValid()); // in the store
    QTRY_VERIFY(!model->index(model->rowOfResident(zhang), ResidentsModel::LastVerifiedColumn)
                     .data()
                     .toString()
                     .isEmpty()); // and on the Residents screen
    app->window()->showSection(Section::Residents);
    test::saveScreenshot(app->window(), QStringLiteral("live-residents-last-verified"));
}

void TestLiveViews::verifyCountFollowsTheGallery()
{
    std::unique_ptr<AppController> app = startApp();
    VerifyPage *verify = app->verifyPage();
    auto *state = verify->findChild<QLabel *>(QStringLiteral("faceState"));
    QVERIFY(state->text().contains(QStringLiteral("gallery: 0.")));

    const qint64 zhang = enroll(*app, QStringLiteral("Zhang Wei"), 1, 5);
    const qint64 li = enroll(*app, QStringLiteral("Li Na"), 2, 5);
    QVERIFY(zhang && li);
    QCOMPARE(app->gallery()->templateCount(), 10);
    QTRY_VERIFY2(state->text().contains(QStringLiteral("gallery: 10.")), qPrintable(state->text()));
    app->window()->showSection(Section::Verify);
    test::saveScreenshot(app->window(), QStringLiteral("live-verify-count"));

    // Withdrawn on the Residents screen: gone from the store, from the gallery in memory and from the count,
    // and the face is no longer recognised.
    ResidentsPage *residents = app->residentsPage();
    test::PromptAnswers answers;
    answers.yes().path(QString()); // confirmed; no receipt saved
    QTRY_VERIFY(residents->selectResident(zhang));
    residents->withdrawSelected();
    QCOMPARE(ResidentService(*app->vault()).templates(zhang)->size(), 0);
    QTRY_COMPARE(app->gallery()->templateCount(), 5);
    QTRY_VERIFY2(state->text().contains(QStringLiteral("gallery: 5.")), qPrintable(state->text()));
    verify->identify({ faceOf(app->gallery()->engine(), 1, 0) });
    QCOMPARE(verify->findChild<QLabel *>(QStringLiteral("faceBand"))->text(),
             VerifyPage::bandText(DecisionBands::Band::NoMatch));
}

void TestLiveViews::auditListFollowsTheLog()
{
    std::unique_ptr<AppController> app = startApp();
    AuditPage *audit = app->auditPage();
    QVERIFY(audit);
    auto *view = audit->findChild<QTableView *>(QStringLiteral("auditView"));
    QVERIFY(view);
    const auto chainCount = [&app] { return AuditService(*app->vault()).verify().value().events; };
    QTRY_COMPARE(qint64(view->model()->rowCount()), chainCount());

    // Work elsewhere in the app writes events: enrollments, a verification, a printed sign, a refusal-free
    // settings change.
    for (int person = 1; person <= 3; ++person)
        QVERIFY(enroll(*app, QStringLiteral("Resident %1").arg(person), person, 2));
    app->verifyPage()->identify({ faceOf(app->gallery()->engine(), 2, 0) });
    QVERIFY(SettingsService(*app->vault()).setIdleLockMinutes(7).ok());
    const qint64 events = chainCount();
    QVERIFY(events > 20);
    QTRY_COMPARE(qint64(view->model()->rowCount()), events);

    // The chain check and the list agree.
    QTest::mouseClick(audit->findChild<QPushButton *>(QStringLiteral("verifyChainButton")), Qt::LeftButton);
    auto *result = audit->findChild<QLabel *>(QStringLiteral("chainResult"));
    QVERIFY2(result->text().contains(QStringLiteral("(%1 checked)").arg(events)), qPrintable(result->text()));
    auto *count = audit->findChild<QLabel *>(QStringLiteral("countLabel"));
    QCOMPARE(count->text(), QStringLiteral("Events: %1").arg(events));
    app->window()->showSection(Section::Audit);
    test::saveScreenshot(app->window(), QStringLiteral("live-audit-list"));
}

void TestLiveViews::signageFollowsTheSiteProfile()
{
    std::unique_ptr<AppController> app = startApp();
    SiteProfile p = SettingsService(*app->vault()).siteProfile().value();
    p.siteName = QStringLiteral("Riverside Residences");
    QVERIFY(SettingsService(*app->vault()).setSiteProfile(p).ok());
    QTRY_COMPARE(app->signageEditor()->profile().siteName, QStringLiteral("Riverside Residences"));
}

QTEST_MAIN(TestLiveViews)
#include "tst_liveviews.moc"
