// Residents screen: the model reads ResidentService's paged query lazily (QAbstractItemModelTester over a few
// thousand residents), search and filters run in core, each role sees only the actions it may take (and the
// core's refusal if one is forced), and withdrawing from the screen leaves no template of that person.

#include "PeopleFixture.h"
#include "PromptAnswers.h"
#include "Screenshot.h"
#include "Widgets.h"
#include "people/EditResidentDialog.h"
#include "people/MoveOutDialog.h"
#include "people/ResidentDetailPane.h"
#include "people/ResidentsModel.h"
#include "people/ResidentsPage.h"
#include "platform/Formats.h"
#include "platform/Language.h"
#include "services/ResidentService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

class TestResidentsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelIsHonestAndLazyOverThousands();
    void searchAndFilters();
    void actionsFollowTheRole_data();
    void actionsFollowTheRole();
    void staffDeleteIsRefusedByTheCore();
    void withdrawLeavesNoTemplates();
    void withdrawCancelledKeepsEverything();
    void managerDeletesAResident();
    void editAndMoveOut();
    void exportWritesThePackage();
    void reenrollmentListIsWorkedThrough();
    void reducedRecordsAreShownForWhatTheyAre();

private:
    void seed();
    std::unique_ptr<test::PeopleFixture> m_f;
    QTemporaryDir m_out;
    qint64 m_zhang = 0, m_li = 0, m_wang = 0, m_chen = 0, m_child = 0;
};

void TestResidentsPage::initTestCase()
{
    const QString lang = qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("en"));
    QVERIFY(Language::install(lang));
    QVERIFY(m_out.isValid());
}

void TestResidentsPage::init()
{
    m_f = std::make_unique<test::PeopleFixture>();
    QVERIFY(m_f->create(30));
    seed();
}

void TestResidentsPage::cleanup()
{
    if (m_f && m_f->store.vault && !m_f->vault().isLocked())
        m_f->vault().lock();
    m_f.reset();
}

void TestResidentsPage::seed()
{
    const QDate today = m_f->clock->now().date();
    m_zhang = m_f->enroll(QStringLiteral("Zhang Wei"), QStringLiteral("A-101"), 2);
    m_li = m_f->enroll(QStringLiteral("Li Na"), QStringLiteral("B-202"), 0, QDate(), false);
    m_wang = m_f->enroll(QStringLiteral("Wang Fang"), QStringLiteral("C-303"), 1, today.addDays(-20)); // due in 10 days
    m_chen = m_f->enroll(QStringLiteral("Chen Jie"), QStringLiteral("D-404"), 3);
    Resident child;
    child.name = QStringLiteral("Zhou Xiaoming");
    child.unit = QStringLiteral("A-102");
    child.minorFlag = true;
    Result<qint64> id = ResidentService(m_f->vault()).create(child);
    QVERIFY(id.ok());
    m_child = id.value();
    QVERIFY(m_zhang && m_li && m_wang && m_chen);
}

void TestResidentsPage::modelIsHonestAndLazyOverThousands()
{
    Vault &vault = m_f->vault();
    for (int i = 0; i < 3000; ++i) {
        Resident r;
        r.declareUnder14(false); // the age question is mandatory
        r.name = QStringLiteral("Guest %1").arg(i, 5, 10, QLatin1Char('0'));
        r.unit = QStringLiteral("R-%1").arg(i % 400);
        QVERIFY(ResidentService(vault).create(r).ok());
    }
    const int total = 3005;
    {
        ResidentsModel lazy(vault);
        QVERIFY(lazy.reload().ok());
        QCOMPARE(lazy.totalCount(), qint64(total));
        QCOMPARE(lazy.rowCount(), 200); // one page, not 3,005 rows
        QVERIFY(lazy.canFetchMore(QModelIndex()));
        lazy.fetchMore(QModelIndex());
        QCOMPARE(lazy.rowCount(), 400);
    }
    ResidentsModel model(vault);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(500);
    QVERIFY(model.reload().ok());
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), total);
    // Ordered by name, with the columns a desk needs.
    QCOMPARE(model.index(0, ResidentsModel::NameColumn).data().toString(), QStringLiteral("Chen Jie"));
    QCOMPARE(model.index(0, ResidentsModel::TemplatesColumn).data().toInt(), 3);
    QCOMPARE(model.index(0, ResidentsModel::StateColumn).data(ResidentsModel::StateKeyRole).toString(),
             QStringLiteral("active"));

    ResidentFilter search;
    search.search = QStringLiteral("guest 00299");
    model.setFilter(search);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ResidentsModel::UnitColumn).data().toString(), QStringLiteral("R-299"));
}

