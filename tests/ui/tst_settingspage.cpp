// Settings: the users model is an honest QAbstractItemModel (checked by QAbstractItemModelTester); every
// user action goes through UserService and shows its refusal; staff see the site profile read-only with
// a sentence saying so; a manager's edits are saved by the store's own rules.

#include "PromptAnswers.h"
#include "Screenshot.h"
#include "StoreProbe.h"
#include "VaultFixture.h"
#include "Widgets.h"
#include "common/SiteProfileForm.h"
#include "platform/Language.h"
#include "repo/AuditLog.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "settings/AddUserDialog.h"
#include "settings/PasswordDialog.h"
#include "settings/SecurityTab.h"
#include "settings/SettingsPage.h"
#include "settings/SiteProfileTab.h"
#include "settings/UsersModel.h"
#include "settings/UsersTab.h"
#include "unlock/RecoveryKeyDialog.h"
#include "vault/Unlocker.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void usersModelIsHonest();
    void userActionsGoThroughTheCore();
    void userButtonsAskFirst();
    void renewedRecoveryKeyReplacesTheOld();
    void managerSavesSiteProfile();
    void invalidProfileIsRefusedInline();
    void staffSeesReadOnly();
    void auditorSeesReadOnly();
    void idleLockMinutesSaved();
    void livenessModeSaved();
    void unsetRetentionIsNotInvented();
    void dialogsAcceptOnlyValidInput();

private:
    std::unique_ptr<test::VaultFixture> m_store;
};

void TestSettingsPage::initTestCase()
{
    const QString lang = qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("en"));
    QVERIFY(Language::install(lang));
}

void TestSettingsPage::init()
{
    m_store = std::make_unique<test::VaultFixture>();
    QVERIFY(m_store->create());
    QVERIFY(SettingsService(*m_store->vault).setSiteProfile(test::lakesideProfile()).ok());
    QVERIFY(m_store->addUser(QStringLiteral("li"), Role::Staff, "staff-pass"));
    QVERIFY(m_store->addUser(QStringLiteral("zhao"), Role::Auditor, "auditor-pass"));
}

void TestSettingsPage::cleanup()
{
    if (m_store && m_store->vault)
        m_store->vault->lock();
    m_store.reset();
}

void TestSettingsPage::usersModelIsHonest()
{
    UsersModel model(*m_store->vault);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.refresh().ok());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(UsersModel::ColumnCount));
    const int li = model.rowOf(QStringLiteral("li"));
    QVERIFY(li >= 0);
    QCOMPARE(model.index(li, UsersModel::RoleColumn).data().toString(), RoleNames::displayName(Role::Staff));
    QCOMPARE(model.index(li, UsersModel::NameColumn).data(UsersModel::RoleKeyRole).toString(), QStringLiteral("staff"));
    QCOMPARE(model.index(li, UsersModel::CreatedByColumn).data().toString(), QStringLiteral("wang"));
    QVERIFY(!model.index(li, UsersModel::CreatedColumn).data().toString().isEmpty());
    QVERIFY(UserService(*m_store->vault).add(QStringLiteral("sun"), Role::Staff, test::password("another-pass")).ok());
    QVERIFY(model.refresh().ok());
    QCOMPARE(model.rowCount(), 4);

    // Staff may not list accounts: the model stays empty and says why.
    std::unique_ptr<Vault> staff = m_store->openAs(QStringLiteral("li"));
    QVERIFY(staff);
    UsersModel refused(*staff);
    QAbstractItemModelTester tester2(&refused, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Status status = refused.refresh();
    QCOMPARE(status.errorKind(), ErrorKind::Policy);
    QCOMPARE(refused.rowCount(), 0);
    staff->lock();
}

