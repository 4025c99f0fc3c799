// Verification events: face (from gallery matches the caller computed) or another way; who, when, how,
// result; no image and no template kept; "last verified" and "last matched" updated.

#include "PeopleFixture.h"
#include "StoreProbe.h"
#include "domain/AuditKind.h"
#include "services/ResidentService.h"
#include "services/VerificationService.h"

#include <QTest>

using namespace consentry;
using namespace consentry::test;

class TestVerification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void faceMatchUpdatesLastVerified();
    void belowThresholdNamesNobody();
    void staleGalleryEntryIsNotAMatch();
    void alternativeWays();
    void roles();

private:
    AuditEvent lastEvent() { return test::probe(m_f->vault()).auditLog().events(0, 100000)->constLast(); }
    qint64 firstTemplate(qint64 residentId)
    {
        return test::probe(m_f->vault()).templateRepository().ofResident(residentId)->constFirst().id;
    }
    std::unique_ptr<PeopleFixture> m_f;
    qint64 m_a = 0;
    qint64 m_b = 0;
};

void TestVerification::init()
{
    m_f = std::make_unique<PeopleFixture>();
    QVERIFY(m_f->create(30));
    m_a = m_f->enroll(QStringLiteral("Verify A"), QStringLiteral("1"), 2);
    m_b = m_f->enroll(QStringLiteral("Verify B"), QStringLiteral("2"), 1);
}

void TestVerification::cleanup()
{
    m_f.reset();
}

void TestVerification::faceMatchUpdatesLastVerified()
{
    m_f->clock->advanceSeconds(3600);
    const qint64 t = firstTemplate(m_a);
    const std::vector<GalleryMatch> matches { { m_b, firstTemplate(m_b), 0.41f }, { m_a, t, 0.83f } };
    const VerificationService::FaceResult result = VerificationService::assess(
        matches, DecisionBands::fromThreshold(0.6f), VerificationService::Mode::OneToMany);
    Result<VerificationService::Record> r = VerificationService(m_f->vault()).confirmFace(result);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->outcome, VerificationService::Outcome::Verified);
    QCOMPARE(r->residentId, std::optional<qint64>(m_a));
    QCOMPARE(r->templateId, t);
    const Result<ResidentDetails> d = ResidentService(m_f->vault()).details(m_a);
    QCOMPARE(d->row.lastVerifiedAt, m_f->clock->now());
    bool matched = false;
    for (const ResidentDetails::TemplateInfo &info : d->templates)
        matched = matched || (info.id == t && info.lastMatchedAt == m_f->clock->now());
    QVERIFY(matched);
    const AuditEvent e = lastEvent();
    QCOMPARE(e.kind, AuditKind::Verification);
    QCOMPARE(e.actor, QStringLiteral("wang"));
    // The chain, kept for good, does not name who was verified: the record (purged after the stated
    // period) does.
    QCOMPARE(e.residentId, std::optional<qint64>());
    QCOMPARE(e.details.value(QStringLiteral("method")).toString(), QStringLiteral("face"));
    QCOMPARE(e.details.value(QStringLiteral("mode")).toString(), QStringLiteral("one_to_many"));
    QCOMPARE(e.details.value(QStringLiteral("result")).toString(), QStringLiteral("verified"));
    QCOMPARE(qint64(e.details.value(QStringLiteral("record_id")).toDouble()), r->recordId);
    // Verified people sort by last verification.
    ResidentFilter byVerified;
    byVerified.order = ResidentFilter::Order::LastVerified;
    QCOMPARE(ResidentService(m_f->vault()).page(byVerified, 0, 1)->constFirst().id, m_a);
}

