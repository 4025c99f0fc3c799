// The retention policy applied with a mock clock: templates go retention_days after move-out and at the
// latest at the maximum template age; nothing goes a day early; every purge leaves audit events and counts.

#include "PeopleFixture.h"
#include "StoreProbe.h"
#include "domain/AuditActor.h"
#include "domain/AuditKind.h"
#include "repo/AuditLog.h"
#include "services/ResidentService.h"

#include <QTest>

using namespace consentry;
using namespace consentry::test;

class TestRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultPolicyIsFinite();
    void moveOutPlusRetentionDays();
    void maximumAgeWhateverTheMoveOut();
    void maximumAgeKeepsYoungerTemplates();
    void purgeWritesAuditEvents();
    void dueWithin30Days();
    void roles();
    void maxAgeSettingIsChecked();
    void unsavedReceiptsAreNotKeptForEver();

private:
    int eventsOfKind(const QString &kind);
    std::unique_ptr<PeopleFixture> m_f;
};

void TestRetention::init()
{
    m_f = std::make_unique<PeopleFixture>();
    QVERIFY(m_f->create(30));
}

void TestRetention::cleanup()
{
    m_f.reset();
}

int TestRetention::eventsOfKind(const QString &kind)
{
    int n = 0;
    const QList<AuditEvent> events = test::probe(m_f->vault()).auditLog().events(0, 100000).value();
    for (const AuditEvent &e : events)
        n += e.kind == kind ? 1 : 0;
    return n;
}

void TestRetention::defaultPolicyIsFinite()
{
    const Result<RetentionPolicy> policy = SettingsService(m_f->vault()).retentionPolicy();
    QVERIFY2(policy.ok(), qPrintable(policy.errorMessage()));
    QCOMPARE(policy->retentionDays, 30);
    QCOMPARE(policy->maxTemplateAgeDays, RetentionPolicy::kDefaultMaxTemplateAgeDays);
    QVERIFY(policy->maxTemplateAgeDays > 0);
    QVERIFY(policy->describe().contains(QStringLiteral("365")));
}

void TestRetention::moveOutPlusRetentionDays()
{
    const QDate moveOut = m_f->clock->now().date().addDays(10);
    const qint64 leaving = m_f->enroll(QStringLiteral("Zhang San"), QStringLiteral("3-201"), 2, moveOut);
    const qint64 staying = m_f->enroll(QStringLiteral("Li Si"), QStringLiteral("3-202"), 3);
    QVERIFY(leaving && staying);
    ResidentService retention(m_f->vault());

    // Move-out day + 29 days, at the last second of the day: nothing yet.
    m_f->clock->set(QDateTime(moveOut.addDays(29), QTime(23, 59, 59), Qt::UTC));
    Result<PurgeReport> early = retention.purgeExpired();
    QVERIFY2(early.ok(), qPrintable(early.errorMessage()));
    QCOMPARE(early->residentsPurged, 0);
    QCOMPARE(early->templatesDeleted, 0);
    QCOMPARE(m_f->templatesOf(leaving), 2);
    QCOMPARE(m_f->stateOf(leaving), QStringLiteral("active"));

    // Move-out + 30 days: the leaver's templates go, their grant ends; the other resident keeps theirs.
    m_f->clock->set(QDateTime(moveOut.addDays(30), QTime(0, 0, 1), Qt::UTC));
    Result<PurgeReport> due = retention.purgeExpired();
    QVERIFY2(due.ok(), qPrintable(due.errorMessage()));
    QCOMPARE(due->residentsPurged, 1);
    QCOMPARE(due->templatesDeleted, 2);
    QCOMPARE(due->consentsEnded, 1);
    QCOMPARE(due->residentIds, QList<qint64> { leaving });
    QCOMPARE(m_f->templatesOf(leaving), 0);
    QCOMPARE(m_f->templatesOf(staying), 3);
    QCOMPARE(m_f->stateOf(leaving), QStringLiteral("expired"));
    QCOMPARE(m_f->stateOf(staying), QStringLiteral("active"));
    // The consent record stays as proof, ended by the policy.
    const QList<Consent> consents = test::probe(m_f->vault()).consentRepository().ofResident(leaving).value();
    QCOMPARE(consents.size(), 1);
    QCOMPARE(consents.constFirst().withdrawnBy, AuditActor::Retention);

    // Running again deletes nothing more.
    Result<PurgeReport> again = retention.purgeExpired();
    QCOMPARE(again->residentsPurged, 0);
    QCOMPARE(again->templatesDeleted, 0);
}

