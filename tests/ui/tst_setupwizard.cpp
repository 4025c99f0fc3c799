// First run: the setup wizard makes an encrypted store off the GUI thread, shows the recovery key once
// (and that key really opens the store), and cannot be finished before the key is stored safely.

#include "FolderSnapshot.h"
#include "PdfTools.h"
#include "Screenshot.h"
#include "Widgets.h"
#include "common/SiteProfileForm.h"
#include "platform/Language.h"
#include "services/SettingsService.h"
#include "unlock/RecoveryKeyPanel.h"
#include "unlock/SetupWizard.h"
#include "vault/AccountRules.h"
#include "vault/StoreFolder.h"
#include "vault/Unlocker.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

class TestSetupWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsStoreAndShowsWorkingRecoveryKey();
    void passwordRulesShownInline();
    void cancelBeforeCreatingLeavesFolderEmpty();
    void invalidNoticeAddressBlocksNext();
    void recoverySheetPdfHoldsTheKey();

private:
    static void fillSite(SetupWizard &wizard);
    static QString dataDir(const QTemporaryDir &dir) { return dir.filePath(QStringLiteral("data")); }
};

void TestSetupWizard::initTestCase()
{
    const QString lang = qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("en"));
    QVERIFY(Language::install(lang));
}

void TestSetupWizard::fillSite(SetupWizard &wizard)
{
    QTest::keyClicks(child<QLineEdit>(wizard, "siteNameEdit"), QStringLiteral("Lakeside Apartments"));
    QTest::keyClicks(child<QLineEdit>(wizard, "operatorEdit"), QStringLiteral("Lakeside Property Ltd."));
    QTest::keyClicks(child<QLineEdit>(wizard, "phoneEdit"), QStringLiteral("0571-8888-1234"));
    QTest::keyClicks(child<QPlainTextEdit>(wizard, "purposeEdit"), QStringLiteral("Opening the lobby door"));
    QTest::keyClicks(child<QPlainTextEdit>(wizard, "alternativesEdit"), QStringLiteral("Key card"));
}

