// The residents table: paged query with search, filters and order; the details of one person; the
// residents an engine change sends back to enrollment.

#include "PeopleFixture.h"
#include "services/ResidentService.h"
#include "vision/EngineId.h"

#include <QTest>

using namespace consentry;
using namespace consentry::test;

class TestPeopleQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagesCoverEveryoneOnce();
    void searchByNameOrUnit_data();
    void searchByNameOrUnit();
    void stateFilter();
    void minorFilter();
    void retentionDueFilterAndOrder();
    void detailsOfOnePerson();
    void engineChange();

private:
    QList<qint64> ids(const ResidentFilter &filter, int offset = 0, int limit = 1000);
    std::unique_ptr<PeopleFixture> m_f;
    qint64 m_active = 0, m_declined = 0, m_withdrawn = 0, m_expired = 0, m_child = 0, m_none = 0;
};

void TestPeopleQuery::init()
{
    m_f = std::make_unique<PeopleFixture>();
    QVERIFY(m_f->create(10));
    const QDate today = m_f->clock->now().date();
    m_active = m_f->enroll(QStringLiteral("Alice Zhang"), QStringLiteral("A-101"), 2);
    m_declined = m_f->enroll(QStringLiteral("Bob Li"), QStringLiteral("B-202"), 0, QDate(), false);
    m_withdrawn = m_f->enroll(QStringLiteral("Carol Wang"), QStringLiteral("A-102"), 1);
    m_expired = m_f->enroll(QStringLiteral("Dan 100%_off"), QStringLiteral("C-303"), 1, today.addDays(-20));
    Resident child;
    child.name = QStringLiteral("Eve Zhao");
    child.unit = QStringLiteral("B-201");
    child.dateOfBirth = today.addYears(-8);
    Consent c = m_f->consent(true, QStringLiteral("Zhao Da")); // the guardian signs in their own name
    c.signerRole = Consent::SignerRole::Guardian;
    c.guardianName = QStringLiteral("Zhao Da");
    c.guardianRelation = QStringLiteral("father");
    m_child = ResidentService(m_f->vault()).enroll(child, c, { PeopleFixture::face() }).value().residentId;
    Resident nobody;
    nobody.name = QStringLiteral("Frank Sun");
    nobody.unit = QStringLiteral("D-404");
    m_none = ResidentService(m_f->vault()).create(nobody).value();
    QVERIFY(ResidentService(m_f->vault()).withdraw(m_withdrawn).ok());
    QCOMPARE(ResidentService(m_f->vault()).purgeExpired()->residentsPurged, 1);
}

void TestPeopleQuery::cleanup()
{
    m_f.reset();
}

QList<qint64> TestPeopleQuery::ids(const ResidentFilter &filter, int offset, int limit)
{
    QList<qint64> list;
    Result<QList<ResidentRow>> rows = ResidentService(m_f->vault()).page(filter, offset, limit);
    if (!rows.ok()) {
        qWarning("%s", qPrintable(rows.errorMessage()));
        return list;
    }
    for (const ResidentRow &r : rows.value())
        list << r.id;
    return list;
}

void TestPeopleQuery::pagesCoverEveryoneOnce()
{
    ResidentService people(m_f->vault());
    QCOMPARE(people.count({}).value(), 6);
    const QList<qint64> all = ids({});
    QCOMPARE(all, (QList<qint64> { m_active, m_declined, m_withdrawn, m_expired, m_child, m_none })); // by name
    QList<qint64> paged;
    for (int offset = 0; offset < 6; offset += 4)
        paged += ids({}, offset, 4);
    QCOMPARE(paged, all);
    ResidentFilter byUnitDesc;
    byUnitDesc.order = ResidentFilter::Order::Unit;
    byUnitDesc.descending = true;
    QCOMPARE(ids(byUnitDesc).constFirst(), m_none); // D-404
    QCOMPARE(ids(byUnitDesc).constLast(), m_declined); // a decline keeps no unit (issue 10 §6)
}

void TestPeopleQuery::searchByNameOrUnit_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("expected");
    QTest::newRow("name part") << QStringLiteral("zhang") << 1;
    QTest::newRow("unit block") << QStringLiteral("A-10") << 2;
    QTest::newRow("unit or name") << QStringLiteral("B-2") << 1; // the decline at B-202 keeps no unit
    QTest::newRow("percent is literal") << QStringLiteral("100%_") << 1;
    QTest::newRow("underscore is literal") << QStringLiteral("n_") << 0;
    QTest::newRow("nobody") << QStringLiteral("nobody at all") << 0;
    QTest::newRow("blank is everyone") << QStringLiteral("  ") << 6;
}

void TestPeopleQuery::searchByNameOrUnit()
{
    QFETCH(QString, search);
    QFETCH(int, expected);
    ResidentFilter filter;
    filter.search = search;
    QCOMPARE(ids(filter).size(), expected);
    QCOMPARE(ResidentService(m_f->vault()).count(filter).value(), expected);
}

void TestPeopleQuery::stateFilter()
{
    const QList<std::pair<ResidentRow::State, qint64>> expected { { ResidentRow::State::Active, m_active },
                                                                  { ResidentRow::State::Declined, m_declined },
                                                                  { ResidentRow::State::Withdrawn, m_withdrawn },
                                                                  { ResidentRow::State::Expired, m_expired },
                                                                  { ResidentRow::State::None, m_none } };
    for (const auto &[state, id] : expected) {
        ResidentFilter filter;
        filter.state = state;
        const QList<qint64> found = ids(filter);
        QVERIFY2(found.contains(id), qPrintable(ResidentRow::stateKey(state)));
        QCOMPARE(ResidentService(m_f->vault()).count(filter).value(), found.size());
    }
    ResidentFilter active;
    active.state = ResidentRow::State::Active;
    QCOMPARE(ids(active), (QList<qint64> { m_active, m_child }));
    QCOMPARE(ResidentRow::stateFromKey(QStringLiteral("expired")),
             std::optional<ResidentRow::State>(ResidentRow::State::Expired));
    QVERIFY(!ResidentRow::stateFromKey(QStringLiteral("bogus")));
}

