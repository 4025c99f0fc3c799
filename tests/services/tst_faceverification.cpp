// Issue 12 / issue 10 §5 in core: one-to-one verification against the named person's templates only, the
// three outcomes from DecisionBands, a face result recorded only when staff confirm it (with the mode on the
// record and no person in the audit chain), verification records purged after the site's stated period,
// one face per frame (the others never embedded), the CLI search audited, and re-enrollment replacing the
// templates in one unit of work.
#include "MockClock.h"
#include "StoreProbe.h"
#include "TestPaths.h"
#include "VaultFixture.h"
#include "domain/AuditKind.h"
#include "services/AccessPackage.h"
#include "services/EnrollmentService.h"
#include "services/GalleryService.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "services/VerificationService.h"
#include "storage/Database.h"
#include "vision/FacePipeline.h"
#include "vision/FaceSelection.h"

#include <QJsonArray>
#include <QTest>

#include <random>

using namespace consentry;
using namespace consentry::test;

namespace {
const EngineId kEngine { QStringLiteral("test-engine"), QString(64, QLatin1Char('a')), 16 };
constexpr float kFloor = 0.8f;

FaceTemplate templateNear(int person, int variant, float spread = 0.05f)
{
    std::mt19937 base(static_cast<unsigned>(person) * 7919u + 1u);
    std::mt19937 noise(static_cast<unsigned>(person * 100 + variant));
    std::normal_distribution<float> n(0.f, 1.f);
    std::vector<float> v(16);
    for (float &x : v)
        x = n(base);
    for (float &x : v)
        x += spread * n(noise);
    return FaceTemplate::fromFeatures(kEngine, v.data(), 16).value();
}

std::vector<EnrollmentTemplate> samplesOf(int person, int first = 0)
{
    std::vector<EnrollmentTemplate> out;
    for (int i = first; i < first + 5; ++i)
        out.push_back({ templateNear(person, i), 30.0 + i });
    return out;
}

// Three faces for the detector to find; counts how many the embedder was asked to embed.
class ThreeFaces final : public FaceDetector
{
public:
    QString id() const override { return QStringLiteral("three"); }
    QString modelSha256() const override { return QString(); }
    bool isFallback() const override { return false; }
    Result<std::vector<DetectedFace>> detect(const cv::Mat &) override
    {
        std::vector<DetectedFace> faces(3);
        faces[0].box = cv::Rect2f(10, 10, 120, 120); // the biggest, in the corner
        faces[1].box = cv::Rect2f(260, 170, 110, 110); // nearly as big, in the middle: the person served
        faces[2].box = cv::Rect2f(520, 380, 60, 60); // a small bystander
        return faces;
    }
};

class CountingEmbedder final : public FaceEmbedder
{
public:
    const EngineId &engine() const override { return kEngine; }
    bool isFallback() const override { return false; }
    float defaultThreshold() const override { return kFloor; }
    ImpostorTail impostorTail() const override { return ImpostorTail(); }
    cv::Mat alignedCrop(const cv::Mat &bgr, const DetectedFace &) const override { return bgr; }
    Result<FaceTemplate> embed(const cv::Mat &, const DetectedFace &face) override
    {
        embedded.push_back(face.box);
        return templateNear(7, 0);
    }
    std::vector<cv::Rect2f> embedded;
};
} // namespace

class TestFaceVerification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void threeOutcomesFromBands();
    void oneToOneComparesOnlyTheNamedPerson();
    void confirmRecordsModeAndNamesNobodyInTheChain();
    void noConfirmRecordsNothing();
    void staleCandidateIsRefused();
    void recordsPurgedAfterStatedPeriod();
    void recordsAreInTheAccessCopyAndGoWithThePerson();
    void identificationIsAudited();
    void oneFaceIsChosenAndOnlyItIsEmbedded();
    void reenrollReplacesTemplatesInOneWork();
    void reenrollAfterWithdrawalNeedsFreshConsent();
    void reenrollAfterNoticeChangeNeedsRenewal();

