// Verification events: face (from gallery matches the caller computed) or another way; who, when, how,
// result; no image and no template kept; "last verified" and "last matched" updated.

#include "PeopleFixture.h"
#include "StoreProbe.h"
#include "domain/AuditKind.h"
#include "services/ResidentService.h"
#include "services/VerificationService.h"

#include <QTest>

#include <limits>

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
    Result<VerificationService::Record> r = VerificationService(m_f->vault()).recordFace(matches, 0.6f);
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
    QCOMPARE(e.residentId, std::optional<qint64>(m_a));
    QCOMPARE(e.details.value(QStringLiteral("method")).toString(), QStringLiteral("face"));
    QCOMPARE(e.details.value(QStringLiteral("result")).toString(), QStringLiteral("verified"));
    QCOMPARE(e.details.value(QStringLiteral("score")).toDouble(), 0.83);
    QCOMPARE(e.details.keys(),
             (QStringList { QStringLiteral("method"), QStringLiteral("reason"), QStringLiteral("result"),
                            QStringLiteral("score"), QStringLiteral("template_id") }));
    // Verified people sort by last verification.
    ResidentFilter byVerified;
    byVerified.order = ResidentFilter::Order::LastVerified;
    QCOMPARE(ResidentService(m_f->vault()).page(byVerified, 0, 1)->constFirst().id, m_a);
}

void TestVerification::belowThresholdNamesNobody()
{
    VerificationService verification(m_f->vault());
    Result<VerificationService::Record> low = verification.recordFace({ { m_a, firstTemplate(m_a), 0.3f } }, 0.6f);
    QVERIFY(low.ok());
    QCOMPARE(low->outcome, VerificationService::Outcome::NotVerified);
    QVERIFY(!low->residentId);
    QCOMPARE(lastEvent().residentId, std::optional<qint64>());
    QCOMPARE(lastEvent().details.value(QStringLiteral("reason")).toString(), QStringLiteral("below_threshold"));
    Result<VerificationService::Record> none = verification.recordFace({}, 0.6f);
    QCOMPARE(none->reason, QStringLiteral("no_face_match"));
    QVERIFY(!ResidentService(m_f->vault()).details(m_a)->row.lastVerifiedAt.isValid());
    QCOMPARE(verification.recordFace({}, std::numeric_limits<float>::quiet_NaN()).errorKind(),
             ErrorKind::InvalidArgument);
}

void TestVerification::staleGalleryEntryIsNotAMatch()
{
    const qint64 t = firstTemplate(m_a);
    QVERIFY(ResidentService(m_f->vault()).withdraw(m_a).ok());
    Result<VerificationService::Record> r = VerificationService(m_f->vault()).recordFace({ { m_a, t, 0.95f } }, 0.6f);
    QVERIFY(r.ok());
    QCOMPARE(r->outcome, VerificationService::Outcome::NotVerified);
    QCOMPARE(r->reason, QStringLiteral("no_active_consent"));
    QVERIFY(!r->residentId);
    QCOMPARE(lastEvent().residentId, std::optional<qint64>());
}

void TestVerification::alternativeWays()
{
    VerificationService verification(m_f->vault());
    Result<VerificationService::Record> card
        = verification.recordAlternative(m_b, VerificationService::Method::IdCard, true);
    QVERIFY2(card.ok(), qPrintable(card.errorMessage()));
    QCOMPARE(lastEvent().details.value(QStringLiteral("method")).toString(), QStringLiteral("id_card"));
    QCOMPARE(lastEvent().residentId, std::optional<qint64>(m_b));
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
    QCOMPARE(VerificationService(m_f->vault()).recordFace({ { m_a, firstTemplate(m_a), 0.9f } }, 0.5f).errorKind(),
             ErrorKind::Policy);
}

QTEST_MAIN(TestVerification)
#include "tst_verification.moc"