void TestPeopleQuery::minorFilter()
{
    ResidentFilter minors;
    minors.minor = true;
    QCOMPARE(ids(minors), QList<qint64> { m_child });
    minors.minor = false;
    QCOMPARE(ids(minors).size(), 5);
    // The child is 8: still a minor at 13, no longer at 15.
    m_f->clock->advanceDays(5 * 365);
    minors.minor = true;
    QCOMPARE(ids(minors), QList<qint64> { m_child });
    m_f->clock->advanceDays(2 * 365);
    QCOMPARE(ids(minors), QList<qint64> {});
}

void TestPeopleQuery::retentionDueFilterAndOrder()
{
    const QDate today = m_f->clock->now().date();
    QVERIFY(ResidentService(m_f->vault()).setMoveOut(m_child, today.addDays(5)).ok()); // due today + 15
    ResidentFilter due;
    due.retentionDueWithinDays = 30;
    QCOMPARE(ids(due), QList<qint64> { m_child });
    due.retentionDueWithinDays = 14;
    QCOMPARE(ids(due), QList<qint64> {});
    ResidentFilter byDue;
    byDue.order = ResidentFilter::Order::RetentionDue;
    const QList<ResidentRow> rows = ResidentService(m_f->vault()).page(byDue, 0, 10).value();
    QCOMPARE(rows.at(0).id, m_child);
    QCOMPARE(rows.at(0).retentionDue, today.addDays(15));
    QCOMPARE(rows.at(1).id, m_active);
    QCOMPARE(rows.at(1).retentionDue, today.addDays(RetentionPolicy::kDefaultMaxTemplateAgeDays));
    QVERIFY(!rows.at(2).retentionDue.isValid()); // nothing left to purge for the others
}

void TestPeopleQuery::detailsOfOnePerson()
{
    Result<ResidentDetails> d = ResidentService(m_f->vault()).details(m_child);
    QVERIFY2(d.ok(), qPrintable(d.errorMessage()));
    QCOMPARE(d->resident.name, QStringLiteral("Eve Zhao"));
    QVERIFY(d->row.minor);
    QCOMPARE(d->row.templateCount, 1);
    QCOMPARE(d->consents.size(), 1);
    QCOMPARE(d->consents.constFirst().consent.guardianName, QStringLiteral("Zhao Da"));
    QCOMPARE(d->consents.constFirst().consent.witness, QStringLiteral("wang"));
    QVERIFY(!d->consents.constFirst().noticeVersion.isEmpty());
    QCOMPARE(d->templates.size(), 1);
    QCOMPARE(d->templates.constFirst().engineId + QLatin1Char('@') + d->templates.constFirst().modelSha256Hex,
             kEngineA);
    QCOMPARE(d->templates.constFirst().bytes, 512);
    QVERIFY(d->templates.constFirst().createdAt.isValid());
    QVERIFY(d->auditVisible);
    QVERIFY(d->events.size() >= 3); // created, consent granted, template created
    for (const AuditEvent &e : d->events)
        QCOMPARE(e.residentId, std::optional<qint64>(m_child));
    // Staff see the person, not the audit log.
    QVERIFY(m_f->switchTo(QStringLiteral("li"), Role::Staff));
    Result<ResidentDetails> staff = ResidentService(m_f->vault()).details(m_child);
    QVERIFY(staff.ok());
    QVERIFY(!staff->auditVisible);
    QVERIFY(staff->events.isEmpty());
}

void TestPeopleQuery::engineChange()
{
    EngineId active;
    active.name = QStringLiteral("sface-2021dec");
    active.modelSha256 = QStringLiteral("aaaa");
    active.dim = 128;
    QCOMPARE(active.key(), kEngineA);
    ResidentService people(m_f->vault());
    // The re-enrollment list is the Residents list filtered to holders of another engine's templates.
    const auto needing = [](const EngineId &engine) {
        ResidentFilter filter;
        filter.otherEngineThan = engine.key();
        return filter;
    };
    QCOMPARE(people.count(needing(active)).value(), 0);
    const qint64 old1
        = m_f->enroll(QStringLiteral("Old Engine One"), QStringLiteral("X-1"), 2, QDate(), true, kEngineB);
    const qint64 old2
        = m_f->enroll(QStringLiteral("Old Engine Two"), QStringLiteral("X-2"), 1, QDate(), true, kEngineB);
    QCOMPARE(people.count(needing(active)).value(), 2);
    Result<QList<ResidentRow>> rows = people.page(needing(active), 0, 10);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).id, old1);
    QCOMPARE(rows->at(1).id, old2);
    QCOMPARE(people.page(needing(active), 1, 10)->size(), 1);
    EngineId other = active;
    other.name = QStringLiteral("lbp-v1");
    other.modelSha256 = QStringLiteral("bbbb");
    QCOMPARE(people.count(needing(other)).value(), 2); // Alice and Eve hold engine A templates
    QVERIFY(people.withdraw(old1).ok());
    QCOMPARE(people.count(needing(active)).value(), 1);
}

QTEST_MAIN(TestPeopleQuery)
#include "tst_peoplequery.moc"