void TestResidentsPage::searchAndFilters()
{
    ResidentsPage page(m_f->vault());
    page.resize(1280, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 5);
    QCoreApplication::processEvents();
    test::saveScreenshot(&page, QStringLiteral("residents-all"));

    QTest::keyClicks(child<QLineEdit>(page, "residentSearch"), QStringLiteral("zh"));
    QTRY_COMPARE(page.model()->filter().search, QStringLiteral("zh")); // debounced
    QCOMPARE(page.model()->rowCount(), 2); // Zhang Wei and Zhou Xiaoming
    // (A decline keeps no unit/room: issue 10 §6. Search the room of someone who consented.)
    child<QLineEdit>(page, "residentSearch")->setText(QStringLiteral("C-303"));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->residentRow(0).id, m_wang);
    child<QLineEdit>(page, "residentSearch")->clear();
    QTRY_COMPARE(page.model()->rowCount(), 5);

    auto expect = [&](ResidentsPage::FilterChoice choice, QList<qint64> ids) {
        page.setFilterChoice(choice);
        QList<qint64> got;
        for (int row = 0; row < page.model()->rowCount(); ++row)
            got << page.model()->residentRow(row).id;
        std::sort(got.begin(), got.end());
        std::sort(ids.begin(), ids.end());
        return got == ids;
    };
    QVERIFY(expect(ResidentsPage::FilterChoice::Declined, { m_li }));
    QVERIFY(expect(ResidentsPage::FilterChoice::Minors, { m_child }));
    QVERIFY(expect(ResidentsPage::FilterChoice::NoDecision, { m_child }));
    QVERIFY(expect(ResidentsPage::FilterChoice::DueSoon, { m_wang }));
    QVERIFY(page.model()->index(0, ResidentsModel::RetentionDueColumn).data(Qt::ForegroundRole).isValid());
    QCoreApplication::processEvents();
    test::saveScreenshot(&page, QStringLiteral("residents-due-soon"));
    QVERIFY(expect(ResidentsPage::FilterChoice::Active, { m_zhang, m_wang, m_chen }));
    QVERIFY(expect(ResidentsPage::FilterChoice::All, { m_zhang, m_li, m_wang, m_chen, m_child }));
    QVERIFY(child<QLabel>(page, "residentCount")->text().contains(QLatin1String("5")));
}

void TestResidentsPage::actionsFollowTheRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("edit");
    QTest::addColumn<bool>("withdraw");
    QTest::addColumn<bool>("remove");
    QTest::addColumn<bool>("exportPackage");
    QTest::newRow("manager") << int(Role::Manager) << true << true << true << true;
    QTest::newRow("staff") << int(Role::Staff) << true << true << false << false;
    QTest::newRow("auditor") << int(Role::Auditor) << false << false << false << false;
}

