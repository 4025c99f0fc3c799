// Withdrawal as easy as consent: templates deleted at once in one transaction, a printable receipt; editing,
// move-out and deletion through ResidentService, each checked against the role in core.

#include "PdfTools.h"
#include "PeopleFixture.h"
#include "StoreProbe.h"
#include "print/DocumentRenderer.h"
#include "services/ResidentService.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;
using namespace consentry::test;

class TestWithdrawal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void withdrawDeletesEveryTemplateRow();
    void withdrawnStateAndReenrollmentNeedsNewConsent();
    void withdrawalIsOneTransaction();
    void receiptPdf();
    void unknownResident();
    void roles_data();
    void roles();
    void deleteEntirelyKeepsAuditTrail();
    void editDetailsAndMoveOut();

private:
    std::unique_ptr<PeopleFixture> m_f;
};

void TestWithdrawal::init()
{
    m_f = std::make_unique<PeopleFixture>();
    QVERIFY(m_f->create(30));
}

void TestWithdrawal::cleanup()
{
    m_f.reset();
}

void TestWithdrawal::withdrawDeletesEveryTemplateRow()
{
    const qint64 zhang = m_f->enroll(QStringLiteral("Zhang San"), QStringLiteral("3-201"), 3);
    const qint64 li = m_f->enroll(QStringLiteral("Li Si"), QStringLiteral("3-202"), 2);
    QCOMPARE(m_f->templatesOf(zhang), 3);
    Result<ResidentService::Withdrawal> w = ResidentService(m_f->vault()).withdraw(zhang);
    QVERIFY2(w.ok(), qPrintable(w.errorMessage()));
    QCOMPARE(w->receipt.templatesDeleted, 3);
    QCOMPARE(w->receipt.consentsWithdrawn, 1);
    // Not a single template row of this person is left in the database; the other resident keeps theirs.
    QCOMPARE(test::probe(m_f->vault())
                 .database()
                 .queryInt(QStringLiteral("SELECT count(*) FROM face_templates WHERE resident_id = %1").arg(zhang))
                 .value(),
             0);
    QCOMPARE(m_f->templatesOf(li), 2);
    QVERIFY(w->text.contains(QStringLiteral("Zhang San")));
    QVERIFY(test::probe(m_f->vault()).auditLog().verify()->ok);
}

void TestWithdrawal::withdrawnStateAndReenrollmentNeedsNewConsent()
{
    const qint64 id = m_f->enroll(QStringLiteral("Wang Wu"), QStringLiteral("1-1"), 1);
    QCOMPARE(m_f->stateOf(id), QStringLiteral("active"));
    QVERIFY(ResidentService(m_f->vault()).withdraw(id).ok());
    QCOMPARE(m_f->stateOf(id), QStringLiteral("withdrawn"));
    Result<ResidentDetails> d = ResidentService(m_f->vault()).details(id);
    QCOMPARE(d->row.state, ResidentRow::State::Withdrawn);
    QCOMPARE(d->row.templateCount, 0);
    QVERIFY(d->templates.isEmpty());
    QVERIFY(d->consents.constFirst().consent.isWithdrawn());
    StoredTemplate t = PeopleFixture::face();
    t.residentId = id;
    QCOMPARE(ResidentService(m_f->vault()).addTemplates(t.residentId, { t }).errorKind(), ErrorKind::Policy);
    // Withdrawing twice is no second withdrawal (issue 15 defect 8): refused with a sentence, no new receipt,
    // no second audit event.
    const qint64 events = test::probe(m_f->vault()).auditLog().eventsOfResident(id)->size();
    Result<ResidentService::Withdrawal> again = ResidentService(m_f->vault()).withdraw(id);
    QCOMPARE(again.errorKind(), ErrorKind::Policy);
    QVERIFY2(again.errorMessage().contains(QStringLiteral("nothing to withdraw")), qPrintable(again.errorMessage()));
    QCOMPARE(test::probe(m_f->vault()).auditLog().eventsOfResident(id)->size(), events);
}