private:
    qint64 enroll(const QString &name, int person);
    Consent granted(const QString &signer) const;
    qint64 count(const QString &sql);
    QList<AuditEvent> events(const QString &kind);

    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<VaultFixture> m_f;
    std::unique_ptr<GalleryService> m_gallery;
};

void TestFaceVerification::init()
{
    m_clock = std::make_unique<MockClock>();
    m_f = std::make_unique<VaultFixture>();
    QVERIFY(m_f->create());
    m_gallery = std::make_unique<GalleryService>(*m_f->vault, kEngine, kFloor);
    QVERIFY(m_gallery->load().ok());
}

void TestFaceVerification::cleanup()
{
    m_gallery.reset();
    m_f.reset();
    m_clock.reset();
}

Consent TestFaceVerification::granted(const QString &signer) const
{
    Consent c;
    c.noticeVersionId = SettingsService(*m_f->vault).currentNotice(QStringLiteral("zh_CN")).value().id;
    c.decision = Consent::Decision::Granted;
    c.signer = signer;
    c.signedAt = m_clock->now().addSecs(-60);
    return c;
}

qint64 TestFaceVerification::enroll(const QString &name, int person)
{
    Resident r;
    r.name = name;
    r.unit = QStringLiteral("8-%1").arg(person);
    r.declareUnder14(false); // the age question is mandatory
    Result<EnrollmentReceipt> saved
        = EnrollmentService(*m_f->vault, *m_gallery).enroll(r, granted(name), samplesOf(person), QByteArray());
    if (!saved) {
        qWarning("%s", qPrintable(saved.errorMessage()));
        return 0;
    }
    return saved->residentId;
}

qint64 TestFaceVerification::count(const QString &sql)
{
    return test::probe(*m_f->vault).database().queryInt(sql).value();
}

QList<AuditEvent> TestFaceVerification::events(const QString &kind)
{
    QList<AuditEvent> out;
    for (const AuditEvent &e : test::probe(*m_f->vault).auditLog().events(0, 100000).value()) {
        if (e.kind == kind)
            out << e;
    }
    return out;
}

void TestFaceVerification::threeOutcomesFromBands()
{
    const DecisionBands bands = DecisionBands::fromThreshold(0.6f);
    QVERIFY(qFuzzyCompare(bands.accept, 0.7f));
    using V = VerificationService;
    const auto at = [&](float score) { return V::assess({ { 5, 50, score } }, bands, V::Mode::OneToMany).band; };
    QCOMPARE(at(0.95f), DecisionBands::Band::Accept);
    QCOMPARE(at(0.71f), DecisionBands::Band::Accept);
    QCOMPARE(at(0.65f), DecisionBands::Band::Review);
    QCOMPARE(at(0.6f), DecisionBands::Band::Review);
    QCOMPARE(at(0.59f), DecisionBands::Band::NoMatch);
    QCOMPARE(at(std::numeric_limits<float>::quiet_NaN()), DecisionBands::Band::NoMatch);
    // A no-match names nobody; a review names the candidate for staff to look at.
    QVERIFY(!V::assess({ { 5, 50, 0.3f } }, bands, V::Mode::OneToMany).residentId);
    QCOMPARE(V::assess({ { 5, 50, 0.65f } }, bands, V::Mode::OneToMany).residentId, std::optional<qint64>(5));
    // The best of several, in any order.
    const V::FaceResult best = V::assess({ { 4, 40, 0.62f }, { 5, 50, 0.9f } }, bands, V::Mode::OneToMany);
    QCOMPARE(best.residentId, std::optional<qint64>(5));
    QCOMPARE(best.templateId, qint64(50));
}

