// Enrollment's core: the in-memory gallery service, the duplicate check (a manager decides), the one
// transaction for a granted consent, a refusal that stores nothing biometric, the sample collector's
// variety rules, and the paper consent record of `consentry-cli enroll`.

#include "FaceImages.h"
#include "MockClock.h"
#include "StoreProbe.h"
#include "TestPaths.h"
#include "VaultFixture.h"
#include "services/EnrollmentService.h"
#include "services/GalleryService.h"
#include "services/PaperConsent.h"
#include "services/ResidentService.h"
#include "services/SampleCollector.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "vault/StoreFolder.h"
#include "vision/ImageLoader.h"

#include <QJsonDocument>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <random>

using namespace consentry;
using namespace consentry::test;

namespace {
const EngineId kEngine { QStringLiteral("test-engine"), QString(64, QLatin1Char('a')), 16 };

FaceTemplate templateNear(int person, int variant)
{
    // Persons are far apart (different seeds), variants of one person close together.
    std::mt19937 base(static_cast<unsigned>(person) * 7919u + 1u);
    std::mt19937 noise(static_cast<unsigned>(person * 100 + variant));
    std::normal_distribution<float> n(0.f, 1.f);
    std::vector<float> v(16);
    for (float &x : v)
        x = n(base);
    for (float &x : v)
        x += 0.05f * n(noise);
    return FaceTemplate::fromFeatures(kEngine, v.data(), 16).value();
}

std::vector<EnrollmentTemplate> samplesOf(int person)
{
    std::vector<EnrollmentTemplate> out;
    for (int i = 0; i < 5; ++i)
        out.push_back({ templateNear(person, i), 30.0 + i });
    return out;
}
} // namespace

class TestEnrollment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void storedTemplateRoundTrip();
    void grantedEnrollmentStoresAllAndUpdatesGallery();
    void duplicateNeedsManager();
    void declinedStoresNothingBiometric();
    void galleryLoadsOnlyItsEngine();
    void galleryThresholdFollowsItsSize();
    void auditorCannotEnroll();
    void paperConsentFields_data();
    void paperConsentFields();
    void paperConsentAgainstStore();
    void collectorNeedsVarietyAndGaps();

private:
    Resident resident(const QString &name) const;
    Consent granted() const;
    void switchTo(const QString &user, Role role);
    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<VaultFixture> m_f;
    std::unique_ptr<GalleryService> m_gallery;
    qint64 m_notice = 0;
};

void TestEnrollment::init()
{
    m_clock = std::make_unique<MockClock>();
    m_f = std::make_unique<VaultFixture>();
    QVERIFY(m_f->create());
    m_notice = SettingsService(*m_f->vault).currentNotice(QStringLiteral("en")).value().id;
    m_gallery = std::make_unique<GalleryService>(*m_f->vault, kEngine, 0.8f);
    QVERIFY(m_gallery->load().ok());
}

void TestEnrollment::cleanup()
{
    m_gallery.reset();
    m_f.reset();
    m_clock.reset();
}

Resident TestEnrollment::resident(const QString &name) const
{
    Resident r;
    r.name = name;
    r.unit = QStringLiteral("2-301");
    r.declareUnder14(false);
    return r;
}

Consent TestEnrollment::granted() const
{
    Consent c;
    c.noticeVersionId = m_notice;
    c.decision = Consent::Decision::Granted;
    c.signer = QStringLiteral("Li Lei");
    c.signedAt = m_clock->now().addSecs(-60);
    return c;
}

void TestEnrollment::switchTo(const QString &user, Role role)
{
    Vault &v = *m_f->vault;
    if (!test::probe(v).userRepository().find(user).value())
        QVERIFY(UserService(v).add(user, role, password("staff-pass-1")).ok());
    v.lock();
    QVERIFY(v.unlock(user, password(user == QLatin1String("wang") ? "manager-pass" : "staff-pass-1")).ok());
}

void TestEnrollment::storedTemplateRoundTrip()
{
    const FaceTemplate t = templateNear(1, 0);
    const StoredTemplate s = GalleryService::toStored(t, 42.0);
    QCOMPARE(s.engineId, kEngine.name);
    QCOMPARE(s.modelSha256.size(), 32);
    QCOMPARE(s.quality, 42.0);
    Result<FaceTemplate> back = GalleryService::fromStored(s, kEngine);
    QVERIFY(back.ok());
    QCOMPARE(back->toBytes(), t.toBytes());
    EngineId other = kEngine;
    other.modelSha256 = QString(64, QLatin1Char('b'));
    QCOMPARE(GalleryService::fromStored(s, other).errorKind(), ErrorKind::InvalidArgument);
}

