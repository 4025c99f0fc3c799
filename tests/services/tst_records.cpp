// Residents, consents and templates through the services: consent rules, one-transaction enrollment,
// withdrawal deleting templates at once, deletion receipts.

#include "MockClock.h"
#include "StoreProbe.h"
#include "VaultFixture.h"
#include "compliance/GuardianRule.h"
#include "services/ResidentService.h"
#include "storage/Database.h"
#include "vault/StoreFolder.h"

#include <QTest>

using namespace consentry;
using namespace consentry::test;

class TestRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void enrollStoresEverythingAtOnce();
    void enrollIsAllOrNothing();
    void consentRules_data();
    void consentRules();
    void templatesNeedConsent();
    void withdrawalDeletesTemplates();
    void deletionReceipt();
    void residentRoundTrip();

private:
    Consent consent(qint64 residentId = 0) const;
    StoredTemplate face() const;
    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<VaultFixture> m_f;
    qint64 m_notice = 0;
};

void TestRecords::init()
{
    m_clock = std::make_unique<MockClock>();
    m_f = std::make_unique<VaultFixture>();
    QVERIFY(m_f->create());
    m_notice = test::probe(*m_f->vault)
                   .noticeRepository()
                   .find(StoreFolder::initialNoticeVersion(), QStringLiteral("zh_CN"))
                   .value()
                   ->id;
}

void TestRecords::cleanup()
{
    m_f.reset();
    m_clock.reset();
}

Consent TestRecords::consent(qint64 residentId) const
{
    Consent c;
    c.residentId = residentId;
    c.noticeVersionId = m_notice;
    c.decision = Consent::Decision::Granted;
    c.signer = QStringLiteral("Zhang San");
    c.signedAt = m_clock->now().addSecs(-120);
    return c;
}

StoredTemplate TestRecords::face() const
{
    StoredTemplate t;
    t.engineId = QStringLiteral("sface-2021dec");
    t.modelSha256 = QByteArray(32, '\x5a');
    t.vector = QByteArray(512, '\x11');
    t.quality = 0.91;
    return t;
}

void TestRecords::enrollStoresEverythingAtOnce()
{
    Resident r;
    r.declareUnder14(false);
    r.name = QStringLiteral("Zhang San");
    r.unit = QStringLiteral("3-201");
    const QByteArray signature("PNG-SIGNATURE-BYTES");
    auto e = ResidentService(*m_f->vault).enroll(r, consent(), { face(), face() }, signature);
    QVERIFY2(e.ok(), qPrintable(e.errorMessage()));
    QCOMPARE(e->templateIds.size(), 2);
    Vault &v = *m_f->vault;
    const Result<QList<Consent>> consents = ResidentService(v).consents(e->residentId);
    QCOMPARE(consents->size(), 1);
    QCOMPARE(consents->constFirst().witness, QStringLiteral("wang")); // filled in from the session
    QCOMPARE(consents->constFirst().noticeVersionId, m_notice);
    QCOMPARE(test::probe(v).consentRepository().signature(e->consentId).value(), signature);
    const Result<QList<StoredTemplate>> templates = ResidentService(v).templates(e->residentId);
    QCOMPARE(templates->size(), 2);
    QCOMPARE(templates->constFirst().vector, face().vector);
    QCOMPARE(templates->constFirst().modelSha256, face().modelSha256);
    QVERIFY(test::probe(v).auditLog().verify()->ok);
}

void TestRecords::enrollIsAllOrNothing()
{
    Resident r;
    r.declareUnder14(false);
    r.name = QStringLiteral("Li Si");
    StoredTemplate broken = face();
    broken.vector.clear(); // the second template is invalid: nothing of the enrollment may remain
    const qint64 events = test::probe(*m_f->vault).auditLog().count().value();
    auto e = ResidentService(*m_f->vault).enroll(r, consent(), { face(), broken });
    QVERIFY(!e.ok());
    QCOMPARE(test::probe(*m_f->vault).residentRepository().count().value(), 0);
    QCOMPARE(test::probe(*m_f->vault).templateRepository().count().value(), 0);
    QCOMPARE(test::probe(*m_f->vault).database().queryInt(QStringLiteral("SELECT count(*) FROM consents")).value(), 0);
    QCOMPARE(test::probe(*m_f->vault).auditLog().count().value(), events);
    // Declined: no templates at all.
    Consent declined = consent();
    declined.decision = Consent::Decision::Declined;
    declined.alternative = QStringLiteral("ID card at the desk");
    QCOMPARE(ResidentService(*m_f->vault).enroll(r, declined, { face() }).errorKind(), ErrorKind::Policy);
    QVERIFY(ResidentService(*m_f->vault).enroll(r, declined, {}).ok());
}

void TestRecords::consentRules_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown notice version") << QStringLiteral("notice") << QStringLiteral("notice version");
    QTest::newRow("no signer") << QStringLiteral("signer") << QStringLiteral("signer");
    QTest::newRow("future time") << QStringLiteral("future") << QStringLiteral("future");
    QTest::newRow("witness not a user") << QStringLiteral("witness") << QStringLiteral("witness");
    QTest::newRow("child without guardian") << QStringLiteral("child") << QStringLiteral("guardian");
    QTest::newRow("declined without alternative") << QStringLiteral("declined") << QStringLiteral("alternative");
}