void TestResidentsPage::actionsFollowTheRole()
{
    QFETCH(int, role);
    QFETCH(bool, edit);
    QFETCH(bool, withdraw);
    QFETCH(bool, remove);
    QFETCH(bool, exportPackage);
    if (Role(role) == Role::Staff)
        QVERIFY(m_f->switchTo(QStringLiteral("li"), Role::Staff));
    if (Role(role) == Role::Auditor)
        QVERIFY(m_f->switchTo(QStringLiteral("zhao"), Role::Auditor));
    ResidentsPage page(m_f->vault());
    page.resize(1280, 760);
    page.show();
    if (Role(role) == Role::Auditor) {
        // The core refuses the list itself: nothing is shown, the refusal is.
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(!page.model()->lastError().isEmpty());
        QCOMPARE(child<QLabel>(page, "residentCount")->text(), page.model()->lastError());
    } else {
        QVERIFY(page.selectResident(m_zhang));
        QCOMPARE(page.detailPane()->residentId(), m_zhang);
    }
    QCOMPARE(child<QPushButton>(page, "editButton")->isEnabled(), edit);
    QCOMPARE(child<QPushButton>(page, "moveOutButton")->isEnabled(), edit);
    QCOMPARE(child<QPushButton>(page, "reenrollButton")->isEnabled(), edit);
    QCOMPARE(child<QPushButton>(page, "withdrawButton")->isEnabled(), withdraw);
    QCOMPARE(child<QPushButton>(page, "deleteButton")->isEnabled(), remove);
    QCOMPARE(child<QPushButton>(page, "exportButton")->isEnabled(), exportPackage);
    if (Role(role) == Role::Staff) {
        // Greyed out with the reason; the audit events of the person are for managers and auditors.
        QVERIFY(!child<QPushButton>(page, "deleteButton")->toolTip().isEmpty());
        QVERIFY(child<QLabel>(page, "eventsHidden")->isVisible());
        QVERIFY(!child<QTableWidget>(page, "eventsTable")->isVisible());
        QCoreApplication::processEvents();
        test::saveScreenshot(&page, QStringLiteral("residents-staff"));
    }
    if (Role(role) == Role::Manager) {
        QVERIFY(child<QTableWidget>(page, "eventsTable")->isVisible());
        QVERIFY(child<QTableWidget>(page, "eventsTable")->rowCount() > 0);
        QCOMPARE(child<QTableWidget>(page, "templatesTable")->rowCount(), 2);
        QCOMPARE(child<QTableWidget>(page, "consentsTable")->rowCount(), 1);
        QCoreApplication::processEvents();
        test::saveScreenshot(&page, QStringLiteral("residents-manager-detail"));
    }
    // A declined person has nothing to withdraw.
    if (Role(role) != Role::Auditor) {
        QVERIFY(page.selectResident(m_li));
        QVERIFY(!child<QPushButton>(page, "withdrawButton")->isEnabled());
    }
}

void TestResidentsPage::staffDeleteIsRefusedByTheCore()
{
    QVERIFY(m_f->switchTo(QStringLiteral("li"), Role::Staff));
    ResidentsPage page(m_f->vault());
    test::PromptAnswers answers;
    answers.yes();
    QVERIFY(page.selectResident(m_chen));
    page.deleteSelected(); // forced past the greyed-out button
    QVERIFY2(answers.allUsed(), answers.report().constData()); // asked, then refused: no receipt offered
    QVERIFY(!page.lastMessage().isEmpty());
    QCOMPARE(page.lastMessage(), AccessControl::check(Role::Staff, Permission::DeleteResidents).errorMessage());
    QCOMPARE(m_f->templatesOf(m_chen), qint64(3));
    QVERIFY(page.model()->rowOfResident(m_chen) >= 0);
}

void TestResidentsPage::withdrawLeavesNoTemplates()
{
    QVERIFY(m_f->switchTo(QStringLiteral("li"), Role::Staff)); // front desk may do it
    ResidentsPage page(m_f->vault());
    page.resize(1280, 760);
    page.show();
    const QString receipt = m_out.filePath(QStringLiteral("withdrawal-receipt-%1.pdf").arg(m_zhang));
    test::PromptAnswers answers;
    answers.yes().path(receipt);
    QVERIFY(page.selectResident(m_zhang));
    QCOMPARE(m_f->templatesOf(m_zhang), qint64(2));
    QTest::mouseClick(child<QPushButton>(page, "withdrawButton"), Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData()); // confirmed, then the receipt was offered
    QCOMPARE(answers.asked().size(), 2);
    QVERIFY(answers.asked().last().endsWith(QFileInfo(receipt).fileName())); // the suggested name
    QCOMPARE(m_f->templatesOf(m_zhang), qint64(0));
    const int row = page.model()->rowOfResident(m_zhang);
    QCOMPARE(page.model()->residentRow(row).state, ResidentRow::State::Withdrawn);
    QCOMPARE(page.model()->residentRow(row).templateCount, 0);
    QCOMPARE(child<QTableWidget>(page, "templatesTable")->rowCount(), 0);
    QVERIFY(!child<QPushButton>(page, "withdrawButton")->isEnabled());
    // The receipt was offered and saved as a PDF.
    QVERIFY(QFileInfo(receipt).size() > 1000);
    QVERIFY(page.lastMessage().contains(QDir::toNativeSeparators(receipt)));
    QCoreApplication::processEvents();
    test::saveScreenshot(&page, QStringLiteral("residents-withdrawn"));
}