void TestEnrollment::grantedEnrollmentStoresAllAndUpdatesGallery()
{
    EnrollmentService service(*m_f->vault, *m_gallery);
    Result<EnrollmentReceipt> saved
        = service.enroll(resident(QStringLiteral("Li Lei")), granted(), samplesOf(1), QByteArray("\x89PNG-sig"));
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QCOMPARE(saved->templateIds.size(), 5);
    QCOMPARE(m_gallery->templateCount(), 5);
    QCOMPARE(m_gallery->residentCount(), 1);

    Vault &v = *m_f->vault;
    const QList<Consent> consents = ResidentService(v).consents(saved->residentId).value();
    QCOMPARE(consents.size(), 1);
    QCOMPARE(consents.first().noticeVersionId, m_notice);
    QVERIFY(consents.first().isActiveGrant());
    QCOMPARE(ResidentService(v).templates(saved->residentId)->size(), 5);

    // A fresh gallery from the store finds the same person.
    GalleryService reloaded(v, kEngine, 0.8f);
    QVERIFY(reloaded.load().ok());
    QCOMPARE(reloaded.templateCount(), 5);
    auto found = reloaded.search(templateNear(1, 9), 1);
    QVERIFY(found.ok());
    QCOMPARE(found->front().personId, saved->residentId);
    QVERIFY(found->front().score >= 0.8f);
}

void TestEnrollment::duplicateNeedsManager()
{
    EnrollmentService service(*m_f->vault, *m_gallery);
    auto first = service.enroll(resident(QStringLiteral("Li Lei")), granted(), samplesOf(1), {});
    QVERIFY(first.ok());
    auto dup = service.findDuplicate(samplesOf(1));
    QVERIFY(dup.ok() && dup.value());
    QCOMPARE(dup.value()->residentId, first->residentId);
    QCOMPARE(dup.value()->name, QStringLiteral("Li Lei"));
    QVERIFY(!service.findDuplicate(samplesOf(2)).value());

    // Staff: refused, and cannot override.
    switchTo(QStringLiteral("desk1"), Role::Staff);
    auto refused = service.enroll(resident(QStringLiteral("Li Lei again")), granted(), samplesOf(1), {});
    QCOMPARE(refused.errorKind(), ErrorKind::Policy);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("Li Lei")), qPrintable(refused.errorMessage()));
    auto staffOverride = service.enroll(resident(QStringLiteral("Li Lei again")), granted(), samplesOf(1), {},
                                        EnrollmentService::DuplicatePolicy::ManagerOverride);
    QCOMPARE(staffOverride.errorKind(), ErrorKind::Policy);
    QCOMPARE(ResidentService(*m_f->vault).count(ResidentFilter()).value(), 1); // nothing half-written
    QCOMPARE(m_gallery->templateCount(), 5);
    // A different face is fine for staff.
    QVERIFY(service.enroll(resident(QStringLiteral("Han Meimei")), granted(), samplesOf(2), {}).ok());

    // The manager decides it is another person (a twin): stored, and the decision is audited.
    switchTo(QStringLiteral("wang"), Role::Manager);
    auto twin = service.enroll(resident(QStringLiteral("Li Lei's twin")), granted(), samplesOf(1), {},
                               EnrollmentService::DuplicatePolicy::ManagerOverride);
    QVERIFY2(twin.ok(), qPrintable(twin.errorMessage()));
    bool audited = false;
    for (const AuditEvent &e : test::probe(*m_f->vault).auditLog().events(0, 1000).value())
        audited = audited || (e.kind == QLatin1String("duplicate_accepted") && e.residentId == twin->residentId);
    QVERIFY(audited);
}

void TestEnrollment::declinedStoresNothingBiometric()
{
    EnrollmentService service(*m_f->vault, *m_gallery);
    Consent c = granted();
    c.decision = Consent::Decision::Declined;
    c.alternative = QStringLiteral("ID card at the desk");
    // A refusal with templates is not possible through enroll().
    QCOMPARE(service.enroll(resident(QStringLiteral("Han")), c, samplesOf(3), {}).errorKind(), ErrorKind::Policy);
    auto saved = service.recordDeclined(resident(QStringLiteral("Han")), c, {});
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QVERIFY(saved->templateIds.isEmpty());
    const QList<Consent> consents = ResidentService(*m_f->vault).consents(saved->residentId).value();
    QCOMPARE(consents.size(), 1);
    QCOMPARE(consents.first().decision, Consent::Decision::Declined);
    QCOMPARE(consents.first().alternative, QStringLiteral("ID card at the desk"));
    QCOMPARE(test::probe(*m_f->vault).templateRepository().count().value(), qint64(0));
    QCOMPARE(m_gallery->templateCount(), 0);
}