void TestSettingsPage::userActionsGoThroughTheCore()
{
    SettingsPage page(*m_store->vault);
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.tabs()->setCurrentWidget(page.usersTab());
    UsersTab *tab = page.usersTab();
    QCOMPARE(tab->model()->rowCount(), 3);
    test::saveScreenshot(&page, QStringLiteral("settings-users-manager"));

    QVERIFY(tab->addUser(QStringLiteral("sun"), Role::Auditor, test::password("auditor-pass-2")).ok());
    QTRY_COMPARE(tab->model()->rowCount(), 4);
    QVERIFY(tab->messageText().contains(QStringLiteral("sun")));

    Status refused = tab->addUser(QStringLiteral("sun"), Role::Staff, test::password("whatever-pass"));
    QVERIFY(!refused.ok());
    QCOMPARE(tab->messageText(), refused.errorMessage());

    refused = tab->removeUser(QStringLiteral("wang")); // oneself
    QCOMPARE(refused.errorKind(), ErrorKind::Policy);
    QCOMPARE(tab->messageText(), refused.errorMessage());
    test::saveScreenshot(&page, QStringLiteral("settings-users-refused"));

    QVERIFY(tab->removeUser(QStringLiteral("sun")).ok());
    QTRY_COMPARE(tab->model()->rowCount(), 3);
    QCOMPARE(tab->model()->rowOf(QStringLiteral("sun")), -1);

    QVERIFY(tab->resetPassword(QStringLiteral("li"), test::password("new-staff-pass")).ok());
    QVERIFY(Unlocker::open(m_store->dataDir(), QStringLiteral("li"), test::password("new-staff-pass")).ok());

    refused = tab->changeOwnPassword(test::password("not-current"), test::password("new-manager-pass"));
    QCOMPARE(refused.errorKind(), ErrorKind::Authentication);
    QCOMPARE(tab->messageText(), refused.errorMessage());
    QVERIFY(tab->changeOwnPassword(test::password("manager-pass"), test::password("new-manager-pass")).ok());
    QVERIFY(Unlocker::open(m_store->dataDir(), QStringLiteral("wang"), test::password("new-manager-pass")).ok());

    // An account added elsewhere (another screen, the recovery path) shows without any action here, and
    // the selected row stays selected.
    tab->view()->selectRow(tab->model()->rowOf(QStringLiteral("li")));
    const Status added
        = UserService(*m_store->vault).add(QStringLiteral("qian"), Role::Staff, test::password("qian-pass-1"));
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QCOMPARE(tab->model()->rowOf(QStringLiteral("qian")), -1); // delivered after the call, not inside it
    QTRY_VERIFY(tab->model()->rowOf(QStringLiteral("qian")) >= 0);
    QCOMPARE(tab->selectedUser(), QStringLiteral("li"));

    // Selecting oneself does not offer removing or resetting oneself.
    tab->view()->selectRow(tab->model()->rowOf(QStringLiteral("wang")));
    QVERIFY(!child<QPushButton>(page, "removeUserButton")->isEnabled());
    tab->view()->selectRow(tab->model()->rowOf(QStringLiteral("li")));
    QVERIFY(child<QPushButton>(page, "removeUserButton")->isEnabled());
    QCOMPARE(tab->selectedUser(), QStringLiteral("li"));
}

