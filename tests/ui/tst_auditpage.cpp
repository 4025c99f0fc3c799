// Audit screen: the model reads the log lazily through AuditService (checked by QAbstractItemModelTester),
// the filters narrow it by user, resident, kind and day, staff are refused by the core, and "Verify chain"
// names the first broken link after someone edits a row behind the application's back.

#include "Screenshot.h"
#include "StoreProbe.h"
#include "VaultFixture.h"
#include "Widgets.h"
#include "audit/AuditFilter.h"
#include "audit/AuditModel.h"
#include "audit/AuditPage.h"
#include "domain/AuditKind.h"
#include "platform/Language.h"
#include "repo/AuditLog.h"
#include "services/AuditService.h"
#include "services/ResidentService.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "vault/Unlocker.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

class TestAuditPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelIsHonestAndLazy();
    void filterNarrowsTheList();
    void filterWidgetsDriveTheModel();
    void staffAreRefusedByTheCore();
    void verifyChainIntact();
    void verifyChainNamesTheBrokenLink();

private:
    static int fetchAll(AuditModel &model);
    std::unique_ptr<test::VaultFixture> m_store;
    QList<qint64> m_residents;
};

void TestAuditPage::initTestCase()
{
    const QString lang = qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("en"));
    QVERIFY(Language::install(lang));
}

void TestAuditPage::init()
{
    m_store = std::make_unique<test::VaultFixture>();
    QVERIFY(m_store->create());
    Vault &vault = *m_store->vault;
    QVERIFY(m_store->addUser(QStringLiteral("li"), Role::Staff, "staff-pass"));
    QVERIFY(m_store->addUser(QStringLiteral("zhao"), Role::Auditor, "auditor-pass"));
    m_residents.clear();
    for (int i = 0; i < 12; ++i) {
        Resident r;
        r.declareUnder14(false); // the age question is mandatory
        r.name = QStringLiteral("Resident %1").arg(i);
        r.unit = QStringLiteral("A-%1").arg(100 + i);
        Result<qint64> id = ResidentService(vault).create(r);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        m_residents << id.value();
    }
    // The auditor signs in once (a second actor in the log), then the manager again.
    QVERIFY(m_store->switchTo(QStringLiteral("zhao")));
    QVERIFY(m_store->switchTo(QStringLiteral("wang")));
}

void TestAuditPage::cleanup()
{
    if (m_store && m_store->vault && !m_store->vault->isLocked())
        m_store->vault->lock();
    m_store.reset();
}

int TestAuditPage::fetchAll(AuditModel &model)
{
    int guard = 0;
    while (model.canFetchMore(QModelIndex()) && ++guard < 10000)
        model.fetchMore(QModelIndex());
    return model.rowCount();
}

void TestAuditPage::modelIsHonestAndLazy()
{
    Vault &vault = *m_store->vault;
    const qint64 total = test::probe(vault).auditLog().count().value();
    QVERIFY(total > 20);

    {
        // Lazy: a page at a time (no tester here: it fetches more on every signal, as a view may).
        AuditModel lazy(vault);
        lazy.setPageSize(7);
        QVERIFY(lazy.reload().ok());
        QCOMPARE(lazy.rowCount(), 7); // one page, not the whole log
        QVERIFY(lazy.canFetchMore(QModelIndex()));
        lazy.fetchMore(QModelIndex());
        QCOMPARE(lazy.rowCount(), 14);
        QCOMPARE(fetchAll(lazy), int(total));
        QVERIFY(!lazy.canFetchMore(QModelIndex()));
    }

    AuditModel model(vault);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(7);
    QVERIFY(model.reload().ok());
    QCOMPARE(fetchAll(model), int(total));
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(model.lastError().isEmpty());

    // Oldest first, the chain's own order, with readable kinds and the resident's number (never a name).
    QCOMPARE(model.index(0, AuditModel::IdColumn).data().toLongLong(), qint64(1));
    QCOMPARE(model.index(0, AuditModel::KindColumn).data(AuditModel::KindKeyRole).toString(), AuditKind::StoreCreated);
    int createdRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(AuditModel::KindKeyRole).toString() == AuditKind::ResidentCreated) {
            createdRow = row;
            break;
        }
    }
    QVERIFY(createdRow >= 0);
    QCOMPARE(model.index(createdRow, AuditModel::ResidentColumn).data().toLongLong(), m_residents.first());
    QCOMPARE(model.index(createdRow, AuditModel::ActorColumn).data().toString(), QStringLiteral("wang"));
    QVERIFY(model.index(createdRow, AuditModel::KindColumn).data().toString() != AuditKind::ResidentCreated);

    // New events appear after a reload.
    Resident r;
    r.declareUnder14(false); // the age question is mandatory
    r.name = QStringLiteral("Late arrival");
    QVERIFY(ResidentService(vault).create(r).ok());
    QVERIFY(model.reload().ok());
    QCOMPARE(fetchAll(model), int(test::probe(vault).auditLog().count().value()));
}