void TestEnrollment::galleryLoadsOnlyItsEngine()
{
    EnrollmentService service(*m_f->vault, *m_gallery);
    QVERIFY(service.enroll(resident(QStringLiteral("Li Lei")), granted(), samplesOf(1), {}).ok());
    EngineId newer = kEngine;
    newer.modelSha256 = QString(64, QLatin1Char('c'));
    GalleryService other(*m_f->vault, newer, 0.8f);
    QVERIFY(other.load().ok());
    QCOMPARE(other.templateCount(), 0);
    QCOMPARE(other.skippedOnLoad(), 5);
    // Samples of another engine are refused before anything is written.
    GalleryService otherGallery(*m_f->vault, newer, 0.8f);
    QVERIFY(otherGallery.load().ok());
    EnrollmentService wrong(*m_f->vault, otherGallery);
    QCOMPARE(wrong.enroll(resident(QStringLiteral("X")), granted(), samplesOf(4), {}).errorKind(),
             ErrorKind::InvalidArgument);
    m_gallery->clear();
    QVERIFY(!m_gallery->isLoaded());
    QCOMPARE(m_gallery->templateCount(), 0);
}

void TestEnrollment::galleryThresholdFollowsItsSize()
{
    ImpostorTail development;
    development.from = 0.5f;
    development.share = 1e-3;
    development.meanExcess = 0.02;
    development.pairs = 1000000;
    GalleryService gallery(*m_f->vault, kEngine, 0.55f, development, 1e-3);
    QVERIFY(gallery.load().ok());
    // Empty: the development tail asks for less than the model's floor.
    QCOMPARE(gallery.threshold(), 0.55f);
    QCOMPARE(gallery.identificationThreshold().basis, IdentificationThreshold::Basis::Floor);

    // 100 templates of 20 people: the development tail at that size, too few pairs for the site's own.
    for (int i = 0; i < 100; ++i)
        QVERIFY(gallery.add(1000 + i, 1 + i / 5, templateNear(i / 5, i % 5)).ok());
    IdentificationThreshold t = gallery.identificationThreshold();
    QCOMPARE(t.basis, IdentificationThreshold::Basis::Development);
    QVERIFY2(t.templates > 90 && t.templates <= 100, qPrintable(QString::number(t.templates)));
    QVERIFY(qAbs(gallery.threshold() - OpenSetThreshold::threshold(development, t.templates, 1e-3)) < 1e-6);
    QVERIFY(gallery.threshold() > 0.55f);
    QVERIFY(gallery.identificationThresholdAt(100000).threshold > gallery.threshold());

    // 1,000 templates: re-computed on the way; now the site's own impostor scores — these 16-number test
    // templates resemble each other far more than faces do — decide, and the threshold rises with them.
    const float before = gallery.threshold();
    for (int i = 100; i < 1000; ++i)
        QVERIFY(gallery.add(1000 + i, 1 + i / 5, templateNear(i / 5, i % 5)).ok());
    t = gallery.identificationThreshold();
    QVERIFY2(t.templates > 900 && t.templates <= 1000, qPrintable(QString::number(t.templates)));
    QCOMPARE(t.basis, IdentificationThreshold::Basis::Site);
    QVERIFY(t.siteTail.isValid());
    QVERIFY(gallery.threshold() > before);

    // Withdrawals shrink it again.
    for (int person = 1; person <= 100; ++person)
        gallery.removeResident(person);
    QVERIFY(gallery.identificationThreshold().templates <= 550);
}

void TestEnrollment::auditorCannotEnroll()
{
    switchTo(QStringLiteral("audit1"), Role::Auditor);
    EnrollmentService service(*m_f->vault, *m_gallery);
    QCOMPARE(service.enroll(resident(QStringLiteral("Li")), granted(), samplesOf(1), {}).errorKind(),
             ErrorKind::Policy);
    QCOMPARE(service.findDuplicate(samplesOf(1)).errorKind(), ErrorKind::Policy);
}