void TestResidentsPage::withdrawCancelledKeepsEverything()
{
    ResidentsPage page(m_f->vault());
    test::PromptAnswers answers;
    answers.cancel();
    QVERIFY(page.selectResident(m_chen));
    page.withdrawSelected();
    QVERIFY2(answers.allUsed(), answers.report().constData()); // asked once, and nothing else after Cancel
    QCOMPARE(m_f->templatesOf(m_chen), qint64(3));
    QCOMPARE(page.model()->residentRow(page.model()->rowOfResident(m_chen)).state, ResidentRow::State::Active);
}

void TestResidentsPage::managerDeletesAResident()
{
    ResidentsPage page(m_f->vault());
    test::PromptAnswers answers;
    answers.yes().path(m_out.filePath(QStringLiteral("deletion-receipt-%1.pdf").arg(m_chen)));
    QVERIFY(page.selectResident(m_chen));
    QTest::mouseClick(child<QPushButton>(page, "deleteButton"), Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QCOMPARE(page.model()->rowOfResident(m_chen), -1);
    QCOMPARE(page.model()->totalCount(), qint64(4));
    QCOMPARE(m_f->templatesOf(m_chen), qint64(0));
    QCOMPARE(ResidentService(m_f->vault()).details(m_chen).errorKind(), ErrorKind::NotFound);
    QCOMPARE(page.selectedResidentId(), qint64(0));
    QVERIFY(QFileInfo::exists(m_out.filePath(QStringLiteral("deletion-receipt-%1.pdf").arg(m_chen))));
}

void TestResidentsPage::editAndMoveOut()
{
    ResidentsPage page(m_f->vault());
    page.resize(1280, 760);
    page.show();
    QVERIFY(page.selectResident(m_chen));
    QTest::mouseClick(child<QPushButton>(page, "editButton"), Qt::LeftButton);
    auto *dialog = page.findChild<EditResidentDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCoreApplication::processEvents();
    test::saveScreenshot(dialog, QStringLiteral("residents-edit-dialog"));
    child<QLineEdit>(*dialog, "unitEdit")->setText(QStringLiteral("D-405"));
    dialog->accept();
    QCOMPARE(page.model()->residentRow(page.model()->rowOfResident(m_chen)).unit, QStringLiteral("D-405"));
    QCOMPARE(ResidentService(m_f->vault()).details(m_chen)->resident.unit, QStringLiteral("D-405"));

    // An empty name is refused by the core, and the screen says so.
    QTest::mouseClick(child<QPushButton>(page, "editButton"), Qt::LeftButton);
    QTRY_VERIFY(page.findChild<EditResidentDialog *>() && page.findChild<EditResidentDialog *>()->isVisible());
    dialog = page.findChild<EditResidentDialog *>();
    child<QLineEdit>(*dialog, "nameEdit")->clear();
    dialog->accept();
    QVERIFY(!page.lastMessage().isEmpty());
    QCOMPARE(ResidentService(m_f->vault()).details(m_chen)->resident.name, QStringLiteral("Chen Jie"));

    // Move-out date: the retention clock starts, and the row shows the deletion day.
    QTest::mouseClick(child<QPushButton>(page, "moveOutButton"), Qt::LeftButton);
    QTRY_VERIFY(page.findChild<MoveOutDialog *>() && page.findChild<MoveOutDialog *>()->isVisible());
    auto *moveOut = page.findChild<MoveOutDialog *>();
    QCoreApplication::processEvents();
    test::saveScreenshot(moveOut, QStringLiteral("residents-moveout-dialog"));
    const QDate day = m_f->clock->now().date().addDays(3);
    moveOut->setMoveOut(day);
    moveOut->accept();
    const ResidentRow row = page.model()->residentRow(page.model()->rowOfResident(m_chen));
    QCOMPARE(row.moveOut, day);
    QVERIFY(row.retentionDue.isValid());
    QVERIFY(!page.model()
                 ->index(page.model()->rowOfResident(m_chen), ResidentsModel::RetentionDueColumn)
                 .data()
                 .toString()
                 .isEmpty());
}

void TestResidentsPage::exportWritesThePackage()
{
    ResidentsPage page(m_f->vault());
    test::PromptAnswers answers;
    answers.path(m_out.path());
    QVERIFY(page.selectResident(m_wang));
    QTest::mouseClick(child<QPushButton>(page, "exportButton"), Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    const QStringList folders
        = QDir(m_out.path()).entryList({ QStringLiteral("consentry-access-%1-*").arg(m_wang) }, QDir::Dirs);
    QCOMPARE(folders.size(), 1);
    QVERIFY(QFileInfo::exists(m_out.filePath(folders.first() + QStringLiteral("/access-package.json"))));
    QVERIFY(page.lastMessage().contains(folders.first()));
}

void TestResidentsPage::reenrollmentListIsWorkedThrough()
{
    ResidentsPage page(m_f->vault());
    page.resize(1280, 760);
    page.show();
    auto *banner = child<QLabel>(page, "reenrollBanner");
    QVERIFY(!banner->isVisible()); // no engine known yet: nothing claimed
    EngineId lbp;
    lbp.name = QStringLiteral("lbp-v1");
    lbp.modelSha256 = QStringLiteral("bbbb");
    lbp.dim = 256;
    page.setActiveEngine(lbp);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("3")), qPrintable(banner->text())); // Zhang, Wang, Chen
    QCoreApplication::processEvents();
    test::saveScreenshot(&page, QStringLiteral("residents-reenroll-banner"));
    QSignalSpy requested(&page, &ResidentsPage::reenrollRequested);
    QTest::mouseClick(child<QPushButton>(page, "reenrollListButton"), Qt::LeftButton);
    QVERIFY(page.model()->isReenrollmentMode());
    QCOMPARE(page.model()->rowCount(), 3);
    const qint64 first = page.selectedResidentId();
    QVERIFY(first != 0);
    QTest::mouseClick(child<QPushButton>(page, "reenrollButton"), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toLongLong(), first);
    QVERIFY(page.selectedResidentId() != first); // the next person is ready
}