void TestRetention::maximumAgeWhateverTheMoveOut()
{
    QVERIFY(SettingsService(m_f->vault()).setMaxTemplateAgeDays(100).ok());
    const QDateTime made = m_f->clock->now();
    const qint64 id = m_f->enroll(QStringLiteral("Wang Wu"), QStringLiteral("5-101"), 2); // never moves out
    QVERIFY(id);
    ResidentService retention(m_f->vault());

    m_f->clock->set(made.addDays(99)); // a day early
    QCOMPARE(retention.purgeExpired()->templatesDeleted, 0);
    m_f->clock->set(made.addDays(100).addSecs(-1)); // a second early
    QCOMPARE(retention.purgeExpired()->templatesDeleted, 0);
    QCOMPARE(m_f->templatesOf(id), 2);

    m_f->clock->set(made.addDays(100));
    Result<PurgeReport> report = retention.purgeExpired();
    QCOMPARE(report->templatesDeleted, 2);
    QCOMPARE(report->residentsPurged, 1);
    QCOMPARE(m_f->templatesOf(id), 0);
    QCOMPARE(m_f->stateOf(id), QStringLiteral("expired"));
}

void TestRetention::maximumAgeKeepsYoungerTemplates()
{
    QVERIFY(SettingsService(m_f->vault()).setMaxTemplateAgeDays(100).ok());
    const QDateTime made = m_f->clock->now();
    const qint64 id = m_f->enroll(QStringLiteral("Zhao Liu"), QStringLiteral("6-606"), 1);
    m_f->clock->set(made.addDays(50));
    StoredTemplate later = PeopleFixture::face();
    later.residentId = id;
    QVERIFY(test::probe(m_f->vault()).templateRepository().add(later).ok());
    ResidentService retention(m_f->vault());

    m_f->clock->set(made.addDays(100));
    QCOMPARE(retention.purgeExpired()->templatesDeleted, 1);
    QCOMPARE(m_f->templatesOf(id), 1);
    QCOMPARE(m_f->stateOf(id), QStringLiteral("active")); // one template left: the grant stays

    m_f->clock->set(made.addDays(149));
    QCOMPARE(retention.purgeExpired()->templatesDeleted, 0);
    m_f->clock->set(made.addDays(150));
    QCOMPARE(retention.purgeExpired()->templatesDeleted, 1);
    QCOMPARE(m_f->stateOf(id), QStringLiteral("expired"));
}

void TestRetention::purgeWritesAuditEvents()
{
    const QDate moveOut = m_f->clock->now().date();
    const qint64 a = m_f->enroll(QStringLiteral("A"), QStringLiteral("1"), 2, moveOut);
    const qint64 b = m_f->enroll(QStringLiteral("B"), QStringLiteral("2"), 1, moveOut);
    QVERIFY(a && b);
    const int deletedBefore = eventsOfKind(AuditKind::TemplateDeleted);
    const int purgesBefore = eventsOfKind(AuditKind::Purge);
    m_f->clock->advanceDays(30);
    Result<PurgeReport> report = ResidentService(m_f->vault()).purgeExpired();
    QCOMPARE(report->residentsPurged, 2);
    QCOMPARE(report->templatesDeleted, 3);
    QCOMPARE(eventsOfKind(AuditKind::TemplateDeleted), deletedBefore + 2);
    QCOMPARE(eventsOfKind(AuditKind::Purge), purgesBefore + 1);
    const QList<AuditEvent> events = test::probe(m_f->vault()).auditLog().events(0, 100000).value();
    const AuditEvent &summary = events.constLast();
    QCOMPARE(summary.id, report->auditEventId);
    QCOMPARE(summary.kind, AuditKind::Purge);
    QCOMPARE(summary.actor, QStringLiteral("wang"));
    QCOMPARE(summary.details.value(QStringLiteral("templates_deleted")).toInt(), 3);
    QCOMPARE(summary.details.value(QStringLiteral("residents_purged")).toInt(), 2);
    const QList<AuditEvent> ofA = test::probe(m_f->vault()).auditLog().eventsOfResident(a).value();
    QCOMPARE(ofA.constLast().kind, AuditKind::TemplateDeleted);
    QCOMPARE(ofA.constLast().details.value(QStringLiteral("reason")).toString(), QStringLiteral("retention_move_out"));
    QCOMPARE(ofA.constLast().details.value(QStringLiteral("count")).toInt(), 2);
    QVERIFY(test::probe(m_f->vault()).auditLog().verify()->ok);
}