void TestSetupWizard::createsStoreAndShowsWorkingRecoveryKey()
{
    QTemporaryDir dir;
    SetupWizard wizard(dataDir(dir));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *next = child<QPushButton>(wizard, "nextButton");
    QVERIFY(!next->isEnabled());
    test::saveScreenshot(&wizard, QStringLiteral("setup-1-empty"));

    fillSite(wizard);
    QVERIFY(next->isEnabled());
    test::saveScreenshot(&wizard, QStringLiteral("setup-1-site"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.step(), SetupWizard::Step::Manager);

    QTest::keyClicks(child<QLineEdit>(wizard, "managerNameEdit"), QStringLiteral("wang"));
    QTest::keyClicks(child<QLineEdit>(wizard, "newPasswordEdit"), QStringLiteral("manager-pass"));
    QTest::keyClicks(child<QLineEdit>(wizard, "repeatPasswordEdit"), QStringLiteral("manager-pass"));
    QVERIFY(next->isEnabled());
    test::saveScreenshot(&wizard, QStringLiteral("setup-2-manager"));
    QTest::mouseClick(next, Qt::LeftButton);
    // The store is made on a worker thread: the click returns at once with the busy page showing.
    QCOMPARE(wizard.step(), SetupWizard::Step::Creating);
    wizard.reject(); // cannot be closed while the store is being made
    QVERIFY(wizard.isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(wizard.step(), SetupWizard::Step::RecoveryKey, 30000);

    const QString key = wizard.recoveryKey();
    QVERIFY(!key.isEmpty());
    const QString shown = child<QLabel>(wizard, "recoveryKeyLabel")->text();
    QCOMPARE(QString(shown).remove(QLatin1Char('\n')), key);
    auto *finish = child<QPushButton>(wizard, "finishButton");
    QVERIFY(finish->isVisible());
    QVERIFY(!finish->isEnabled());
    test::saveScreenshot(&wizard, QStringLiteral("setup-3-recovery-key"));
    QTest::mouseClick(finish, Qt::LeftButton);
    QVERIFY(wizard.isVisible());
    wizard.reject(); // closing would lose the only copy of the key
    QVERIFY(wizard.isVisible());

    child<QCheckBox>(wizard, "storedSafelyCheck")->setChecked(true);
    QVERIFY(finish->isEnabled());
    test::saveScreenshot(&wizard, QStringLiteral("setup-4-stored"));
    QTest::mouseClick(finish, Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    std::unique_ptr<Vault> vault = wizard.takeVault();
    QVERIFY(vault);
    QVERIFY(!vault->isLocked());
    QCOMPARE(vault->session().userName, QStringLiteral("wang"));
    QCOMPARE(vault->session().role, Role::Manager);
    Result<SiteProfile> profile = SettingsService(*vault).siteProfile();
    QVERIFY(profile);
    QCOMPARE(profile->siteName, QStringLiteral("Lakeside Apartments"));
    QCOMPARE(profile->alternatives, QStringList { QStringLiteral("Key card") });
    QCOMPARE(profile->retentionDays, 30);
    vault->lock();
    vault.reset();

    Result<std::unique_ptr<Vault>> recovered = Unlocker::openWithRecoveryKey(dataDir(dir), key);
    QVERIFY2(recovered.ok(), qPrintable(recovered.errorMessage()));
    QVERIFY(recovered.value()->session().viaRecoveryKey);
    recovered.value()->lock();
    QVERIFY(Unlocker::open(dataDir(dir), QStringLiteral("wang"), SecureBytes("manager-pass", 12)).ok());
}

void TestSetupWizard::passwordRulesShownInline()
{
    QTemporaryDir dir;
    SetupWizard wizard(dataDir(dir));
    wizard.show();
    fillSite(wizard);
    QTest::mouseClick(child<QPushButton>(wizard, "nextButton"), Qt::LeftButton);
    auto *next = child<QPushButton>(wizard, "nextButton");
    auto *message = child<QLabel>(wizard, "passwordMessage");
    QTest::keyClicks(child<QLineEdit>(wizard, "managerNameEdit"), QStringLiteral("wang"));
    QTest::keyClicks(child<QLineEdit>(wizard, "newPasswordEdit"), QStringLiteral("short"));
    QVERIFY(!next->isEnabled());
    QCOMPARE(message->text(), AccountRules::checkNewPassword(SecureBytes("short", 5)).errorMessage());
    test::saveScreenshot(&wizard, QStringLiteral("setup-2-short-password"));

    QTest::keyClicks(child<QLineEdit>(wizard, "newPasswordEdit"), QStringLiteral("-enough"));
    QTest::keyClicks(child<QLineEdit>(wizard, "repeatPasswordEdit"), QStringLiteral("short-enougH"));
    QVERIFY(!next->isEnabled());
    QVERIFY(!message->text().isEmpty());
    test::saveScreenshot(&wizard, QStringLiteral("setup-2-mismatch"));
    QTest::keyClick(child<QLineEdit>(wizard, "repeatPasswordEdit"), Qt::Key_Backspace);
    QTest::keyClicks(child<QLineEdit>(wizard, "repeatPasswordEdit"), QStringLiteral("h"));
    QVERIFY(next->isEnabled());

    // A reserved name is refused by the core's rule, shown inline.
    child<QLineEdit>(wizard, "managerNameEdit")->setText(QStringLiteral("recovery"));
    QVERIFY(!next->isEnabled());
    QVERIFY(!child<QLabel>(wizard, "managerMessage")->text().isEmpty());
}

void TestSetupWizard::cancelBeforeCreatingLeavesFolderEmpty()
{
    QTemporaryDir dir;
    SetupWizard wizard(dataDir(dir));
    wizard.show();
    fillSite(wizard);
    QTest::mouseClick(child<QPushButton>(wizard, "nextButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(wizard, "cancelButton"), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
    QVERIFY(!wizard.takeVault());
    QCOMPARE(StoreFolder::inspect(dataDir(dir)), StoreFolder::State::Empty);
}

void TestSetupWizard::invalidNoticeAddressBlocksNext()
{
    QTemporaryDir dir;
    SetupWizard wizard(dataDir(dir));
    wizard.show();
    fillSite(wizard);
    QTest::keyClicks(child<QLineEdit>(wizard, "noticeUrlEdit"), QStringLiteral("ftp://example.com"));
    QVERIFY(!child<QPushButton>(wizard, "nextButton")->isEnabled());
    QVERIFY(!child<QLabel>(wizard, "siteMessage")->text().isEmpty());
    test::saveScreenshot(&wizard, QStringLiteral("setup-1-bad-url"));
    child<QLineEdit>(wizard, "noticeUrlEdit")->setText(QStringLiteral("https://example.com/notice"));
    QVERIFY(child<QPushButton>(wizard, "nextButton")->isEnabled());
}

void TestSetupWizard::recoverySheetPdfHoldsTheKey()
{
    QTemporaryDir dir;
    const QString key = QStringLiteral("7K3M-Q0ZD-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345");
    RecoveryKeyPanel panel(key, QStringLiteral("Lakeside"), dir.path());
    const QString pdf = dir.filePath(QStringLiteral("key.pdf"));
    const Status ok = panel.savePdf(pdf);
    QVERIFY2(ok.ok(), qPrintable(ok.errorMessage()));
    QString error;
    const QString text = test::pdfText(pdf, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(test::normalizedForSearch(text).contains(test::normalizedForSearch(key)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Lakeside")));
    if (const QString shots = qEnvironmentVariable("CONSENTRY_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        test::pdfPageImage(pdf, 60).save(shots + QStringLiteral("/recovery-key-sheet.png"));
    }
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
