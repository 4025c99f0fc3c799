// Login: a wrong password is said inline (the core's sentence), the field is cleared and the store's
// files stay byte-identical; the right password or the recovery key returns an unlocked store; a folder
// holding only part of a store says what is missing instead of offering a login that cannot work.

#include "FolderSnapshot.h"
#include "Screenshot.h"
#include "VaultFixture.h"
#include "Widgets.h"
#include "platform/Language.h"
#include "services/UserService.h"
#include "storage/StorePaths.h"
#include "unlock/LoginDialog.h"
#include "vault/StoreFolder.h"
#include "vault/Unlocker.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

class TestLoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsUsersWithDefaultSelected();
    void wrongPasswordChangesNothing();
    void rightPasswordUnlocks();
    void recoveryKeyUnlocks();
    void wrongRecoveryKeyIsSaid();
    void lockoutIsSaid();
    void incompleteFolderSaysWhatToDo();

private:
    // The lockout counter is the one file a wrong password is meant to change.
    static QStringList ignored() { return { QFileInfo(StorePaths::lockout(QStringLiteral("/x"))).fileName() }; }

    std::unique_ptr<test::VaultFixture> m_store;
};

void TestLoginDialog::initTestCase()
{
    const QString lang = qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("en"));
    QVERIFY(Language::install(lang));
}

void TestLoginDialog::init()
{
    m_store = std::make_unique<test::VaultFixture>();
    QVERIFY(m_store->create());
    QVERIFY(m_store->addUser(QStringLiteral("li"), Role::Staff, "staff-pass"));
    m_store->close();
}

void TestLoginDialog::cleanup()
{
    m_store.reset();
}

void TestLoginDialog::listsUsersWithDefaultSelected()
{
    LoginDialog dialog(m_store->dataDir());
    auto *users = child<QComboBox>(dialog, "userCombo");
    QCOMPARE(users->count(), 2);
    QCOMPARE(users->currentText(), QStringLiteral("wang"));
    QCOMPARE(dialog.mode(), LoginDialog::Mode::Password);
    QVERIFY(!child<QPushButton>(dialog, "unlockButton")->isEnabled()); // nothing typed yet
}

void TestLoginDialog::wrongPasswordChangesNothing()
{
    LoginDialog dialog(m_store->dataDir());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    test::saveScreenshot(&dialog, QStringLiteral("login-1-empty"));
    const test::FolderSnapshot before(m_store->dataDir(), ignored());

    auto *password = child<QLineEdit>(dialog, "passwordEdit");
    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    QTest::mouseClick(child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && !dialog.errorText().isEmpty(), 30000);

    const QString error = child<QLabel>(dialog, "errorLabel")->text();
    // The same words for an unknown name and a wrong password (issue 15 #8): no name in it.
    QVERIFY2(error.contains(QStringLiteral("user name or the password is wrong")), qPrintable(error));
    QVERIFY(password->text().isEmpty());
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.takeVault());
    QCOMPARE(child<QComboBox>(dialog, "userCombo")->currentText(), QStringLiteral("wang"));
    test::saveScreenshot(&dialog, QStringLiteral("login-2-wrong-password"));
    QCOMPARE(test::FolderSnapshot(m_store->dataDir(), ignored()).differences(before), QString());
}

void TestLoginDialog::rightPasswordUnlocks()
{
    LoginDialog dialog(m_store->dataDir());
    dialog.show();
    auto *users = child<QComboBox>(dialog, "userCombo");
    users->setCurrentIndex(users->findText(QStringLiteral("li")));
    QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("staff-pass"));
    QTest::keyClick(child<QLineEdit>(dialog, "passwordEdit"), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
    std::unique_ptr<Vault> vault = dialog.takeVault();
    QVERIFY(vault);
    QVERIFY(!vault->isLocked());
    QCOMPARE(vault->session().userName, QStringLiteral("li"));
    QCOMPARE(vault->session().role, Role::Staff);
    QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
    vault->lock();
}