void TestEnrollment::paperConsentFields_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("field"); // empty: valid
    const QString ok = QStringLiteral(R"("notice_version":"1","decision":"granted","signer":"Li Lei",)"
                                      R"("signed_at":"2025-12-31T10:00:00+08:00","witness":"wang")");
    const QString adult = ok + QStringLiteral(R"(,"under_14":false)");
    QTest::newRow("valid") << QStringLiteral("{%1}").arg(adult) << QString();
    QTest::newRow("no age answer") << QStringLiteral("{%1}").arg(ok) << QStringLiteral("under_14");
    QTest::newRow("both age answers") << QStringLiteral(R"({%1,"date_of_birth":"2015-02-01"})").arg(adult)
                                      << QStringLiteral("under_14");
    QTest::newRow("under_14 not a yes/no")
        << QStringLiteral(R"({%1,"under_14":"no"})").arg(ok) << QStringLiteral("under_14");
    QTest::newRow("valid with guardian")
        << QStringLiteral(R"({%1,"date_of_birth":"2015-02-01","guardian":{"name":"Li Fang","relation":"mother"},)"
                          R"("evidence":"binder B","notice_language":"en"})")
               .arg(ok)
        << QString();
    QTest::newRow("unknown key") << QStringLiteral(R"({%1,"photo":"x.jpg"})").arg(adult) << QStringLiteral("photo");
    QTest::newRow("no version") << QStringLiteral(
        R"({"decision":"granted","signer":"A","signed_at":"2025-12-31T10:00:00Z","witness":"wang"})")
                                << QStringLiteral("notice_version");
    QTest::newRow("declined") << QStringLiteral("{%1}").arg(adult).replace(QStringLiteral("granted"),
                                                                           QStringLiteral("declined"))
                              << QStringLiteral("decision");
    QTest::newRow("empty signer") << QStringLiteral("{%1}").arg(adult).replace(QStringLiteral("Li Lei"), QString())
                                  << QStringLiteral("signer");
    QTest::newRow("bad time") << QStringLiteral("{%1}").arg(adult).replace(QStringLiteral("2025-12-31T10"),
                                                                           QStringLiteral("yesterday"))
                              << QStringLiteral("signed_at");
    QTest::newRow("bad birth") << QStringLiteral(R"({%1,"date_of_birth":"1.2.2015"})").arg(ok)
                               << QStringLiteral("date_of_birth");
    QTest::newRow("guardian half") << QStringLiteral(R"({%1,"guardian":{"name":"Li Fang"}})").arg(adult)
                                   << QStringLiteral("guardian");
    QTest::newRow("guardian extra")
        << QStringLiteral(R"({%1,"guardian":{"name":"A","relation":"b","phone":"1"}})").arg(adult)
        << QStringLiteral("phone");
    QTest::newRow("language") << QStringLiteral(R"({%1,"notice_language":"fr"})").arg(adult)
                              << QStringLiteral("notice_language");
}

void TestEnrollment::paperConsentFields()
{
    QFETCH(QString, json);
    QFETCH(QString, field);
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    QVERIFY2(doc.isObject(), qPrintable(json));
    Result<PaperConsent> parsed = PaperConsent::fromJson(doc.object());
    if (field.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        return;
    }
    QCOMPARE(parsed.errorKind(), ErrorKind::Policy);
    QVERIFY2(parsed.errorMessage().contains(field), qPrintable(parsed.errorMessage()));
}

void TestEnrollment::paperConsentAgainstStore()
{
    Vault &v = *m_f->vault;
    PaperConsent p;
    p.under14 = false;
    p.noticeVersion = StoreFolder::initialNoticeVersion();
    p.signer = QStringLiteral("Li Lei");
    p.signedAt = m_clock->now().addSecs(-30);
    p.witness = QStringLiteral("wang");
    Resident adult = resident(QStringLiteral("Li Lei"));
    Result<Consent> c = ResidentService(v).consentFromPaper(p, adult);
    QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
    QCOMPARE(c->noticeVersionId,
             test::probe(v).noticeRepository().find(p.noticeVersion, QStringLiteral("zh_CN")).value()->id);

    auto refusedFor = [&](PaperConsent changed, const Resident &r, const QString &field) {
        Result<Consent> bad = ResidentService(v).consentFromPaper(changed, r);
        QCOMPARE(bad.errorKind(), ErrorKind::Policy);
        QVERIFY2(bad.errorMessage().contains(field), qPrintable(bad.errorMessage()));
    };
    PaperConsent noVersion = p;
    noVersion.noticeVersion = QStringLiteral("99");
    refusedFor(noVersion, adult, QStringLiteral("notice_version"));
    PaperConsent future = p;
    future.signedAt = m_clock->now().addDays(1);
    refusedFor(future, adult, QStringLiteral("signed_at"));
    PaperConsent stranger = p;
    stranger.witness = QStringLiteral("nobody");
    refusedFor(stranger, adult, QStringLiteral("witness"));
    Resident child = resident(QStringLiteral("Xiao Ming"));
    child.dateOfBirth = m_clock->now().date().addYears(-10);
    PaperConsent childPaper = p;
    childPaper.under14.reset();
    childPaper.dateOfBirth = child.dateOfBirth;
    refusedFor(childPaper, child, QStringLiteral("guardian"));
    PaperConsent withGuardian = childPaper;
    withGuardian.guardianName = QStringLiteral("Li Fang");
    withGuardian.guardianRelation = QStringLiteral("mother");
    refusedFor(withGuardian, child, QStringLiteral("signer")); // the child's name as signer
    withGuardian.signer = withGuardian.guardianName;
    const Result<Consent> guardian = ResidentService(v).consentFromPaper(withGuardian, child);
    QVERIFY2(guardian.ok(), qPrintable(guardian.errorMessage()));
    QCOMPARE(guardian->signerRole, Consent::SignerRole::Guardian);
    QCOMPARE(guardian->subjectName, QStringLiteral("Xiao Ming"));
}

