// Verify screen: without a face engine and gallery the face side says it is unavailable and shows no result;
// the alternative way is always there and is recorded like a face verification; connected to a gallery, one
// face is compared — one-to-one with the person chosen, or one-to-many — and shown as one of three outcomes
// (never a raw score); it is recorded only when staff confirm it, and the review band puts the other ways
// first after the liveness check.

#include "LivenessClips.h"
#include "PeopleFixture.h"
#include "Screenshot.h"
#include "StoreProbe.h"
#include "Widgets.h"
#include "domain/AuditKind.h"
#include "liveness/LivenessPanel.h"
#include "platform/Language.h"
#include "repo/AuditLog.h"
#include "services/GalleryService.h"
#include "services/ResidentService.h"
#include "services/VerificationService.h"
#include "verify/VerifyPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include <cmath>
#include <random>

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

class TestVerifyPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void faceSideSaysUnavailable();
    void alternativeIsRecorded();
    void alternativeOffersTheSiteWays();
    void oneToOneConfirmRecords();
    void noConfirmRecordsNothing();
    void oneToManyNoMatch();
    void reviewBandOffersAlternativesFirst();
    void auditorIsRefused();
    void livenessAlwaysComesFirst();
    void livenessHookForReviewBand();

private:
    FaceTemplate randomFace(unsigned seed) const;
    qint64 verificationEvents();
    qint64 records(const QString &where = QStringLiteral("1"));
    FaceTemplate faceAt(const FaceTemplate &of, float cosine, unsigned seed) const;
    static VerifyPage::FaceCapture capturing(int *captures, const FaceTemplate &face, int facesInFrame = 1);
    std::unique_ptr<test::PeopleFixture> m_f;
    EngineId m_engine;
    qint64 m_zhang = 0, m_li = 0;
    FaceTemplate m_zhangFace;
};

void TestVerifyPage::initTestCase()
{
    const QString lang = qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("en"));
    QVERIFY(Language::install(lang));
    m_engine.name = QStringLiteral("test-engine");
    m_engine.modelSha256 = QStringLiteral("abcd1234");
    m_engine.dim = 128;
}

FaceTemplate TestVerifyPage::randomFace(unsigned seed) const
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal;
    std::vector<float> values(128);
    for (float &v : values)
        v = normal(rng);
    return FaceTemplate::fromFeatures(m_engine, values.data(), 128).value();
}

void TestVerifyPage::init()
{
    m_f = std::make_unique<test::PeopleFixture>();
    QVERIFY(m_f->create(30));
    SiteProfile profile = SettingsService(m_f->vault()).siteProfile().value();
    profile.alternatives = { QStringLiteral("Key card"), QStringLiteral("ID card at the front desk") };
    QVERIFY(SettingsService(m_f->vault()).setSiteProfile(profile).ok());
    m_zhangFace = randomFace(1);
    Resident r;
    r.declareUnder14(false); // the age question is mandatory
    r.name = QStringLiteral("Zhang Wei");
    r.unit = QStringLiteral("A-101");
    auto e = ResidentService(m_f->vault())
                 .enroll(r, m_f->consent(true, r.name), { GalleryService::toStored(m_zhangFace, 0.9) });
    QVERIFY2(e.ok(), qPrintable(e.errorMessage()));
    m_zhang = e->residentId;
    m_li = m_f->enroll(QStringLiteral("Li Na"), QStringLiteral("B-202"), 0, QDate(), false);
}

void TestVerifyPage::cleanup()
{
    if (m_f && m_f->store.vault && !m_f->vault().isLocked())
        m_f->vault().lock();
    m_f.reset();
}

qint64 TestVerifyPage::verificationEvents()
{
    qint64 n = 0;
    const Result<QList<AuditEvent>> events = test::probe(m_f->vault()).auditLog().events(0, 100000);
    for (const AuditEvent &e : events.value())
        n += e.kind == AuditKind::Verification ? 1 : 0;
    return n;
}