void TestWithdrawal::withdrawalIsOneTransaction()
{
    const qint64 id = m_f->enroll(QStringLiteral("Atomic"), QStringLiteral("4-4"), 2);
    // The audit event is the last write of a withdrawal: make it fail, and nothing of the withdrawal may stay.
    QVERIFY(test::probe(m_f->vault())
                .database()
                .exec(QStringLiteral("CREATE TEMP TRIGGER fail_withdrawal BEFORE INSERT ON audit_events "
                                     "WHEN NEW.kind = 'consent_withdrawn' BEGIN SELECT RAISE(ABORT, 'disk full'); END"))
                .ok());
    QVERIFY(!ResidentService(m_f->vault()).withdraw(id).ok());
    QCOMPARE(m_f->templatesOf(id), 2);
    QCOMPARE(m_f->stateOf(id), QStringLiteral("active"));
    QVERIFY(!test::probe(m_f->vault()).consentRepository().ofResident(id)->constFirst().isWithdrawn());
    QVERIFY(test::probe(m_f->vault()).database().exec(QStringLiteral("DROP TRIGGER temp.fail_withdrawal")).ok());
    QVERIFY(ResidentService(m_f->vault()).withdraw(id).ok());
    QCOMPARE(m_f->templatesOf(id), 0);
}

void TestWithdrawal::receiptPdf()
{
    const qint64 id = m_f->enroll(QStringLiteral("Zhao Liu"), QStringLiteral("7-702"), 2);
    Result<ResidentService::Withdrawal> w = ResidentService(m_f->vault()).withdraw(id, QStringLiteral("en"));
    QVERIFY(w.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("receipt.pdf"));
    Result<int> pages = DocumentRenderer(w->document).writePdf(path);
    QVERIFY2(pages.ok(), qPrintable(pages.errorMessage()));
    QCOMPARE(pages.value(), 1);
    QString error;
    const QString text = normalizedForSearch(pdfText(path, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &expected :
         { QStringLiteral("Zhao Liu"), QStringLiteral("7-702"), QStringLiteral("Sunrise Property Co."),
           QStringLiteral("010-12345678"), QStringLiteral("Face templates deleted"),
           QString::number(w->receipt.auditEventId) })
        QVERIFY2(text.contains(normalizedForSearch(expected)), qPrintable(expected));
    QVERIFY(text.contains(normalizedForSearch(QStringLiteral("Face templates deleted 2")))
            || text.contains(normalizedForSearch(QStringLiteral("Face templates deleted: 2"))));
}

void TestWithdrawal::unknownResident()
{
    QCOMPARE(ResidentService(m_f->vault()).withdraw(4242).errorKind(), ErrorKind::NotFound);
    QCOMPARE(ResidentService(m_f->vault()).details(4242).errorKind(), ErrorKind::NotFound);
    QCOMPARE(ResidentService(m_f->vault()).remove(4242).errorKind(), ErrorKind::NotFound);
    QCOMPARE(ResidentService(m_f->vault()).setMoveOut(4242, QDate(2026, 2, 1)).errorKind(), ErrorKind::NotFound);
}

void TestWithdrawal::roles_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("mayView");
    QTest::addColumn<bool>("mayEdit");
    QTest::addColumn<bool>("mayWithdraw");
    QTest::addColumn<bool>("mayDelete");
    QTest::newRow("manager") << int(Role::Manager) << true << true << true << true;
    QTest::newRow("staff") << int(Role::Staff) << true << true << true << false;
    QTest::newRow("auditor") << int(Role::Auditor) << false << false << false << false;
}