void TestFaceVerification::oneToOneComparesOnlyTheNamedPerson()
{
    const qint64 a = enroll(QStringLiteral("Person A"), 1);
    const qint64 b = enroll(QStringLiteral("Person B"), 2);
    QVERIFY(a && b);
    const FaceTemplate probeOfB = templateNear(2, 40);
    // Against A's templates only: B's face does not match A, and nothing about B comes back.
    Result<std::vector<GalleryMatch>> withA = m_gallery->compareWith(a, probeOfB);
    QVERIFY(withA.ok());
    QCOMPARE(withA->size(), size_t(1));
    QCOMPARE(withA->front().personId, a);
    using V = VerificationService;
    const DecisionBands bands = m_gallery->verificationBands();
    QCOMPARE(bands.match, kFloor);
    QCOMPARE(V::assess(withA.value(), bands, V::Mode::OneToOne, a).band, DecisionBands::Band::NoMatch);
    // Against B's: accepted.
    Result<std::vector<GalleryMatch>> withB = m_gallery->compareWith(b, probeOfB);
    QCOMPARE(withB->front().personId, b);
    const V::FaceResult ok = V::assess(withB.value(), bands, V::Mode::OneToOne, b);
    QCOMPARE(ok.band, DecisionBands::Band::Accept);
    QCOMPARE(ok.residentId, std::optional<qint64>(b));
    // One-to-one ignores anyone else's score even if handed one.
    QCOMPARE(V::assess(withB.value(), bands, V::Mode::OneToOne, a).band, DecisionBands::Band::NoMatch);
    // A person without templates (unknown id): nothing to compare with.
    QVERIFY(m_gallery->compareWith(9999, probeOfB)->empty());
}

void TestFaceVerification::confirmRecordsModeAndNamesNobodyInTheChain()
{
    const qint64 a = enroll(QStringLiteral("Person A"), 1);
    using V = VerificationService;
    m_clock->advanceSeconds(600);
    const V::FaceResult result = V::assess(m_gallery->compareWith(a, templateNear(1, 30)).value(),
                                           m_gallery->verificationBands(), V::Mode::OneToOne, a);
    QCOMPARE(result.band, DecisionBands::Band::Accept);
    Result<V::Record> record = V(*m_f->vault).confirmFace(result);
    QVERIFY2(record.ok(), qPrintable(record.errorMessage()));
    QCOMPARE(record->outcome, V::Outcome::Verified);
    QCOMPARE(record->mode, std::optional<V::Mode>(V::Mode::OneToOne));
    QCOMPARE(ResidentService(*m_f->vault).details(a)->row.lastVerifiedAt, m_clock->now());
    // The record holds who, when, how and the mode.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM verification_records WHERE resident_id = %1 AND mode = "
                                  "'one_to_one' AND method = 'face' AND result = 'verified' AND staff = 'wang'")
                       .arg(a)),
             qint64(1));
    // The chain keeps that it happened and how, but not who was verified (it is kept for good).
    const AuditEvent e = events(AuditKind::Verification).constLast();
    QCOMPARE(e.residentId, std::optional<qint64>());
    QCOMPARE(e.actor, QStringLiteral("wang"));
    QCOMPARE(e.details.value(QStringLiteral("mode")).toString(), QStringLiteral("one_to_one"));
    QCOMPARE(e.details.value(QStringLiteral("result")).toString(), QStringLiteral("verified"));
    QCOMPARE(qint64(e.details.value(QStringLiteral("record_id")).toDouble()), record->recordId);
    QCOMPARE(e.details.keys(),
             (QStringList { QStringLiteral("method"), QStringLiteral("mode"), QStringLiteral("reason"),
                            QStringLiteral("record_id"), QStringLiteral("result") }));
    // One-to-many is recorded as such.
    const V::FaceResult many
        = V::assess(m_gallery->search(templateNear(1, 31), 3).value(), m_gallery->bands(), V::Mode::OneToMany);
    QVERIFY(V(*m_f->vault).confirmFace(many).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM verification_records WHERE mode = 'one_to_many'")), qint64(1));
    // Another way: mode "none".
    QVERIFY(V(*m_f->vault).recordAlternative(a, V::Method::IdCard, true).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM verification_records WHERE mode = 'none' AND method = "
                                  "'id_card'")),
             qint64(1));
}