void TestEnrollment::collectorNeedsVarietyAndGaps()
{
    if (test::modelDir().isEmpty())
        QSKIP(qPrintable(test::missingModelsReason()));
    if (test::testdataDir().isEmpty())
        QSKIP(qPrintable(test::missingTestdataReason()));
    PipelineOptions options;
    options.modelDir = test::modelDir();
    auto created = FacePipeline::create(options);
    QVERIFY(created.ok());
    FacePipeline &pipeline = *created.value();
    auto frameOf = [](int person, int index) { return test::enlargedOrlFace(person, index); };
    SampleCollector::Options o;
    o.target = 3;
    o.minGapMs = 300;
    o.samePersonThreshold = pipeline.embedder().defaultThreshold() * 0.5f;
    SampleCollector collector(o);

    const cv::Mat blank(480, 640, CV_8UC3, cv::Scalar::all(110));
    QCOMPARE(collector.offer(pipeline, blank, pipeline.analyse(blank).value(), 0),
             SampleCollector::Verdict::PoorQuality);
    QCOMPARE(collector.hint(), QualityGate::hint(QualityIssue::NoFace));

    qint64 t = 1000;
    int accepted = 0;
    const cv::Mat first = frameOf(1, 1);
    QCOMPARE(collector.offer(pipeline, first, pipeline.analyse(first).value(), t), SampleCollector::Verdict::Accepted);
    ++accepted;
    // The same frame again: too soon, then (after the gap) too similar.
    QCOMPARE(collector.offer(pipeline, first, pipeline.analyse(first).value(), t + 100),
             SampleCollector::Verdict::TooSoon);
    QCOMPARE(collector.offer(pipeline, first, pipeline.analyse(first).value(), t + 1000),
             SampleCollector::Verdict::TooSimilar);
    QCOMPARE(collector.count(), 1);
    // Another person is not mixed into the samples.
    t += 2000;
    const cv::Mat stranger = frameOf(30, 1);
    const auto strangerVerdict = collector.offer(pipeline, stranger, pipeline.analyse(stranger).value(), t);
    QVERIFY(strangerVerdict == SampleCollector::Verdict::OtherPerson
            || strangerVerdict == SampleCollector::Verdict::PoorQuality
            || strangerVerdict == SampleCollector::Verdict::TooSimilar);
    QCOMPARE(collector.count(), 1);
    // The person's other pictures (other poses) fill the set.
    for (int i = 2; i <= 10 && !collector.isComplete(); ++i) {
        t += 1000;
        const cv::Mat frame = frameOf(1, i);
        collector.offer(pipeline, frame, pipeline.analyse(frame).value(), t);
    }
    QVERIFY(collector.isComplete());
    const std::vector<CollectedSample> samples = collector.samples();
    QCOMPARE(int(samples.size()), 3);
    for (const CollectedSample &s : samples) {
        QVERIFY(s.faceTemplate.isValid());
        QVERIFY(!s.thumbnail.isNull());
    }
    QCOMPARE(collector.offer(pipeline, first, pipeline.analyse(first).value(), t + 5000),
             SampleCollector::Verdict::Complete);
    collector.clear();
    QCOMPARE(collector.count(), 0);
}

QTEST_GUILESS_MAIN(TestEnrollment)
#include "tst_enrollment.moc"