void TestRetention::dueWithin30Days()
{
    const QDate today = m_f->clock->now().date();
    const qint64 soon = m_f->enroll(QStringLiteral("Soon"), QStringLiteral("1"), 1, today.addDays(-10)); // due in 20
    const qint64 later = m_f->enroll(QStringLiteral("Later"), QStringLiteral("2"), 1, today.addDays(10)); // due in 40
    const qint64 declined = m_f->enroll(QStringLiteral("Declined"), QStringLiteral("3"), 0, today.addDays(-10), false);
    QVERIFY(soon && later && declined);
    Result<QList<ResidentRow>> due = ResidentService(m_f->vault()).dueWithin(30);
    QVERIFY2(due.ok(), qPrintable(due.errorMessage()));
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->constFirst().id, soon);
    QCOMPARE(due->constFirst().retentionDue, today.addDays(20));
    QCOMPARE(ResidentService(m_f->vault()).dueWithin(40)->size(), 2);
}

void TestRetention::roles()
{
    const qint64 id = m_f->enroll(QStringLiteral("Leaver"), QStringLiteral("1"), 1, m_f->clock->now().date());
    m_f->clock->advanceDays(31);
    QVERIFY(m_f->switchTo(QStringLiteral("li"), Role::Staff));
    // Staff may not order a purge, but the scheduled purge runs whoever is logged in.
    QCOMPARE(ResidentService(m_f->vault()).purgeExpired().errorKind(), ErrorKind::Policy);
    QCOMPARE(m_f->templatesOf(id), 1);
    Result<PurgeReport> scheduled = ResidentService(m_f->vault()).purgeScheduled();
    QVERIFY2(scheduled.ok(), qPrintable(scheduled.errorMessage()));
    QCOMPARE(scheduled->templatesDeleted, 1);
    QCOMPARE(test::probe(m_f->vault()).auditLog().events(0, 100000)->constLast().actor, AuditActor::System);
    QCOMPARE(SettingsService(m_f->vault()).setMaxTemplateAgeDays(30).errorKind(), ErrorKind::Policy);
    m_f->vault().lock();
    QCOMPARE(ResidentService(m_f->vault()).purgeScheduled().errorKind(), ErrorKind::Authentication);
}

void TestRetention::maxAgeSettingIsChecked()
{
    SettingsService retention(m_f->vault());
    QCOMPARE(retention.setMaxTemplateAgeDays(0).errorKind(), ErrorKind::InvalidArgument);
    QCOMPARE(retention.setMaxTemplateAgeDays(RetentionPolicy::kMaxDays + 1).errorKind(), ErrorKind::InvalidArgument);
    QVERIFY(retention.setMaxTemplateAgeDays(90).ok());
    QCOMPARE(retention.retentionPolicy()->maxTemplateAgeDays, 90);
}

// A receipt offered for saving but never saved holds the name of a person whose data is gone: the purge drops it
// after ResidentService::kUnsavedReceiptDays, not a second earlier, and says how many in its event.
void TestRetention::unsavedReceiptsAreNotKeptForEver()
{
    const qint64 a = m_f->enroll(QStringLiteral("A"), QStringLiteral("1"), 1);
    ResidentService residents(m_f->vault());
    QVERIFY(residents
                .keepPendingReceipt({ a, QStringLiteral("deletion"), QStringLiteral("A"), QStringLiteral("a.pdf"),
                                      QByteArray("%PDF-1.4"), QDateTime() })
                .ok());
    const int days = ResidentService::kUnsavedReceiptDays;
    m_f->clock->advanceDays(days);
    QVERIFY(residents.purgeExpired().ok());
    QCOMPARE(residents.pendingReceipts()->size(), 1); // exactly kUnsavedReceiptDays old: still offered
    m_f->clock->advanceSeconds(1);
    QVERIFY(residents.purgeExpired().ok());
    QCOMPARE(residents.pendingReceipts()->size(), 0);
    const QList<AuditEvent> events = test::probe(m_f->vault()).auditLog().events(0, 100000).value();
    QCOMPARE(events.constLast().kind, AuditKind::Purge);
    QCOMPARE(events.constLast().details.value(QStringLiteral("unsaved_receipts_dropped")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