void TestFaceVerification::noConfirmRecordsNothing()
{
    const qint64 a = enroll(QStringLiteral("Person A"), 1);
    using V = VerificationService;
    const qsizetype before = events(AuditKind::Verification).size();
    // Assessing is not recording: staff have not decided.
    const V::FaceResult result = V::assess(m_gallery->compareWith(a, templateNear(1, 30)).value(),
                                           m_gallery->verificationBands(), V::Mode::OneToOne, a);
    QCOMPARE(result.band, DecisionBands::Band::Accept);
    QCOMPARE(events(AuditKind::Verification).size(), before);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM verification_records")), qint64(0));
    QVERIFY(!ResidentService(*m_f->vault).details(a)->row.lastVerifiedAt.isValid());
    // A no-match cannot be confirmed.
    const V::FaceResult none = V::assess(m_gallery->compareWith(a, templateNear(3, 0)).value(),
                                         m_gallery->verificationBands(), V::Mode::OneToOne, a);
    QCOMPARE(none.band, DecisionBands::Band::NoMatch);
    QCOMPARE(V(*m_f->vault).confirmFace(none).errorKind(), ErrorKind::InvalidArgument);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM verification_records")), qint64(0));
    QCOMPARE(events(AuditKind::Verification).size(), before);
}

void TestFaceVerification::staleCandidateIsRefused()
{
    const qint64 a = enroll(QStringLiteral("Person A"), 1);
    using V = VerificationService;
    const V::FaceResult result = V::assess(m_gallery->compareWith(a, templateNear(1, 30)).value(),
                                           m_gallery->verificationBands(), V::Mode::OneToOne, a);
    QVERIFY(ResidentService(*m_f->vault).withdraw(a).ok());
    QCOMPARE(V(*m_f->vault).confirmFace(result).errorKind(), ErrorKind::Policy);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM verification_records")), qint64(0));
}

void TestFaceVerification::recordsPurgedAfterStatedPeriod()
{
    const qint64 a = enroll(QStringLiteral("Person A"), 1);
    using V = VerificationService;
    QVERIFY(V(*m_f->vault).recordAlternative(a, V::Method::IdCard, true).ok());
    const QString all = QStringLiteral("SELECT count(*) FROM verification_records");
    // The default: 90 days. Kept for the whole period, to the second.
    m_clock->advanceSeconds(qint64(SiteProfile::kDefaultVerificationRecordDays) * 86400);
    Result<PurgeReport> kept = ResidentService(*m_f->vault).purgeScheduled();
    QVERIFY2(kept.ok(), qPrintable(kept.errorMessage()));
    QCOMPARE(kept->verificationRecordsDeleted, 0);
    QCOMPARE(count(all), qint64(1));
    m_clock->advanceSeconds(1);
    Result<PurgeReport> purged = ResidentService(*m_f->vault).purgeScheduled();
    QCOMPARE(purged->verificationRecordsDeleted, 1);
    QCOMPARE(count(all), qint64(0));
    const AuditEvent e = events(AuditKind::Purge).constLast();
    QCOMPARE(e.details.value(QStringLiteral("verification_records_deleted")).toInt(), 1);
    QCOMPARE(e.details.value(QStringLiteral("verification_record_days")).toInt(),
             SiteProfile::kDefaultVerificationRecordDays);
    // The site's own period (here 30 days) is what the purge applies.
    SiteProfile profile = SettingsService(*m_f->vault).siteProfile().value();
    profile.verificationRecordDays = 30;
    QVERIFY(SettingsService(*m_f->vault).setSiteProfile(profile).ok());
    QVERIFY(V(*m_f->vault).recordAlternative(a, V::Method::StaffCheck, true).ok());
    m_clock->advanceSeconds(30 * 86400);
    QCOMPARE(ResidentService(*m_f->vault).purgeScheduled()->verificationRecordsDeleted, 0);
    m_clock->advanceSeconds(1);
    QCOMPARE(ResidentService(*m_f->vault).purgeScheduled()->verificationRecordsDeleted, 1);
    // The audit chain still verifies: nothing was taken out of it.
    QVERIFY(test::probe(*m_f->vault).auditLog().verify()->ok);
}