void TestVerifyPage::faceSideSaysUnavailable()
{
    VerifyPage page(m_f->vault());
    page.resize(1100, 650);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.isFaceConnected());
    QVERIFY(!child<QPushButton>(page, "identifyButton")->isEnabled());
    // What the manager can do about it, and what to do meanwhile.
    const QString state = child<QLabel>(page, "faceState")->text();
    QVERIFY2(state.contains(QLatin1String("status bar")) && state.contains(QLatin1String("another way")),
             qPrintable(state));
    QVERIFY(child<QLabel>(page, "faceName")->text().isEmpty()); // no fake result
    QVERIFY(child<QLabel>(page, "faceBand")->text().isEmpty());
    QVERIFY(child<QWidget>(page, "alternativeBox")->isVisible());
    QCoreApplication::processEvents();
    test::saveScreenshot(&page, QStringLiteral("verify-unavailable"));
}

void TestVerifyPage::alternativeIsRecorded()
{
    VerifyPage page(m_f->vault());
    page.resize(1100, 650);
    page.show();
    auto *list = child<QListWidget>(page, "alternativeResidents");
    QCOMPARE(list->count(), 2);
    QVERIFY(!child<QPushButton>(page, "alternativeVerified")->isEnabled());
    // By name: a decline keeps no unit/room (issue 10 §6).
    QTest::keyClicks(child<QLineEdit>(page, "alternativeSearch"), QStringLiteral("Li Na"));
    QTRY_COMPARE(list->count(), 1);
    list->setCurrentRow(0);
    auto *method = child<QComboBox>(page, "alternativeMethod");
    method->setCurrentIndex(method->findData(QStringLiteral("id_card")));
    const qint64 before = verificationEvents();
    QTest::mouseClick(child<QPushButton>(page, "alternativeVerified"), Qt::LeftButton);
    QCOMPARE(records(QStringLiteral("resident_id = %1 AND method = 'id_card' AND result = 'verified'").arg(m_li)),
             qint64(1));
    QCOMPARE(verificationEvents(), before + 1);
    QVERIFY(child<QLabel>(page, "alternativeResult")->text().contains(QLatin1String("Li Na")));
    QCoreApplication::processEvents();
    test::saveScreenshot(&page, QStringLiteral("verify-alternative-recorded"));
    QTest::mouseClick(child<QPushButton>(page, "alternativeNotVerified"), Qt::LeftButton);
    QCOMPARE(verificationEvents(), before + 2);
}

void TestVerifyPage::alternativeOffersTheSiteWays()
{
    VerifyPage page(m_f->vault());
    auto *method = child<QComboBox>(page, "alternativeMethod");
    QCOMPARE(method->itemText(0), QStringLiteral("Key card"));
    QCOMPARE(method->itemData(0).toString(), QStringLiteral("other"));
    QCOMPARE(method->itemData(1).toString(), QStringLiteral("id_card"));
    QVERIFY(method->findData(QStringLiteral("staff_check")) >= 0); // always offered
}

namespace {
// Feeds the page's liveness check as the camera's capture thread would.
void feed(LivenessPanel *panel, const std::vector<std::pair<cv::Mat, DetectedFace>> &frames)
{
    const LiveCamera::AfterAnalysis feeder = panel->feeder();
    FacePipeline unused(nullptr, nullptr); // the check takes the faces as found; the pipeline is not used
    for (const auto &[frame, face] : frames) {
        FrameAnalysis analysis;
        analysis.faces = { face };
        feeder(unused, frame, analysis);
    }
    panel->refresh();
}
} // namespace

qint64 TestVerifyPage::records(const QString &where)
{
    return test::probe(m_f->vault())
        .database()
        .queryInt(QStringLiteral("SELECT count(*) FROM verification_records WHERE %1").arg(where))
        .value();
}

FaceTemplate TestVerifyPage::faceAt(const FaceTemplate &of, float cosine, unsigned seed) const
{
    // A probe at exactly this cosine from `of`: of·c + (unit vector orthogonal to it)·sqrt(1 - c²).
    const FaceTemplate random = randomFace(seed);
    std::vector<float> z(of.data(), of.data() + of.dim());
    std::vector<float> r(random.data(), random.data() + random.dim());
    float dot = 0;
    for (size_t i = 0; i < z.size(); ++i)
        dot += z[i] * r[i];
    float norm = 0;
    for (size_t i = 0; i < z.size(); ++i) {
        r[i] -= dot * z[i];
        norm += r[i] * r[i];
    }
    norm = std::sqrt(norm);
    std::vector<float> v(z.size());
    for (size_t i = 0; i < z.size(); ++i)
        v[i] = cosine * z[i] + std::sqrt(1 - cosine * cosine) * r[i] / norm;
    return FaceTemplate::fromFeatures(m_engine, v.data(), int(v.size())).value();
}