void TestWithdrawal::roles()
{
    QFETCH(int, role);
    QFETCH(bool, mayView);
    QFETCH(bool, mayEdit);
    QFETCH(bool, mayWithdraw);
    QFETCH(bool, mayDelete);
    const qint64 a = m_f->enroll(QStringLiteral("A"), QStringLiteral("1"), 1);
    const qint64 b = m_f->enroll(QStringLiteral("B"), QStringLiteral("2"), 1);
    if (Role(role) != Role::Manager)
        QVERIFY(m_f->switchTo(QStringLiteral("user"), Role(role)));
    ResidentService people(m_f->vault());
    const auto expect
        = [](const Status &s, bool allowed) { return allowed ? s.ok() : s.errorKind() == ErrorKind::Policy; };
    QVERIFY(expect(people.details(a).ok() ? Status() : Status(people.details(a).error()), mayView));
    QVERIFY(expect(people.count({}).ok() ? Status() : Status(people.count({}).error()), mayView));
    QVERIFY(expect(people.setMoveOut(a, m_f->clock->now().date().addDays(5)), mayEdit));
    Result<ResidentService::Withdrawal> w = people.withdraw(a);
    QVERIFY(expect(w.ok() ? Status() : Status(w.error()), mayWithdraw));
    QCOMPARE(m_f->templatesOf(a), mayWithdraw ? 0 : 1);
    Result<ResidentService::Deletion> d = people.remove(b);
    QVERIFY(expect(d.ok() ? Status() : Status(d.error()), mayDelete));
    QCOMPARE(test::probe(m_f->vault()).residentRepository().find(b).value().has_value(), !mayDelete);
}

void TestWithdrawal::deleteEntirelyKeepsAuditTrail()
{
    const qint64 id = m_f->enroll(QStringLiteral("Qian Qi"), QStringLiteral("9-9"), 2);
    Result<ResidentService::Deletion> d = ResidentService(m_f->vault()).remove(id, QStringLiteral("en"));
    QVERIFY2(d.ok(), qPrintable(d.errorMessage()));
    QCOMPARE(d->receipt.templatesDeleted, 2);
    QCOMPARE(d->receipt.consentsDeleted, 1);
    QVERIFY(!test::probe(m_f->vault()).residentRepository().find(id).value());
    QCOMPARE(m_f->templatesOf(id), 0);
    QCOMPARE(test::probe(m_f->vault())
                 .database()
                 .queryInt(QStringLiteral("SELECT count(*) FROM consents WHERE resident_id = %1").arg(id))
                 .value(),
             0);
    QVERIFY(test::probe(m_f->vault()).auditLog().eventsOfResident(id)->size() >= 3); // created, consent, deleted
    QCOMPARE(DocumentRenderer(d->document).pageCount(), 1);
    bool named = false;
    for (const DocumentBlock &block : d->document.blocks)
        named = named || block.value == QLatin1String("Qian Qi");
    QVERIFY(named); // the receipt is made before the name is gone
}

void TestWithdrawal::editDetailsAndMoveOut()
{
    const qint64 id = m_f->enroll(QStringLiteral("Sun Ba"), QStringLiteral("2-2"), 1);
    ResidentService people(m_f->vault());
    Resident r = people.details(id)->resident;
    r.name = QStringLiteral("Sun Ba (corrected)");
    r.unit = QStringLiteral("2-3");
    QVERIFY(people.edit(r).ok());
    QCOMPARE(people.details(id)->resident.unit, QStringLiteral("2-3"));
    r.name.clear();
    QCOMPARE(people.edit(r).errorKind(), ErrorKind::InvalidArgument);
    const QDate today = m_f->clock->now().date();
    QVERIFY(people.setMoveOut(id, today.addDays(3)).ok());
    Result<ResidentDetails> d = people.details(id);
    QCOMPARE(d->resident.moveOut, today.addDays(3));
    QCOMPARE(d->resident.status, Resident::Status::Active);
    QCOMPARE(d->row.retentionDue, today.addDays(33));
    QVERIFY(people.setMoveOut(id, today).ok());
    QCOMPARE(people.details(id)->resident.status, Resident::Status::MovedOut);
    QVERIFY(people.setMoveOut(id, QDate()).ok());
    QVERIFY(!people.details(id)->resident.moveOut.isValid());
    QCOMPARE(people.setMoveOut(id, r.moveIn.addDays(-1)).errorKind(), ErrorKind::InvalidArgument);
}

QTEST_MAIN(TestWithdrawal)
#include "tst_withdrawal.moc"