// Issue 10 §6: after the retention of records a declined person's record keeps ids only. The Residents list
// does not show it as a resident with an empty name: the default view leaves it out (counts included), and
// the "Records reduced" filter lists it with the date it was reduced, in the name column.
void TestResidentsPage::reducedRecordsAreShownForWhatTheyAre()
{
    Vault &vault = m_f->vault();
    m_f->clock->advanceDays(SiteProfile::kDefaultRecordRetentionDays + 1);
    const QDateTime reducedAt = m_f->clock->now();
    QVERIFY(ResidentService(vault).purgeScheduled().ok());
    QVERIFY(ResidentService(vault).get(m_li)->reducedAt.isValid()); // Li Na declined: her record was reduced
    QVERIFY(ResidentService(vault).get(m_li)->name.isEmpty());

    ResidentsModel model(vault);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowOfResident(m_li), -1);
    QVERIFY(model.rowOfResident(m_zhang) >= 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.index(row, ResidentsModel::NameColumn).data().toString().trimmed().isEmpty());
    // The count line counts people, not reduced records.
    QCOMPARE(model.totalCount(), qint64(model.rowCount()));
    const qint64 people = model.totalCount();
    ResidentFilter declined;
    declined.state = ResidentRow::State::Declined;
    model.setFilter(declined);
    QCOMPARE(model.rowOfResident(m_li), -1);

    ResidentFilter reduced;
    reduced.reduced = true;
    model.setFilter(reduced);
    // Every record is in exactly one of the two views.
    QCOMPARE(people + model.totalCount(), ResidentService(vault).count(ResidentFilter()).value());
    QVERIFY(model.totalCount() >= 1);
    const int li = model.rowOfResident(m_li);
    QVERIFY(li >= 0);
    const QString name = model.index(li, ResidentsModel::NameColumn).data().toString();
    QCOMPARE(name,
             ResidentsModel::tr("Record reduced on %1 (retention of records ended)")
                 .arg(Formats::date(reducedAt.toLocalTime().date())));
    QVERIFY(!model.index(li, ResidentsModel::NameColumn).data(Qt::ToolTipRole).toString().isEmpty());
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.residentRow(row).reducedAt.isValid());
    const int reducedRows = model.rowCount();

    // The page offers the view under the filter a manager or inspector looks through.
    ResidentsPage page(vault);
    page.setFilterChoice(ResidentsPage::FilterChoice::Reduced);
    auto *view = page.findChild<QTableView *>();
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), reducedRows);
    QCOMPARE(view->model()->index(li, ResidentsModel::NameColumn).data().toString(), name);
    page.resize(1200, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    test::saveScreenshot(&page, QStringLiteral("residents-reduced-records"));
    page.setFilterChoice(ResidentsPage::FilterChoice::All);
    QCOMPARE(view->model()->rowCount(), static_cast<int>(people));
}

QTEST_MAIN(TestResidentsPage)
#include "tst_residentspage.moc"