VerifyPage::FaceCapture TestVerifyPage::capturing(int *captures, const FaceTemplate &face, int facesInFrame)
{
    return [captures, face, facesInFrame](std::optional<QPointF>) -> Result<VerificationProbe> {
        ++*captures;
        VerificationProbe probe;
        probe.sample.faceTemplate = face;
        probe.facesInFrame = facesInFrame;
        return probe;
    };
}

void TestVerifyPage::oneToOneConfirmRecords()
{
    GalleryService gallery(m_f->vault(), m_engine, 0.5f);
    QVERIFY(gallery.load().ok());
    VerifyPage page(m_f->vault());
    page.resize(1366, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    int captures = 0;
    // Two faces in the picture: the pipeline compared only the chosen one; the screen says so.
    page.connectFace(&gallery, capturing(&captures, m_zhangFace, 2));
    QVERIFY(page.isFaceConnected());
    QVERIFY2(page.minimumSizeHint().height() <= 700, qPrintable(QString::number(page.minimumSizeHint().height())));
    QCOMPARE(page.mode(), VerifyPage::Mode::OneToOne); // the site's default
    // One-to-one needs the person first.
    QVERIFY(!child<QPushButton>(page, "identifyButton")->isEnabled());
    QVERIFY(child<QLabel>(page, "faceState")
                ->text()
                .startsWith(VerifyPage::tr("Choose the person on the left first (name or unit/room): one-to-one "
                                           "verification compares the face with that person only.")));
    QVERIFY(page.selectResident(m_zhang));
    QVERIFY(child<QPushButton>(page, "identifyButton")->isEnabled());
    const qint64 before = verificationEvents();
    QTest::mouseClick(child<QPushButton>(page, "identifyButton"), Qt::LeftButton);
    QCOMPARE(captures, 1);
    QVERIFY(child<QLabel>(page, "faceName")->text().contains(QLatin1String("Zhang Wei")));
    QCOMPARE(child<QLabel>(page, "faceBand")->text(), VerifyPage::bandText(DecisionBands::Band::Accept));
    QVERIFY(!child<QLabel>(page, "faceBand")->text().contains(QLatin1Char('.'))); // no raw score
    QVERIFY(child<QLabel>(page, "faceState")->text().contains(QLatin1Char('2'))); // "2 faces … only the chosen one"
    // Shown, not recorded: staff have not decided.
    QCOMPARE(verificationEvents(), before);
    QCOMPARE(records(), qint64(0));
    auto *confirm = child<QPushButton>(page, "confirmFaceButton");
    auto *otherWay = child<QPushButton>(page, "otherWayButton");
    QVERIFY(confirm->isVisible() && otherWay->isVisible());
    QCOMPARE(child<QWidget>(page, "faceDecision")->layout()->indexOf(confirm), 0); // a clear match: confirm first
    QVERIFY(confirm->isDefault());
    QCoreApplication::processEvents();
    test::saveScreenshot(&page, QStringLiteral("verify-one-to-one-match"));

    click(confirm);
    QVERIFY2(verificationEvents() == before + 1, qPrintable(child<QLabel>(page, "faceResult")->text()));
    QCOMPARE(records(QStringLiteral("resident_id = %1 AND mode = 'one_to_one' AND method = 'face' AND result = "
                                    "'verified'")
                         .arg(m_zhang)),
             qint64(1));
    QVERIFY(ResidentService(m_f->vault()).details(m_zhang)->row.lastVerifiedAt.isValid());
    QVERIFY(!child<QWidget>(page, "faceDecision")->isVisible()); // decided: nothing to confirm twice
    QVERIFY(child<QLabel>(page, "faceResult")->text().contains(QLatin1String("Zhang Wei")));

    // After a withdrawal the same face is no longer anyone's to confirm: refused, nothing recorded.
    QTest::mouseClick(child<QPushButton>(page, "identifyButton"), Qt::LeftButton);
    QVERIFY(ResidentService(m_f->vault()).withdraw(m_zhang).ok());
    click(confirm);
    QCOMPARE(verificationEvents(), before + 1);
    QVERIFY(!child<QLabel>(page, "faceResult")->text().isEmpty());
}

void TestVerifyPage::noConfirmRecordsNothing()
{
    GalleryService gallery(m_f->vault(), m_engine, 0.5f);
    QVERIFY(gallery.load().ok());
    VerifyPage page(m_f->vault());
    page.resize(1366, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    int captures = 0;
    page.connectFace(&gallery, capturing(&captures, m_zhangFace));
    QVERIFY(page.selectResident(m_zhang));
    const qint64 before = verificationEvents();
    QTest::mouseClick(child<QPushButton>(page, "identifyButton"), Qt::LeftButton);
    QVERIFY(page.pendingResult().has_value());
    // Staff choose the other way: the face result goes, unrecorded; the alternative is ready for the person.
    click(child<QPushButton>(page, "otherWayButton"));
    QVERIFY(!page.pendingResult());
    QCOMPARE(verificationEvents(), before);
    QCOMPARE(records(), qint64(0));
    QCOMPARE(page.selectedResident(), std::optional<qint64>(m_zhang));
    QVERIFY(child<QPushButton>(page, "alternativeVerified")->isEnabled());
    // Leaving the page drops an undecided result too.
    QTest::mouseClick(child<QPushButton>(page, "identifyButton"), Qt::LeftButton);
    QVERIFY(page.pendingResult().has_value());
    page.hide();
    QVERIFY(!page.pendingResult());
    QCOMPARE(verificationEvents(), before);
    QVERIFY(!ResidentService(m_f->vault()).details(m_zhang)->row.lastVerifiedAt.isValid());
}

void TestVerifyPage::oneToManyNoMatch()
{
    GalleryService gallery(m_f->vault(), m_engine, 0.5f);
    QVERIFY(gallery.load().ok());
    VerifyPage page(m_f->vault());
    page.resize(1366, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    int captures = 0;
    page.connectFace(&gallery, capturing(&captures, randomFace(99)));
    page.setMode(VerifyPage::Mode::OneToMany);
    QVERIFY(child<QPushButton>(page, "identifyButton")->isEnabled()); // nobody needs choosing
    QTest::mouseClick(child<QPushButton>(page, "identifyButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>(page, "faceBand")->text(), VerifyPage::bandText(DecisionBands::Band::NoMatch));
    QVERIFY(!child<QLabel>(page, "faceName")->text().contains(QLatin1String("Zhang")));
    QVERIFY(!child<QPushButton>(page, "confirmFaceButton")->isVisible()); // nothing to confirm
    QVERIFY(child<QPushButton>(page, "otherWayButton")->isVisible());
    QCOMPARE(records(), qint64(0));
    // The same stranger's face in one-to-one against Zhang: no match either.
    page.setMode(VerifyPage::Mode::OneToOne);
    QVERIFY(page.selectResident(m_zhang));
    page.verifyFace(randomFace(99));
    QCOMPARE(child<QLabel>(page, "faceBand")->text(), VerifyPage::bandText(DecisionBands::Band::NoMatch));
    QVERIFY(child<QLabel>(page, "faceDetail")->text().contains(QLatin1String("Zhang Wei")));
    QCoreApplication::processEvents();
    test::saveScreenshot(&page, QStringLiteral("verify-no-match"));
}

void TestVerifyPage::reviewBandOffersAlternativesFirst()
{
    GalleryService gallery(m_f->vault(), m_engine, 0.5f);
    QVERIFY(gallery.load().ok());
    const DecisionBands bands = gallery.verificationBands();
    const float between = (bands.match + bands.accept) / 2; // in the review band
    VerifyPage page(m_f->vault());
    page.resize(1366, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    int captures = 0;
    page.connectFace(&gallery, capturing(&captures, faceAt(m_zhangFace, between, 7)));
    QVERIFY(page.selectResident(m_zhang));
    LivenessPanel *panel = page.livenessPanel();
    panel->setNextChallenge(LivenessCheck::Challenge::TurnLeft);

    // The default liveness setting, "for the review band": a review result waits for the check.
    QCOMPARE(SettingsService(m_f->vault()).livenessMode().value(), LivenessMode::ReviewBand);
    QTest::mouseClick(child<QPushButton>(page, "identifyButton"), Qt::LeftButton);
    QCOMPARE(captures, 1);
    QCOMPARE(panel->state(), LivenessPanel::State::Running);
    QVERIFY(!page.pendingResult());
    QVERIFY(child<QLabel>(page, "faceName")->text().isEmpty());
    feed(panel, test::LivenessClips::turningHead(28, true));
    QCOMPARE(panel->state(), LivenessPanel::State::Passed);
    QVERIFY(page.pendingResult().has_value());
    QCOMPARE(page.pendingResult()->band, DecisionBands::Band::Review);

    QCOMPARE(child<QLabel>(page, "faceBand")->text(), VerifyPage::bandText(DecisionBands::Band::Review));
    auto *confirm = child<QPushButton>(page, "confirmFaceButton");
    auto *otherWay = child<QPushButton>(page, "otherWayButton");
    QLayout *row = child<QWidget>(page, "faceDecision")->layout();
    QCOMPARE(row->indexOf(otherWay), 0); // the other ways first
    QCOMPARE(row->indexOf(confirm), 1);
    QVERIFY(otherWay->isDefault());
    QVERIFY(!confirm->isDefault());
    QVERIFY(confirm->isVisible());
    QCOMPARE(records(), qint64(0));
    QCoreApplication::processEvents();
    test::saveScreenshot(&page, QStringLiteral("verify-review-band"));
    // Staff may still confirm after checking: recorded as a face verification in the one-to-one mode.
    click(confirm);
    QCOMPARE(records(QStringLiteral("mode = 'one_to_one' AND result = 'verified'")), qint64(1));

    // A failed check shows no review result at all.
    QTest::mouseClick(child<QPushButton>(page, "identifyButton"), Qt::LeftButton);
    QCOMPARE(panel->state(), LivenessPanel::State::Running);
    LivenessCheck::Options quick;
    quick.timeoutMs = 800;
    panel->setOptions(quick);
    feed(panel, test::LivenessClips::turningHead(28, false));
    QTRY_COMPARE_WITH_TIMEOUT(panel->state(), LivenessPanel::State::Failed, 30000);
    QVERIFY(!page.pendingResult());
    QVERIFY(!child<QWidget>(page, "faceDecision")->isVisible());
    QCOMPARE(records(), qint64(1));
}

void TestVerifyPage::livenessAlwaysComesFirst()
{
    // "Always": Identify asks for the movement first; nothing is captured or recorded until it has passed.
    QVERIFY(SettingsService(m_f->vault()).setLivenessMode(LivenessMode::Always).ok());
    GalleryService gallery(m_f->vault(), m_engine, 0.5f);
    QVERIFY(gallery.load().ok());
    VerifyPage page(m_f->vault());
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    int captures = 0;
    page.connectFace(&gallery, capturing(&captures, m_zhangFace));
    QVERIFY(page.selectResident(m_zhang));
    LivenessPanel *panel = page.livenessPanel();
    QVERIFY(!panel->isVisible());
    panel->setNextChallenge(LivenessCheck::Challenge::TurnLeft);
    LivenessCheck::Options quick;
    quick.timeoutMs = 800;
    panel->setOptions(quick);
    const qint64 before = verificationEvents();

    QTest::mouseClick(child<QPushButton>(page, "identifyButton"), Qt::LeftButton);
    QCOMPARE(panel->state(), LivenessPanel::State::Running);
    QVERIFY(panel->isVisible());
    QVERIFY(!child<QPushButton>(page, "identifyButton")->isEnabled());
    QCOMPARE(captures, 0);
    test::saveScreenshot(&page, QStringLiteral("verify-liveness-asked"));
    // A photo "turned" in front of the camera: the landmarks turn, the texture stays flat. Not passed.
    feed(panel, test::LivenessClips::turningHead(28, false));
    QTRY_COMPARE_WITH_TIMEOUT(panel->state(), LivenessPanel::State::Failed, 30000);
    QCOMPARE(panel->reason(), LivenessCheck::Reason::FlatMovement);
    QCOMPARE(captures, 0);
    QCOMPARE(verificationEvents(), before);
    QCOMPARE(child<QLabel>(page, "faceState")->text(),
             VerifyPage::tr("The liveness check was not passed, so no face result was recorded. Try again, or use "
                            "another way on the right."));
    QVERIFY(child<QPushButton>(page, "identifyButton")->isEnabled());
    QVERIFY(child<QPushButton>(page, "alternativeVerified")->isVisibleTo(&page)); // the other way stays beside
    test::saveScreenshot(&page, QStringLiteral("verify-liveness-failed"));

    // Try again with a real turn: the check passes, then the face is compared; recorded once staff confirm.
    panel->setOptions(LivenessCheck::Options());
    click(child<QPushButton>(page, "livenessRetryButton"));
    QCOMPARE(panel->state(), LivenessPanel::State::Running);
    QCOMPARE(captures, 0);
    feed(panel, test::LivenessClips::turningHead(28, true));
    QCOMPARE(panel->state(), LivenessPanel::State::Passed);
    QCOMPARE(captures, 1);
    QVERIFY(child<QLabel>(page, "faceName")->text().contains(QLatin1String("Zhang Wei")));
    QCOMPARE(verificationEvents(), before);
    click(child<QPushButton>(page, "confirmFaceButton"));
    QCOMPARE(verificationEvents(), before + 1);
    test::saveScreenshot(&page, QStringLiteral("verify-liveness-passed"));

    // Leaving the page during a check cancels it: nothing runs on in the background.
    QTest::mouseClick(child<QPushButton>(page, "identifyButton"), Qt::LeftButton);
    QCOMPARE(panel->state(), LivenessPanel::State::Running);
    page.hide();
    QCOMPARE(panel->state(), LivenessPanel::State::Idle);
    QCOMPARE(captures, 1);
}

void TestVerifyPage::livenessHookForReviewBand()
{
    // The hook itself, as the manual-review outcome calls it (reviewBandOffersAlternativesFirst goes through it).
    VerifyPage page(m_f->vault());
    page.show();
    LivenessPanel *panel = page.livenessPanel();
    panel->setNextChallenge(LivenessCheck::Challenge::TurnRight);
    int proceeded = 0;
    auto proceed = [&proceeded] { ++proceeded; };

    // Default, "at enrollment and for the review band": a clear result needs no check, a review-band one does.
    QCOMPARE(SettingsService(m_f->vault()).livenessMode().value(), LivenessMode::ReviewBand);
    page.runLivenessCheckIfRequired(false, proceed);
    QCOMPARE(proceeded, 1);
    QCOMPARE(panel->state(), LivenessPanel::State::Idle);
    page.runLivenessCheckIfRequired(true, proceed);
    QCOMPARE(proceeded, 1);
    QCOMPARE(panel->state(), LivenessPanel::State::Running);
    feed(panel, test::LivenessClips::turningHead(-28, true));
    QCOMPARE(panel->state(), LivenessPanel::State::Passed);
    QCOMPARE(proceeded, 2);

    // The wrong way does not pass a "turn right" challenge.
    page.runLivenessCheckIfRequired(true, proceed);
    feed(panel, test::LivenessClips::turningHead(28, true));
    QVERIFY(panel->state() != LivenessPanel::State::Passed);
    QCOMPARE(proceeded, 2);
    page.hide();

    // Off: never asked.
    QVERIFY(SettingsService(m_f->vault()).setLivenessMode(LivenessMode::Off).ok());
    page.runLivenessCheckIfRequired(true, proceed);
    QCOMPARE(proceeded, 3);
    QCOMPARE(panel->state(), LivenessPanel::State::Idle);
}

void TestVerifyPage::auditorIsRefused()
{
    QVERIFY(m_f->switchTo(QStringLiteral("zhao"), Role::Auditor));
    VerifyPage page(m_f->vault());
    QCOMPARE(child<QListWidget>(page, "alternativeResidents")->count(), 0);
    QVERIFY(!child<QLabel>(page, "alternativeResult")->text().isEmpty()); // the core's refusal
}

QTEST_MAIN(TestVerifyPage)
#include "tst_verifypage.moc"