void TestRecords::consentRules()
{
    QFETCH(QString, change);
    QFETCH(QString, mentions);
    Resident r;
    r.declareUnder14(false);
    r.name = QStringLiteral("Wang Xiaoming");
    if (change == QLatin1String("child"))
        r.dateOfBirth = m_clock->now().date().addYears(-10);
    const qint64 id = ResidentService(*m_f->vault).create(r).value();
    Consent c = consent(id);
    if (change == QLatin1String("notice"))
        c.noticeVersionId = 9999;
    else if (change == QLatin1String("signer"))
        c.signer.clear();
    else if (change == QLatin1String("future"))
        c.signedAt = m_clock->now().addDays(1);
    else if (change == QLatin1String("witness"))
        c.witness = QStringLiteral("stranger");
    else if (change == QLatin1String("declined"))
        c.decision = Consent::Decision::Declined;
    auto recorded = ResidentService(*m_f->vault).recordConsent(c);
    QVERIFY(!recorded.ok());
    QCOMPARE(recorded.errorKind(), ErrorKind::Policy);
    QVERIFY2(recorded.errorMessage().contains(mentions), qPrintable(recorded.errorMessage()));
    if (change == QLatin1String("child")) {
        c.guardianName = QStringLiteral("Wang Da");
        c.guardianRelation = QStringLiteral("father");
        // The guardian signs in their own name: the child's name as signer is still refused.
        QCOMPARE(ResidentService(*m_f->vault).recordConsent(c).errorKind(), ErrorKind::Policy);
        c.signer = c.guardianName;
        c.signerRole = Consent::SignerRole::Guardian;
        QVERIFY(ResidentService(*m_f->vault).recordConsent(c).ok());
    }
}

void TestRecords::templatesNeedConsent()
{
    Resident r;
    r.declareUnder14(false);
    r.name = QStringLiteral("No Consent");
    const qint64 id = ResidentService(*m_f->vault).create(r).value();
    StoredTemplate t = face();
    t.residentId = id;
    QCOMPARE(ResidentService(*m_f->vault).addTemplates(t.residentId, { t }).errorKind(), ErrorKind::Policy);
    QVERIFY(ResidentService(*m_f->vault).recordConsent(consent(id)).ok());
    QVERIFY(ResidentService(*m_f->vault).addTemplates(t.residentId, { t }).ok());
}

void TestRecords::withdrawalDeletesTemplates()
{
    Resident r;
    r.declareUnder14(false);
    r.name = QStringLiteral("Withdrawing");
    auto e = ResidentService(*m_f->vault).enroll(r, consent(), { face(), face(), face() });
    QVERIFY(e.ok());
    auto receipt = ResidentService(*m_f->vault).withdraw(e->residentId);
    QVERIFY(receipt.ok());
    QCOMPARE(receipt->receipt.templatesDeleted, 3);
    QCOMPARE(receipt->receipt.consentsWithdrawn, 1);
    QVERIFY(receipt->receipt.auditEventId > 0);
    QCOMPARE(test::probe(*m_f->vault).templateRepository().count().value(), 0);
    QCOMPARE(test::probe(*m_f->vault).consentRepository().countWithdrawn().value(), 1);
    QCOMPARE(test::probe(*m_f->vault).consentRepository().countActiveGrants().value(), 0);
    // No more templates without a new consent.
    StoredTemplate t = face();
    t.residentId = e->residentId;
    QCOMPARE(ResidentService(*m_f->vault).addTemplates(t.residentId, { t }).errorKind(), ErrorKind::Policy);
}

void TestRecords::deletionReceipt()
{
    Resident r;
    r.declareUnder14(false);
    r.name = QStringLiteral("Leaving");
    auto e = ResidentService(*m_f->vault).enroll(r, consent(), { face() });
    auto receipt = ResidentService(*m_f->vault).remove(e->residentId);
    QVERIFY(receipt.ok());
    QCOMPARE(receipt->receipt.templatesDeleted, 1);
    QCOMPARE(receipt->receipt.consentsDeleted, 1);
    QCOMPARE(ResidentService(*m_f->vault).get(e->residentId).errorKind(), ErrorKind::NotFound);
    // The audit trail of that person stays (ids only), and still verifies.
    QVERIFY(test::probe(*m_f->vault).auditLog().eventsOfResident(e->residentId)->size() >= 3);
    QVERIFY(test::probe(*m_f->vault).auditLog().verify()->ok);
}

void TestRecords::residentRoundTrip()
{
    Resident r;
    r.declareUnder14(false);
    r.name = QStringLiteral("李雷");
    r.unit = QStringLiteral("A-1203");
    r.dateOfBirth = QDate(2015, 6, 1);
    r.moveIn = QDate(2025, 9, 1);
    ResidentService service(*m_f->vault);
    const qint64 id = service.create(r).value();
    Resident back = service.get(id).value();
    QCOMPARE(back.name, r.name);
    QCOMPARE(back.unit, r.unit);
    QCOMPARE(back.dateOfBirth, r.dateOfBirth);
    QCOMPARE(back.moveIn, r.moveIn);
    QVERIFY(GuardianRule::applies(back, QDate(2026, 1, 1)));
    QVERIFY(!GuardianRule::applies(back, QDate(2029, 6, 1)));
    back.status = Resident::Status::MovedOut;
    back.moveOut = QDate(2026, 1, 1);
    QVERIFY(service.edit(back).ok());
    QCOMPARE(service.get(id)->status, Resident::Status::MovedOut);
    back.moveOut = QDate(2020, 1, 1);
    QCOMPARE(service.edit(back).errorKind(), ErrorKind::InvalidArgument);
    Resident missing = back;
    missing.id = 4242;
    missing.moveOut = QDate();
    QCOMPARE(service.edit(missing).errorKind(), ErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