void TestLoginDialog::recoveryKeyUnlocks()
{
    LoginDialog dialog(m_store->dataDir());
    dialog.show();
    QTest::mouseClick(child<QPushButton>(dialog, "switchModeButton"), Qt::LeftButton);
    QCOMPARE(dialog.mode(), LoginDialog::Mode::RecoveryKey);
    // Typed in lower case, as people do; the core accepts it.
    QTest::keyClicks(child<QLineEdit>(dialog, "recoveryKeyEdit"), m_store->recoveryKey.toLower());
    test::saveScreenshot(&dialog, QStringLiteral("login-3-recovery"));
    QTest::mouseClick(child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
    std::unique_ptr<Vault> vault = dialog.takeVault();
    QVERIFY(vault);
    QVERIFY(vault->session().viaRecoveryKey);
    QCOMPARE(vault->session().role, Role::Manager);
    vault->lock();
}

void TestLoginDialog::wrongRecoveryKeyIsSaid()
{
    LoginDialog dialog(m_store->dataDir());
    dialog.show();
    dialog.setMode(LoginDialog::Mode::RecoveryKey);
    QString key = m_store->recoveryKey;
    key[0] = key[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QTest::keyClicks(child<QLineEdit>(dialog, "recoveryKeyEdit"), key);
    QTest::mouseClick(child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && !dialog.errorText().isEmpty(), 30000);
    QCOMPARE(child<QLineEdit>(dialog, "recoveryKeyEdit")->text(), key); // kept, to fix a typo
    test::saveScreenshot(&dialog, QStringLiteral("login-4-wrong-recovery"));
}

void TestLoginDialog::lockoutIsSaid()
{
    for (int i = 0; i < 6; ++i)
        (void)Unlocker::open(m_store->dataDir(), QStringLiteral("wang"), test::password("wrong-wrong"));
    const Result<std::unique_ptr<Vault>> expected
        = Unlocker::open(m_store->dataDir(), QStringLiteral("wang"), test::password("manager-pass"));
    QVERIFY(!expected.ok()); // locked out even with the right password, for a while

    // Known as soon as the dialog opens: the wait counts down on screen, and Unlock (and Enter) stay off
    // until it is over, so no attempt is spent (tst_frontdesk::lockoutCountsDown follows it to the end).
    LoginDialog dialog(m_store->dataDir());
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("manager-pass"));
    QVERIFY(!child<QPushButton>(dialog, "unlockButton")->isEnabled());
    const test::FolderSnapshot before(m_store->dataDir());
    QTest::keyClick(child<QLineEdit>(dialog, "passwordEdit"), Qt::Key_Return);
    QVERIFY(!dialog.isBusy()); // no attempt started: nothing spent, the lockout file as it was
    QCOMPARE(test::FolderSnapshot(m_store->dataDir()).differences(before), QString());
    const qint64 wait = Unlocker::secondsUntilNextTry(m_store->dataDir(), QStringLiteral("wang"));
    QVERIFY(wait > 0);
    QVERIFY2(dialog.errorText().contains(QString::number(wait))
                 || dialog.errorText().contains(QString::number(wait + 1)),
             qPrintable(dialog.errorText()));
    test::saveScreenshot(&dialog, QStringLiteral("login-5-locked-out"));
}

void TestLoginDialog::incompleteFolderSaysWhatToDo()
{
    const QString keys = StorePaths::keyslots(m_store->dataDir());
    QVERIFY(QFile::remove(keys));
    QCOMPARE(StoreFolder::inspect(m_store->dataDir()), StoreFolder::State::Incomplete);
    const test::FolderSnapshot before(m_store->dataDir());
    LoginDialog dialog(m_store->dataDir());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.mode(), LoginDialog::Mode::Problem);
    const QString problem = child<QLabel>(dialog, "problemLabel")->text();
    QVERIFY(problem.contains(QFileInfo(keys).fileName()));
    QVERIFY(problem.contains(QStringLiteral("consentry-cli restore")));
    QVERIFY(!child<QPushButton>(dialog, "unlockButton")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "switchModeButton")->isVisible());
    QVERIFY(child<QPushButton>(dialog, "quitButton")->isVisible());
    test::saveScreenshot(&dialog, QStringLiteral("login-6-incomplete"));
    QCOMPARE(test::FolderSnapshot(m_store->dataDir()).differences(before), QString());
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