void TestFaceVerification::recordsAreInTheAccessCopyAndGoWithThePerson()
{
    const qint64 a = enroll(QStringLiteral("Person A"), 1);
    using V = VerificationService;
    QVERIFY(V(*m_f->vault).recordAlternative(a, V::Method::IdCard, true).ok());
    const V::FaceResult face = V::assess(m_gallery->compareWith(a, templateNear(1, 30)).value(),
                                         m_gallery->verificationBands(), V::Mode::OneToOne, a);
    QVERIFY(V(*m_f->vault).confirmFace(face).ok());
    // The person's own copy lists what is kept about their verifications (the chain no longer names them).
    const ResidentDetails d = ResidentService(*m_f->vault).details(a).value();
    QCOMPARE(d.verifications.size(), 2);
    QCOMPARE(d.verifications.at(0).mode, QStringLiteral("none"));
    QCOMPARE(d.verifications.at(0).method, QStringLiteral("id_card"));
    QCOMPARE(d.verifications.at(1).mode, QStringLiteral("one_to_one"));
    QCOMPARE(d.verifications.at(1).staff, QStringLiteral("wang"));
    const SiteProfile site = SettingsService(*m_f->vault).siteProfile().value();
    const RetentionPolicy policy = SettingsService(*m_f->vault).retentionPolicy().value();
    const QJsonObject json = AccessPackage::toJson(d, site, policy, m_clock->now(), QStringLiteral("wang"), {});
    QCOMPARE(json.value(QStringLiteral("verifications")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("verification_record_days")).toInt(), site.verificationRecordDays);
    const Document doc
        = AccessPackage::toDocument(d, site, policy, m_clock->now(), QStringLiteral("wang"), {}, QStringLiteral("en"));
    bool stated = false;
    int listed = 0;
    for (const DocumentBlock &b : doc.blocks) {
        stated = stated || b.text.contains(QStringLiteral("kept for %1 day").arg(site.verificationRecordDays));
        listed += b.value.contains(QStringLiteral("verified, by wang")) ? 1 : 0;
    }
    QVERIFY(stated);
    QCOMPARE(listed, 2);
    // Erasing the person erases their verification records too.
    QVERIFY(ResidentService(*m_f->vault).remove(a).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM verification_records")), qint64(0));
}

void TestFaceVerification::identificationIsAudited()
{
    using V = VerificationService;
    Result<qint64> id = V(*m_f->vault).recordIdentification(QStringLiteral("unknown"), 2, QStringLiteral("cli"));
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    const AuditEvent e = events(AuditKind::Identification).constLast();
    QCOMPARE(e.id, id.value());
    QCOMPARE(e.actor, QStringLiteral("wang"));
    QCOMPARE(e.residentId, std::optional<qint64>());
    QCOMPARE(e.details.value(QStringLiteral("outcome")).toString(), QStringLiteral("unknown"));
    QCOMPARE(e.details.value(QStringLiteral("faces")).toInt(), 2);
    // An auditor may not search faces.
    QVERIFY(UserService(*m_f->vault).add(QStringLiteral("audit"), Role::Auditor, password("audit-pass-1")).ok());
    m_f->vault->lock();
    QVERIFY(m_f->vault->unlock(QStringLiteral("audit"), password("audit-pass-1")).ok());
    QCOMPARE(V(*m_f->vault).recordIdentification(QStringLiteral("match"), 1, QStringLiteral("cli")).errorKind(),
             ErrorKind::Policy);
}

void TestFaceVerification::oneFaceIsChosenAndOnlyItIsEmbedded()
{
    const cv::Size frame(640, 480);
    std::vector<DetectedFace> faces(3);
    faces[0].box = cv::Rect2f(10, 10, 120, 120);
    faces[1].box = cv::Rect2f(260, 170, 110, 110);
    faces[2].box = cv::Rect2f(520, 380, 60, 60);
    // The most central of two similar sizes wins; a much larger face wins even off centre.
    QCOMPARE(FaceSelection::primary(faces, frame), std::optional<int>(1));
    std::vector<DetectedFace> bigInCorner = faces;
    bigInCorner[0].box = cv::Rect2f(0, 0, 300, 300);
    QCOMPARE(FaceSelection::primary(bigInCorner, frame), std::optional<int>(0));
    // The one staff click, or none when the click misses every face.
    QCOMPARE(FaceSelection::primary(faces, frame, cv::Point2f(540, 400)), std::optional<int>(2));
    QCOMPARE(FaceSelection::primary(faces, frame, cv::Point2f(600, 20)), std::optional<int>());
    QCOMPARE(FaceSelection::primary({}, frame), std::optional<int>());

    auto embedder = std::make_unique<CountingEmbedder>();
    CountingEmbedder *counting = embedder.get();
    FacePipeline pipeline(std::make_unique<ThreeFaces>(), std::move(embedder));
    const cv::Mat picture(480, 640, CV_8UC3, cv::Scalar(90, 90, 90));
    Result<VerificationProbe> probe = pipeline.verificationProbe(picture);
    QVERIFY2(probe.ok(), qPrintable(probe.errorMessage()));
    QCOMPARE(probe->facesInFrame, 3);
    QCOMPARE(counting->embedded.size(), size_t(1)); // the bystanders were never embedded
    QCOMPARE(counting->embedded.front(), cv::Rect2f(260, 170, 110, 110));
    QVERIFY(probe->sample.faceTemplate.isValid());
    counting->embedded.clear();
    QVERIFY(pipeline.verificationProbe(picture, cv::Point2f(30, 30)).ok());
    QCOMPARE(counting->embedded.size(), size_t(1));
    QCOMPARE(counting->embedded.front(), cv::Rect2f(10, 10, 120, 120));
    counting->embedded.clear();
    QCOMPARE(pipeline.verificationProbe(picture, cv::Point2f(630, 10)).errorKind(), ErrorKind::NotFound);
    QVERIFY(counting->embedded.empty());
}

void TestFaceVerification::reenrollReplacesTemplatesInOneWork()
{
    const qint64 a = enroll(QStringLiteral("Person A"), 1);
    const qint64 b = enroll(QStringLiteral("Person B"), 2);
    QCOMPARE(m_gallery->templateCount(), 10);
    const QList<StoredTemplate> old = ResidentService(*m_f->vault).templates(a).value();
    EnrollmentService service(*m_f->vault, *m_gallery);
    Result<EnrollmentService::ReenrollmentNeeds> needs = service.reenrollmentNeeds(a);
    QVERIFY(needs.ok());
    QVERIFY(!needs->consent); // same notice, same engine, grant in force
    std::vector<EnrollmentTemplate> fresh = samplesOf(1, 50);
    fresh.resize(3);
    Result<EnrollmentReceipt> saved = service.reenroll(a, std::nullopt, fresh, QByteArray());
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QCOMPARE(saved->templateIds.size(), 3);
    const QList<StoredTemplate> now = ResidentService(*m_f->vault).templates(a).value();
    QCOMPARE(now.size(), 3);
    for (const StoredTemplate &t : now) {
        for (const StoredTemplate &o : old)
            QVERIFY(t.id != o.id);
    }
    QCOMPARE(m_gallery->templateCount(), 8); // 3 new of A + 5 of B
    QCOMPARE(ResidentService(*m_f->vault).templates(b)->size(), 5);
    const AuditEvent e = events(AuditKind::TemplatesReplaced).constLast();
    QCOMPARE(e.residentId, std::optional<qint64>(a));
    QCOMPARE(e.details.value(QStringLiteral("templates_deleted")).toInt(), 5);
    QCOMPARE(e.details.value(QStringLiteral("templates_added")).toInt(), 3);
    // B's face for A is a duplicate of B: refused, and A keeps the templates it had.
    Result<EnrollmentReceipt> dup = service.reenroll(a, std::nullopt, samplesOf(2, 60), QByteArray());
    QCOMPARE(dup.errorKind(), ErrorKind::Policy);
    QCOMPARE(ResidentService(*m_f->vault).templates(a)->size(), 3);
    QCOMPARE(m_gallery->templateCount(), 8);
}

void TestFaceVerification::reenrollAfterWithdrawalNeedsFreshConsent()
{
    const qint64 a = enroll(QStringLiteral("Person A"), 1);
    QVERIFY(ResidentService(*m_f->vault).withdraw(a).ok());
    EnrollmentService service(*m_f->vault, *m_gallery);
    QVERIFY(service.reenrollmentNeeds(a)->consent);
    QCOMPARE(service.reenroll(a, std::nullopt, samplesOf(1, 50), QByteArray()).errorKind(), ErrorKind::Policy);
    QCOMPARE(ResidentService(*m_f->vault).templates(a)->size(), 0);
    // A declined decision is no consent either.
    Consent declined = granted(QStringLiteral("Person A"));
    declined.decision = Consent::Decision::Declined;
    declined.alternative = QStringLiteral("ID card");
    QCOMPARE(service.reenroll(a, declined, samplesOf(1, 50), QByteArray()).errorKind(), ErrorKind::Policy);
    QCOMPARE(ResidentService(*m_f->vault).consents(a)->size(), 1);
    // Fresh consent and new samples, together.
    Result<EnrollmentReceipt> saved
        = service.reenroll(a, granted(QStringLiteral("Person A")), samplesOf(1, 50), QByteArray("\x89PNG-sig"));
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QVERIFY(saved->consentId > 0);
    QCOMPARE(ResidentService(*m_f->vault).templates(a)->size(), 5);
    QCOMPARE(m_gallery->templateCount(), 5);
    QVERIFY(!service.reenrollmentNeeds(a)->consent);
}

void TestFaceVerification::reenrollAfterNoticeChangeNeedsRenewal()
{
    const qint64 a = enroll(QStringLiteral("Person A"), 1);
    SiteProfile profile = SettingsService(*m_f->vault).siteProfile().value();
    profile.purpose += QStringLiteral(" And parcels.");
    QVERIFY(SettingsService(*m_f->vault).setSiteProfile(profile).ok());
    EnrollmentService service(*m_f->vault, *m_gallery);
    Result<EnrollmentService::ReenrollmentNeeds> needs = service.reenrollmentNeeds(a);
    QVERIFY(needs->consent);
    QVERIFY(!needs->reason.isEmpty());
    QCOMPARE(service.reenroll(a, std::nullopt, samplesOf(1, 50), QByteArray()).errorKind(), ErrorKind::Policy);
    QCOMPARE(ResidentService(*m_f->vault).templates(a)->size(), 5); // nothing changed
    QVERIFY(service.reenroll(a, granted(QStringLiteral("Person A")), samplesOf(1, 50), QByteArray()).ok());
    QVERIFY(!service.reenrollmentNeeds(a)->consent);
    // Another engine's templates in the store also ask for renewed consent (a change of method).
    GalleryService other(*m_f->vault, EngineId { QStringLiteral("other-engine"), QString(64, QLatin1Char('c')), 16 },
                         kFloor);
    QVERIFY(other.load().ok());
    QVERIFY(EnrollmentService(*m_f->vault, other).reenrollmentNeeds(a)->consent);
}

QTEST_MAIN(TestFaceVerification)
#include "tst_faceverification.moc"
