// The change feed in core: what a committed unit of work changed is announced once, after the call has
// returned, with the people concerned; a refusal announces only its audit record; work that fails announces
// nothing.

#include "VaultFixture.h"
#include "services/ChangeFeed.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"

#include <QSignalSpy>
#include <QTest>

using namespace consentry;
using namespace consentry::test;
using Kind = ChangeSet::Kind;

class TestChangeFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void committedWorkIsAnnouncedAfterTheCall();
    void failedWorkAnnouncesNothing();
    void refusalAnnouncesOnlyItsRecord();
    void withdrawalAnnouncesTheTemplates();
    void settingsAndNotice();

private:
    qint64 enrolled();
    std::unique_ptr<VaultFixture> m_f;
};

void TestChangeFeed::init()
{
    m_f = std::make_unique<VaultFixture>();
    QVERIFY(m_f->create());
}

qint64 TestChangeFeed::enrolled()
{
    Vault &v = *m_f->vault;
    Consent c;
    c.noticeVersionId = SettingsService(v).currentNotice(QStringLiteral("en")).value().id;
    c.decision = Consent::Decision::Granted;
    c.signer = QStringLiteral("Signer");
    c.signedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    StoredTemplate t;
    t.engineId = QStringLiteral("test-engine");
    t.modelSha256 = QByteArray(32, '\1');
    t.vector = QByteArray(512, '\2');
    Resident r;
    r.declareUnder14(false); // the age question is mandatory
    r.name = QStringLiteral("Zhang San");
    return ResidentService(v).enroll(r, c, { t }).value().residentId;
}

void TestChangeFeed::committedWorkIsAnnouncedAfterTheCall()
{
    QSignalSpy changed(&m_f->vault->changes(), &ChangeFeed::changed);
    QSignalSpy residents(&m_f->vault->changes(), &ChangeFeed::residentsChanged);
    const qint64 id = enrolled();
    QCOMPARE(changed.count(), 0); // not from inside the service call
    QTRY_COMPARE(changed.count(), 1); // one notice for the whole unit of work
    const ChangeSet set = changed.first().first().value<ChangeSet>();
    QVERIFY(set.has(Kind::ResidentCreated));
    QVERIFY(set.has(Kind::ConsentRecorded));
    QVERIFY(set.has(Kind::TemplatesChanged));
    QVERIFY(set.has(Kind::AuditAppended));
    QCOMPARE(set.residentIds(), QList<qint64> { id });
    QCOMPARE(residents.count(), 1);
    QCOMPARE(residents.first().first().value<QList<qint64>>(), QList<qint64> { id });
}

void TestChangeFeed::failedWorkAnnouncesNothing()
{
    QSignalSpy changed(&m_f->vault->changes(), &ChangeFeed::changed);
    Resident nameless;
    QCOMPARE(ResidentService(*m_f->vault).create(nameless).errorKind(), ErrorKind::InvalidArgument);
    QCOMPARE(ResidentService(*m_f->vault).withdraw(4242).errorKind(), ErrorKind::NotFound);
    // A later success is announced alone: nothing of the failures was queued.
    Resident named;
    named.name = QStringLiteral("Li Si");
    QVERIFY(ResidentService(*m_f->vault).create(named).ok());
    QTRY_COMPARE(changed.count(), 1);
    QTest::qWait(50);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<ChangeSet>().residentIds().size(), 1);
}

void TestChangeFeed::refusalAnnouncesOnlyItsRecord()
{
    const qint64 id = enrolled();
    QVERIFY(UserService(*m_f->vault).add(QStringLiteral("li"), Role::Staff, password("staff-pass")).ok());
    QVERIFY(m_f->vault->unlock(QStringLiteral("wang"), password("manager-pass")).errorKind()
            == ErrorKind::InvalidArgument); // already unlocked
    m_f->vault->lock();
    QVERIFY(m_f->vault->unlock(QStringLiteral("li"), password("staff-pass")).ok());
    QTest::qWait(20);
    QSignalSpy changed(&m_f->vault->changes(), &ChangeFeed::changed);
    QCOMPARE(ResidentService(*m_f->vault).remove(id).errorKind(), ErrorKind::Policy); // staff may not delete
    QTRY_COMPARE(changed.count(), 1);
    const ChangeSet set = changed.first().first().value<ChangeSet>();
    QCOMPARE(set.kinds(), QList<Kind> { Kind::AuditAppended });
    QVERIFY(!set.touchesResidents());
}

void TestChangeFeed::withdrawalAnnouncesTheTemplates()
{
    const qint64 id = enrolled();
    QTest::qWait(20);
    QSignalSpy templates(&m_f->vault->changes(), &ChangeFeed::templatesChanged);
    QSignalSpy residents(&m_f->vault->changes(), &ChangeFeed::residentsChanged);
    QVERIFY(ResidentService(*m_f->vault).withdraw(id).ok());
    QTRY_COMPARE(templates.count(), 1);
    QCOMPARE(templates.first().first().value<QList<qint64>>(), QList<qint64> { id });
    QCOMPARE(residents.count(), 1);
}

void TestChangeFeed::settingsAndNotice()
{
    QSignalSpy settings(&m_f->vault->changes(), &ChangeFeed::settingsChanged);
    QSignalSpy changed(&m_f->vault->changes(), &ChangeFeed::changed);
    SiteProfile p = sampleCompleteProfile(); // an incomplete profile publishes no notice
    p.purpose = QStringLiteral("Opening the lobby door and the garage");
    QVERIFY(SettingsService(*m_f->vault).setSiteProfile(p).ok());
    QTRY_COMPARE(settings.count(), 1);
    const ChangeSet set = changed.first().first().value<ChangeSet>();
    QVERIFY(set.has(Kind::SettingsChanged));
    QVERIFY(set.has(Kind::NoticePublished)); // the profile and the notice it makes, in one commit
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