void TestVerification::belowThresholdNamesNobody()
{
    const VerificationService::FaceResult low
        = VerificationService::assess({ { m_a, firstTemplate(m_a), 0.3f } }, DecisionBands::fromThreshold(0.6f),
                                      VerificationService::Mode::OneToMany);
    QCOMPARE(low.band, DecisionBands::Band::NoMatch);
    QVERIFY(!low.residentId);
    const qsizetype before = test::probe(m_f->vault()).auditLog().count().value();
    QCOMPARE(VerificationService(m_f->vault()).confirmFace(low).errorKind(), ErrorKind::InvalidArgument);
    const VerificationService::FaceResult none
        = VerificationService::assess({}, DecisionBands::fromThreshold(0.6f), VerificationService::Mode::OneToMany);
    QCOMPARE(none.band, DecisionBands::Band::NoMatch);
    QVERIFY(!ResidentService(m_f->vault()).details(m_a)->row.lastVerifiedAt.isValid());
    QCOMPARE(test::probe(m_f->vault()).auditLog().count().value(), before);
}

void TestVerification::staleGalleryEntryIsNotAMatch()
{
    const qint64 t = firstTemplate(m_a);
    QVERIFY(ResidentService(m_f->vault()).withdraw(m_a).ok());
    const VerificationService::FaceResult stale = VerificationService::assess(
        { { m_a, t, 0.95f } }, DecisionBands::fromThreshold(0.6f), VerificationService::Mode::OneToMany);
    Result<VerificationService::Record> r = VerificationService(m_f->vault()).confirmFace(stale);
    QCOMPARE(r.errorKind(), ErrorKind::Policy);
    QVERIFY(!ResidentService(m_f->vault()).details(m_a)->row.lastVerifiedAt.isValid());
}

void TestVerification::alternativeWays()
{
    VerificationService verification(m_f->vault());
    Result<VerificationService::Record> card
        = verification.recordAlternative(m_b, VerificationService::Method::IdCard, true);
    QVERIFY2(card.ok(), qPrintable(card.errorMessage()));
    QCOMPARE(lastEvent().details.value(QStringLiteral("method")).toString(), QStringLiteral("id_card"));
    QCOMPARE(lastEvent().residentId, std::optional<qint64>());
    QCOMPARE(lastEvent().details.value(QStringLiteral("mode")).toString(), QStringLiteral("none"));
    QCOMPARE(ResidentService(m_f->vault()).details(m_b)->row.lastVerifiedAt, m_f->clock->now());
    // A declined resident is verified the other way just the same.
    const qint64 declined = m_f->enroll(QStringLiteral("No Face"), QStringLiteral("3"), 0, QDate(), false);
    QVERIFY(verification.recordAlternative(declined, VerificationService::Method::StaffCheck, true).ok());
    QCOMPARE(verification.recordAlternative(declined, VerificationService::Method::Face, true).errorKind(),
             ErrorKind::InvalidArgument);
    QCOMPARE(verification.recordAlternative(98765, VerificationService::Method::IdCard, true).errorKind(),
             ErrorKind::NotFound);
    QCOMPARE(VerificationService::methodFromKey(QStringLiteral("staff_check")),
             std::optional<VerificationService::Method>(VerificationService::Method::StaffCheck));
}

void TestVerification::roles()
{
    QVERIFY(m_f->store.addUser(QStringLiteral("audit"), Role::Auditor, "user-pass-123"));
    QVERIFY(m_f->switchTo(QStringLiteral("li"), Role::Staff));
    QVERIFY(VerificationService(m_f->vault()).recordAlternative(m_a, VerificationService::Method::IdCard, true).ok());
    QVERIFY(m_f->switchTo(QStringLiteral("audit"), Role::Auditor));
    VerificationService::FaceResult result;
    result.band = DecisionBands::Band::Accept;
    result.residentId = m_a;
    result.templateId = firstTemplate(m_a);
    result.score = 0.9f;
    QCOMPARE(VerificationService(m_f->vault()).confirmFace(result).errorKind(), ErrorKind::Policy);
}

QTEST_MAIN(TestVerification)
#include "tst_verification.moc"
