// The audit hash chain: append inside transactions only, append-only in SQL, and verify() names the first
// broken link whatever was changed, removed or inserted.

#include "StoreProbe.h"
#include "VaultFixture.h"
#include "domain/AuditKind.h"
#include "repo/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QTest>

using namespace consentry;
using namespace consentry::test;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void chainVerifies();
    void appendNeedsATransaction();
    void rolledBackEventsLeaveNoTrace();
    void appendOnlyInSql();
    void tamperingIsNamed_data();
    void tamperingIsNamed();
    void holdsNoPersonalData();

private:
    void appendEvents(int n);
    std::unique_ptr<VaultFixture> m_f;
};

void TestAuditLog::init()
{
    m_f = std::make_unique<VaultFixture>();
    QVERIFY(m_f->create());
}

void TestAuditLog::cleanup()
{
    m_f.reset();
}

void TestAuditLog::appendEvents(int n)
{
    Database &db = test::probe(*m_f->vault).database();
    AuditLog log = test::probe(*m_f->vault).auditLog();
    Transaction tx(db);
    QVERIFY(tx.begin().ok());
    for (int i = 0; i < n; ++i)
        QVERIFY(log.append(AuditKind::SignagePrinted, QStringLiteral("wang"),
                           i % 2 ? std::optional<qint64>(i) : std::nullopt,
                           { { QStringLiteral("layout"), QStringLiteral("poster-a4") }, { QStringLiteral("n"), i } })
                    .ok());
    QVERIFY(tx.commit().ok());
}

void TestAuditLog::chainVerifies()
{
    appendEvents(10);
    AuditLog log = test::probe(*m_f->vault).auditLog();
    const Result<AuditVerification> v = log.verify();
    QVERIFY(v.ok());
    QVERIFY(v->ok);
    QCOMPARE(v->firstBroken, 0);
    QCOMPARE(v->events, log.count().value());
    QCOMPARE(v->headHash.size(), 32);
    const Result<QList<AuditEvent>> events = log.events();
    QCOMPARE(events->constFirst().prevHash, AuditLog::genesisHash(m_f->vault->storeId()));
    for (int i = 1; i < events->size(); ++i)
        QCOMPARE(events->at(i).prevHash, events->at(i - 1).hash);
}

void TestAuditLog::appendNeedsATransaction()
{
    AuditLog log = test::probe(*m_f->vault).auditLog();
    const Result<qint64> outside = log.append(AuditKind::Export, QStringLiteral("wang"), std::nullopt);
    QVERIFY(!outside.ok());
    QCOMPARE(outside.errorKind(), ErrorKind::Internal);
}

void TestAuditLog::rolledBackEventsLeaveNoTrace()
{
    const qint64 before = test::probe(*m_f->vault).auditLog().count().value();
    {
        Transaction tx(test::probe(*m_f->vault).database());
        QVERIFY(tx.begin().ok());
        QVERIFY(
            test::probe(*m_f->vault).auditLog().append(AuditKind::Export, QStringLiteral("wang"), std::nullopt).ok());
    }
    QCOMPARE(test::probe(*m_f->vault).auditLog().count().value(), before);
    appendEvents(1);
    QVERIFY(test::probe(*m_f->vault).auditLog().verify()->ok);
}

void TestAuditLog::appendOnlyInSql()
{
    appendEvents(3);
    Database &db = test::probe(*m_f->vault).database();
    QVERIFY(!db.exec(QStringLiteral("UPDATE audit_events SET actor = 'someone' WHERE id = 2")).ok());
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM audit_events WHERE id = 2")).ok());
    QVERIFY(test::probe(*m_f->vault).auditLog().verify()->ok);
}

void TestAuditLog::tamperingIsNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("firstBroken");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("details changed") << QStringLiteral("UPDATE audit_events SET details = '{\"n\":99}' WHERE id = 5")
                                     << 5 << QStringLiteral("changed after it was written");
    QTest::newRow("actor changed") << QStringLiteral("UPDATE audit_events SET actor = 'li' WHERE id = 6") << 6
                                   << QStringLiteral("changed after it was written");
    QTest::newRow("time changed") << QStringLiteral(
        "UPDATE audit_events SET at = '2020-01-01T00:00:00.000Z' WHERE id = 4")
                                  << 4 << QStringLiteral("changed after it was written");
    QTest::newRow("event removed") << QStringLiteral("DELETE FROM audit_events WHERE id = 5") << 6
                                   << QStringLiteral("does not follow event 4");
    QTest::newRow("first event removed") << QStringLiteral("DELETE FROM audit_events WHERE id = 1") << 2
                                         << QStringLiteral("does not follow");
    QTest::newRow("hash recomputed for a changed event")
        << QStringLiteral("UPDATE audit_events SET hash = zeroblob(32) WHERE id = 7") << 7
        << QStringLiteral("changed after it was written");
    QTest::newRow("event inserted") << QStringLiteral("UPDATE audit_events SET id = id + 100 WHERE id >= 6") << 106
                                    << QStringLiteral("does not follow");
}

void TestAuditLog::tamperingIsNamed()
{
    QFETCH(QString, sql);
    QFETCH(int, firstBroken);
    QFETCH(QString, mentions);
    appendEvents(8);
    Database &db = test::probe(*m_f->vault).database();
    // Someone with the key and an SQLite shell: drop the guards, then edit.
    QVERIFY(db.exec(QStringLiteral("DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete")).ok());
    QVERIFY(db.exec(sql).ok());
    const Result<AuditVerification> v = test::probe(*m_f->vault).auditLog().verify();
    QVERIFY(v.ok());
    QVERIFY(!v->ok);
    QCOMPARE(v->firstBroken, qint64(firstBroken));
    QVERIFY2(v->reason.contains(mentions), qPrintable(v->reason));
}

void TestAuditLog::holdsNoPersonalData()
{
    // The resident's name never enters the audit trail; only ids.
    Resident r;
    r.declareUnder14(false); // the age question is mandatory
    r.name = QStringLiteral("AUDIT_NAME_MARKER");
    Transaction tx(test::probe(*m_f->vault).database());
    QVERIFY(tx.begin().ok());
    const qint64 id = test::probe(*m_f->vault).residentRepository().add(r).value();
    QVERIFY(test::probe(*m_f->vault).auditLog().append(AuditKind::ResidentCreated, QStringLiteral("wang"), id).ok());
    QVERIFY(tx.commit().ok());
    QCOMPARE(test::probe(*m_f->vault)
                 .database()
                 .queryInt(QStringLiteral("SELECT count(*) FROM audit_events WHERE details LIKE '%AUDIT_NAME_MARKER%'"))
                 .value(),
             0);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