void TestAuditPage::filterNarrowsTheList()
{
    Vault &vault = *m_store->vault;
    AuditModel model(vault);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(4);

    AuditFilter byKind;
    byKind.kind = AuditKind::ResidentCreated;
    model.setFilter(byKind);
    QCOMPARE(fetchAll(model), 12);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(AuditModel::KindKeyRole).toString(), AuditKind::ResidentCreated);

    AuditFilter byActor;
    byActor.actor = QStringLiteral("ZHAO"); // case does not matter
    model.setFilter(byActor);
    QVERIFY(fetchAll(model) >= 1);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, AuditModel::ActorColumn).data().toString(), QStringLiteral("zhao"));

    AuditFilter byResident;
    byResident.residentId = m_residents.at(3);
    model.setFilter(byResident);
    QCOMPARE(fetchAll(model), 1);
    QCOMPARE(model.index(0, AuditModel::ResidentColumn).data().toLongLong(), m_residents.at(3));

    // Days: everything happened today; tomorrow onwards is empty, up to yesterday too.
    const QDate today = QDateTime::currentDateTime().date();
    AuditFilter future;
    future.from = today.addDays(1);
    model.setFilter(future);
    QCOMPARE(fetchAll(model), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    AuditFilter past;
    past.to = today.addDays(-1);
    model.setFilter(past);
    QCOMPARE(fetchAll(model), 0);
    AuditFilter todayOnly;
    todayOnly.from = today;
    todayOnly.to = today;
    todayOnly.kind = AuditKind::UserAdded;
    model.setFilter(todayOnly);
    QCOMPARE(fetchAll(model), 3); // wang at setup, li and zhao

    model.setFilter(AuditFilter());
    QCOMPARE(fetchAll(model), int(test::probe(vault).auditLog().count().value()));
}

void TestAuditPage::filterWidgetsDriveTheModel()
{
    AuditPage page(*m_store->vault);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    test::saveScreenshot(&page, QStringLiteral("audit-all"));
    const int all = page.model()->rowCount();
    QVERIFY(all > 0);

    auto *kind = child<QComboBox>(page, "kindFilter");
    kind->setCurrentIndex(kind->findData(AuditKind::ResidentCreated));
    QCOMPARE(page.model()->filter().kind, AuditKind::ResidentCreated);
    QCOMPARE(page.model()->rowCount(), 12);
    QVERIFY(child<QLabel>(page, "countLabel")->text().contains(QLatin1String("12")));

    QTest::keyClicks(child<QLineEdit>(page, "residentFilter"), QString::number(m_residents.at(5)));
    QTRY_COMPARE(page.model()->rowCount(), 1); // debounced
    QCOMPARE(page.model()->index(0, AuditModel::ResidentColumn).data().toLongLong(), m_residents.at(5));
    test::saveScreenshot(&page, QStringLiteral("audit-filtered"));

    // The resident box takes digits only.
    child<QLineEdit>(page, "residentFilter")->clear();
    QTest::keyClicks(child<QLineEdit>(page, "residentFilter"), QStringLiteral("abc"));
    QCOMPARE(child<QLineEdit>(page, "residentFilter")->text(), QString());

    QTest::keyClicks(child<QLineEdit>(page, "actorFilter"), QStringLiteral("nobody"));
    QTRY_COMPARE(page.model()->filter().actor, QStringLiteral("nobody"));
    QCOMPARE(page.model()->rowCount(), 0);

    child<QCheckBox>(page, "useFromDate")->setChecked(true);
    QVERIFY(child<QDateEdit>(page, "fromDate")->isEnabled());
    QVERIFY(page.model()->filter().from.isValid());

    QTest::mouseClick(child<QPushButton>(page, "clearFilters"), Qt::LeftButton);
    QVERIFY(page.model()->filter().isEmpty());
    QVERIFY(!child<QDateEdit>(page, "fromDate")->isEnabled());
    QCOMPARE(page.model()->rowCount(), all);
}