void TestSettingsPage::userButtonsAskFirst()
{
    // The buttons open their dialog or question; what the person answers decides what happens.
    SettingsPage page(*m_store->vault);
    page.resize(900, 600);
    page.show();
    page.tabs()->setCurrentWidget(page.usersTab());
    UsersTab *tab = page.usersTab();
    test::PromptAnswers answers;

    answers.dialog([](QDialog &dialog) {
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(dialog, "userNameEdit"), QStringLiteral("sun"));
        QTest::keyClicks(child<QLineEdit>(dialog, "newPasswordEdit"), QStringLiteral("sun-password"));
        QTest::keyClicks(child<QLineEdit>(dialog, "repeatPasswordEdit"), QStringLiteral("sun-password"));
        QTest::mouseClick(child<QPushButton>(dialog, "addUserOkButton"), Qt::LeftButton);
        return dialog.result();
    });
    QTest::mouseClick(child<QPushButton>(page, "addUserButton"), Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QTRY_VERIFY(tab->model()->rowOf(QStringLiteral("sun")) >= 0);
    QVERIFY(Unlocker::open(m_store->dataDir(), QStringLiteral("sun"), test::password("sun-password")).ok());

    // Remove asks first: Cancel keeps the account, Yes removes it.
    tab->view()->selectRow(tab->model()->rowOf(QStringLiteral("sun")));
    answers.cancel();
    QTest::mouseClick(child<QPushButton>(page, "removeUserButton"), Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QVERIFY(tab->model()->rowOf(QStringLiteral("sun")) >= 0);
    answers.yes();
    QTest::mouseClick(child<QPushButton>(page, "removeUserButton"), Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QTRY_COMPARE(tab->model()->rowOf(QStringLiteral("sun")), -1);
    QVERIFY(!Unlocker::open(m_store->dataDir(), QStringLiteral("sun"), test::password("sun-password")).ok());

    // A new recovery key, cancelled: the old key still opens the store.
    answers.cancel();
    QTest::mouseClick(child<QPushButton>(page, "renewKeyButton"), Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    Result<std::unique_ptr<Vault>> recovered = Unlocker::openWithRecoveryKey(m_store->dataDir(), m_store->recoveryKey);
    QVERIFY2(recovered.ok(), qPrintable(recovered.errorMessage()));
    recovered.value()->lock();
}

void TestSettingsPage::renewedRecoveryKeyReplacesTheOld()
{
    SettingsPage page(*m_store->vault);
    Result<QString> key = page.usersTab()->renewRecoveryKey();
    QVERIFY2(key.ok(), qPrintable(key.errorMessage()));
    QVERIFY(key.value() != m_store->recoveryKey);
    QVERIFY(!Unlocker::openWithRecoveryKey(m_store->dataDir(), m_store->recoveryKey).ok());
    Result<std::unique_ptr<Vault>> recovered = Unlocker::openWithRecoveryKey(m_store->dataDir(), key.value());
    QVERIFY2(recovered.ok(), qPrintable(recovered.errorMessage()));
    recovered.value()->lock();
}

void TestSettingsPage::managerSavesSiteProfile()
{
    SettingsPage page(*m_store->vault);
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    SiteProfileTab *tab = page.siteProfileTab();
    QVERIFY(tab->canEdit());
    QVERIFY(!child<QLabel>(page, "readOnlyNotice")->isVisible());
    auto *save = child<QPushButton>(page, "saveProfileButton");
    QVERIFY(!save->isEnabled()); // nothing changed yet
    QCOMPARE(tab->form()->profile(), test::lakesideProfile());
    test::saveScreenshot(&page, QStringLiteral("settings-profile-manager"));

    auto *name = child<QLineEdit>(page, "siteNameEdit");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Lakeside Garden"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(SettingsService(*m_store->vault).siteProfile()->siteName, QStringLiteral("Lakeside Garden"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!tab->messageText().isEmpty());
    test::saveScreenshot(&page, QStringLiteral("settings-profile-saved"));
}

void TestSettingsPage::invalidProfileIsRefusedInline()
{
    SettingsPage page(*m_store->vault);
    page.resize(900, 700);
    page.show();
    SiteProfileTab *tab = page.siteProfileTab();
    child<QLineEdit>(page, "noticeUrlEdit")->setText(QStringLiteral("javascript:alert(1)"));
    const Status refused = tab->save();
    QVERIFY(!refused.ok());
    QCOMPARE(tab->messageText(), refused.errorMessage());
    QCOMPARE(SettingsService(*m_store->vault).siteProfile().value(), test::lakesideProfile()); // unchanged
    test::saveScreenshot(&page, QStringLiteral("settings-profile-invalid"));

    child<QLineEdit>(page, "operatorEdit")->clear();
    child<QLineEdit>(page, "noticeUrlEdit")->clear();
    QVERIFY(child<QLabel>(page, "missingLabel")->text().contains(tab->form()->missingLabels().first()));
}

void TestSettingsPage::staffSeesReadOnly()
{
    std::unique_ptr<Vault> staff = m_store->openAs(QStringLiteral("li"));
    QVERIFY(staff);
    SettingsPage page(*staff);
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    SiteProfileTab *tab = page.siteProfileTab();
    QVERIFY(!tab->canEdit());
    auto *notice = child<QLabel>(tab, "readOnlyNotice");
    QVERIFY(notice && notice->isVisible());
    QVERIFY(!notice->text().isEmpty());
    // Nothing hidden: every field is there, with the stored values, but cannot be changed.
    QCOMPARE(tab->form()->profile(), test::lakesideProfile());
    QVERIFY(tab->form()->isReadOnly());
    QVERIFY(child<QLineEdit>(page, "siteNameEdit")->isReadOnly());
    QVERIFY(!child<QPushButton>(page, "saveProfileButton")->isVisible());
    test::saveScreenshot(&page, QStringLiteral("settings-profile-staff"));
    // The core refuses it anyway.
    const Status refused = tab->save();
    QCOMPARE(refused.errorKind(), ErrorKind::Policy);

    page.tabs()->setCurrentWidget(page.usersTab());
    QVERIFY(child<QLabel>(page.usersTab(), "readOnlyNotice")->isVisible());
    QVERIFY(!page.usersTab()->view()->isVisible());
    QVERIFY(!child<QPushButton>(page, "addUserButton")->isVisible());
    QVERIFY(child<QPushButton>(page, "changeOwnPasswordButton")->isVisible());
    test::saveScreenshot(&page, QStringLiteral("settings-users-staff"));
    QVERIFY(page.usersTab()->changeOwnPassword(test::password("staff-pass"), test::password("staff-pass-2")).ok());
    QCOMPARE(page.usersTab()->addUser(QStringLiteral("x1"), Role::Staff, test::password("whatever-pass")).errorKind(),
             ErrorKind::Policy);

    page.tabs()->setCurrentWidget(page.securityTab());
    QVERIFY(page.securityTab()->idleSpin()->isReadOnly());
    QVERIFY(!page.securityTab()->livenessCombo()->isEnabled());
    QVERIFY(!page.securityTab()->livenessCombo()->toolTip().isEmpty()); // says why
    QVERIFY(!child<QPushButton>(page, "saveSecurityButton")->isVisible());
    test::saveScreenshot(&page, QStringLiteral("settings-security-staff"));
    staff->lock();
}

void TestSettingsPage::auditorSeesReadOnly()
{
    std::unique_ptr<Vault> auditor = m_store->openAs(QStringLiteral("zhao"));
    QVERIFY(auditor);
    SettingsPage page(*auditor);
    QVERIFY(!page.siteProfileTab()->canEdit());
    QVERIFY(page.siteProfileTab()->form()->isReadOnly());
    QCOMPARE(page.siteProfileTab()->form()->profile(), test::lakesideProfile());
    auditor->lock();
}

void TestSettingsPage::idleLockMinutesSaved()
{
    SettingsPage page(*m_store->vault);
    page.resize(900, 600);
    page.show();
    page.tabs()->setCurrentWidget(page.securityTab());
    SecurityTab *tab = page.securityTab();
    QCOMPARE(tab->idleSpin()->value(), 5);
    auto *save = child<QPushButton>(page, "saveSecurityButton");
    QVERIFY(!save->isEnabled());
    tab->idleSpin()->setValue(12);
    QVERIFY(save->isEnabled());
    QSignalSpy changed(tab, &SecurityTab::idleLockMinutesChanged);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toInt(), 12);
    QCOMPARE(SettingsService(*m_store->vault).idleLockMinutes().value(), 12);
    test::saveScreenshot(&page, QStringLiteral("settings-security-manager"));
}

void TestSettingsPage::livenessModeSaved()
{
    // The liveness check's setting: shown with what the resident will see and what it does not stop, saved
    // in the store (audited), and only what changed is written.
    SettingsPage page(*m_store->vault);
    page.resize(900, 600);
    page.show();
    page.tabs()->setCurrentWidget(page.securityTab());
    SecurityTab *tab = page.securityTab();
    QComboBox *combo = tab->livenessCombo();
    QCOMPARE(combo->count(), 3);
    QCOMPARE(LivenessMode(combo->currentData().toInt()), LivenessMode::ReviewBand);
    auto *help = child<QLabel>(page, "livenessHelp");
    QVERIFY(help->text().contains(LivenessPolicy::explanation(LivenessMode::ReviewBand)));
    auto *save = child<QPushButton>(page, "saveSecurityButton");
    QVERIFY(!save->isEnabled());
    combo->setCurrentIndex(combo->findData(int(LivenessMode::Always)));
    QVERIFY(help->text().contains(LivenessPolicy::explanation(LivenessMode::Always)));
    QVERIFY(save->isEnabled());
    QSignalSpy idleChanged(tab, &SecurityTab::idleLockMinutesChanged);
    const qsizetype before = test::probe(*m_store->vault).auditLog().events().value().size();
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(SettingsService(*m_store->vault).livenessMode().value(), LivenessMode::Always);
    QCOMPARE(idleChanged.count(), 0); // the idle lock was not touched
    const QList<AuditEvent> events = test::probe(*m_store->vault).auditLog().events().value();
    QCOMPARE(events.size(), before + 1);
    QCOMPARE(events.constLast().details.value(QStringLiteral("key")).toString(), QStringLiteral("liveness_mode"));
    QVERIFY(!save->isEnabled());
    QCOMPARE(tab->messageText(), SecurityTab::tr("Saved."));
    test::saveScreenshot(&page, QStringLiteral("settings-security-liveness"));
    // A new page reads it back from the store.
    SettingsPage again(*m_store->vault);
    QCOMPARE(LivenessMode(again.securityTab()->livenessCombo()->currentData().toInt()), LivenessMode::Always);
}

void TestSettingsPage::unsetRetentionIsNotInvented()
{
    // A store made with only a site name (as by "consentry-cli init") has no retention period yet: the
    // form says so instead of proposing a number the manager never chose, and nothing counts as changed.
    test::VaultFixture bare;
    QVERIFY(bare.create(test::sampleProfile()));
    SettingsPage page(*bare.vault);
    page.show();
    auto *retention = child<QSpinBox>(page, "retentionSpin");
    QCOMPARE(retention->value(), 0);
    QCOMPARE(retention->text(), retention->specialValueText());
    QVERIFY(!child<QPushButton>(page, "saveProfileButton")->isEnabled());
    QVERIFY(page.siteProfileTab()->form()->missingLabels().size() >= 2);
    child<QLineEdit>(page, "operatorEdit")->setText(QStringLiteral("Lakeside Property Ltd."));
    const Status refused = page.siteProfileTab()->save();
    QCOMPARE(refused.errorKind(), ErrorKind::InvalidArgument); // no "forever", no invented period
    retention->setValue(60);
    QVERIFY(page.siteProfileTab()->save().ok());
    QCOMPARE(SettingsService(*bare.vault).siteProfile()->retentionDays, 60);
    bare.vault->lock();
}

void TestSettingsPage::dialogsAcceptOnlyValidInput()
{
    AddUserDialog add;
    add.show();
    QVERIFY(QTest::qWaitForWindowExposed(&add));
    auto *addOk = child<QPushButton>(add, "addUserOkButton");
    QVERIFY(!addOk->isEnabled());
    QTest::keyClicks(child<QLineEdit>(add, "userNameEdit"), QStringLiteral("sun"));
    auto *role = child<QComboBox>(add, "roleCombo");
    role->setCurrentIndex(role->findData(RoleNames::key(Role::Auditor)));
    QCOMPARE(add.role(), Role::Auditor);
    QTest::keyClicks(child<QLineEdit>(add, "newPasswordEdit"), QStringLiteral("auditor-pass"));
    QVERIFY(!addOk->isEnabled());
    QTest::keyClicks(child<QLineEdit>(add, "repeatPasswordEdit"), QStringLiteral("auditor-pass"));
    QVERIFY(addOk->isEnabled());
    test::saveScreenshot(&add, QStringLiteral("dialog-add-user"));

    PasswordDialog own(PasswordDialog::Kind::Own, QStringLiteral("wang"));
    own.show();
    QVERIFY(QTest::qWaitForWindowExposed(&own));
    auto *ownOk = child<QPushButton>(own, "passwordOkButton");
    QTest::keyClicks(child<QLineEdit>(own, "newPasswordEdit"), QStringLiteral("new-password"));
    QTest::keyClicks(child<QLineEdit>(own, "repeatPasswordEdit"), QStringLiteral("new-password"));
    QVERIFY(!ownOk->isEnabled()); // the current password is still missing
    QTest::keyClicks(child<QLineEdit>(own, "currentPasswordEdit"), QStringLiteral("manager-pass"));
    QVERIFY(ownOk->isEnabled());
    test::saveScreenshot(&own, QStringLiteral("dialog-change-own-password"));

    PasswordDialog reset(PasswordDialog::Kind::Reset, QStringLiteral("li"));
    QVERIFY(!reset.findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit")));

    RecoveryKeyDialog key(m_store->recoveryKey, QStringLiteral("Lakeside"), m_store->dataDir());
    key.show();
    QVERIFY(QTest::qWaitForWindowExposed(&key));
    auto *close = child<QPushButton>(key, "closeKeyButton");
    QVERIFY(!close->isEnabled());
    key.reject();
    QVERIFY(key.isVisible()); // shown once: it stays until the key is stored
    test::saveScreenshot(&key, QStringLiteral("dialog-renewed-recovery-key"));
    child<QCheckBox>(key, "storedSafelyCheck")->setChecked(true);
    QVERIFY(close->isEnabled());
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!key.isVisible());
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