void TestAuditPage::staffAreRefusedByTheCore()
{
    std::unique_ptr<Vault> staff = m_store->openAs(QStringLiteral("li"));
    QVERIFY(staff);
    AuditModel model(*staff);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Status status = model.reload();
    QVERIFY2(status.errorKind() == ErrorKind::Policy, qPrintable(status.errorMessage()));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex())); // no retry loop against a refusal
    QVERIFY(!model.lastError().isEmpty());
    staff->lock();

    // The auditor may read it.
    std::unique_ptr<Vault> auditor = m_store->openAs(QStringLiteral("zhao"));
    QVERIFY(auditor);
    AuditModel allowed(*auditor);
    QVERIFY(allowed.reload().ok());
    QVERIFY(allowed.rowCount() > 0);
    auditor->lock();
}

void TestAuditPage::verifyChainIntact()
{
    AuditPage page(*m_store->vault);
    page.resize(1100, 700);
    page.show();
    QTest::mouseClick(child<QPushButton>(page, "verifyChainButton"), Qt::LeftButton);
    auto *result = child<QLabel>(page, "chainResult");
    const qint64 total = test::probe(*m_store->vault).auditLog().count().value();
    QVERIFY2(result->text().contains(QString::number(total)), qPrintable(result->text()));
    QCOMPARE(page.model()->brokenEventId(), qint64(0));
    QCoreApplication::processEvents();
    test::saveScreenshot(&page, QStringLiteral("audit-chain-intact"));
}

void TestAuditPage::verifyChainNamesTheBrokenLink()
{
    Vault &vault = *m_store->vault;
    // Someone with the key and an SQLite shell drops the guards and edits one event.
    Database &db = test::probe(vault).database();
    QVERIFY(db.exec(QStringLiteral("DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete")).ok());
    QVERIFY(db.exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE id = 9")).ok());

    AuditPage page(vault);
    page.model()->setPageSize(3); // the broken event lies beyond the first page
    page.applyFilter();
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 3);
    QTest::mouseClick(child<QPushButton>(page, "verifyChainButton"), Qt::LeftButton);
    auto *result = child<QLabel>(page, "chainResult");
    QCOMPARE(page.model()->brokenEventId(), qint64(9));
    QVERIFY2(result->text().contains(QLatin1String("9")), qPrintable(result->text()));
    const int row = page.model()->rowOfEvent(9);
    QVERIFY(row >= 0);
    QVERIFY(page.model()->index(row, 0).data(AuditModel::BrokenLinkRole).toBool());
    QVERIFY(page.model()->index(row, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!page.model()->index(0, 0).data(AuditModel::BrokenLinkRole).toBool());
    const QModelIndexList selected = page.view()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), row);
    QCoreApplication::processEvents();
    test::saveScreenshot(&page, QStringLiteral("audit-chain-broken"));

    // With a filter hiding that event, the message says how to see it.
    QTest::keyClicks(child<QLineEdit>(page, "actorFilter"), QStringLiteral("zhao"));
    page.applyFilter();
    QTest::mouseClick(child<QPushButton>(page, "verifyChainButton"), Qt::LeftButton);
    QCOMPARE(page.model()->rowOfEvent(9), -1);
    QCOMPARE(page.model()->brokenEventId(), qint64(9));
}

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
