// Issue 10 §7 from the console: File → Restore from backup… (manager) replaces the store in use by an older
// backup through the core call `consentry-cli restore --replace` makes (StoreFolder::restoreReplacing). Tested
// as a manager does it: backup → withdrawal → restore from the menu → the withdrawn resident has no face
// data again, the message names what was re-applied, and the login opens on the restored store.

#include "AppStart.h"
#include "PeopleFixture.h"
#include "PromptAnswers.h"
#include "Screenshot.h"
#include "VaultFixture.h"
#include "Widgets.h"
#include "main/AppController.h"
#include "main/MainWindow.h"
#include "main/RestoreDialog.h"
#include "people/ResidentsModel.h"
#include "people/ResidentsPage.h"
#include "platform/Language.h"
#include "services/BackupService.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "unlock/LoginDialog.h"
#include "vault/Vault.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

class TestRestoreInPlace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void onlyAManagerSeesIt();
    void withdrawalStaysAfterRestoreFromTheConsole();
    void cancelledRestoreChangesNothing();

private:
    static int logIn(QDialog &dialog, const char *user, const char *password);
    std::unique_ptr<test::VaultFixture> m_store;
    QTemporaryDir m_out;
    qint64 m_zhao = 0;
    QString m_backup;
};

void TestRestoreInPlace::initTestCase()
{
    const QString lang = qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("en"));
    QVERIFY(Language::install(lang));
    QVERIFY(m_out.isValid());
}

void TestRestoreInPlace::init()
{
    m_store = std::make_unique<test::VaultFixture>();
    QVERIFY(m_store->create());
    Vault &vault = *m_store->vault;
    QVERIFY(SettingsService(vault).setSiteProfile(test::sampleCompleteProfile()).ok());
    QVERIFY(m_store->addUser(QStringLiteral("li"), Role::Staff, "staff-pass"));
    Resident r;
    r.name = QStringLiteral("Zhao Liu");
    r.unit = QStringLiteral("5-501");
    r.declareUnder14(false);
    Consent c;
    c.noticeVersionId = SettingsService(vault).currentNotice(QStringLiteral("zh_CN"))->id;
    c.decision = Consent::Decision::Granted;
    c.signer = r.name;
    c.signedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    auto enrolled = ResidentService(vault).enroll(r, c, { test::PeopleFixture::face(), test::PeopleFixture::face() });
    QVERIFY2(enrolled.ok(), qPrintable(enrolled.errorMessage()));
    m_zhao = enrolled->residentId;
    m_backup = m_out.filePath(
        QStringLiteral("before-withdrawal-%1.cbak").arg(QString::fromLatin1(QTest::currentTestFunction())));
    auto written = BackupService(vault).backupTo(m_backup);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    m_store->close();
}

void TestRestoreInPlace::cleanup()
{
    m_store.reset();
}

int TestRestoreInPlace::logIn(QDialog &dialog, const char *user, const char *password)
{
    auto *login = qobject_cast<LoginDialog *>(&dialog);
    if (!login) {
        QTest::qFail("the app asked something else than the login", __FILE__, __LINE__);
        return QDialog::Rejected;
    }
    login->show();
    auto *users = child<QComboBox>(login, "userCombo");
    users->setCurrentIndex(users->findText(QString::fromLatin1(user)));
    QTest::keyClicks(child<QLineEdit>(login, "passwordEdit"), QString::fromLatin1(password));
    QTest::mouseClick(child<QPushButton>(login, "unlockButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([login] { return login->result() == QDialog::Accepted; }, 30000))
        QTest::qFail("the login did not open the store", __FILE__, __LINE__);
    return login->result();
}

void TestRestoreInPlace::onlyAManagerSeesIt()
{
    AppController app(m_store->dataDir());
    QVERIFY(test::startAs(app, *m_store, "li"));
    auto *action = app.window()->findChild<QAction *>(QStringLiteral("restoreAction"));
    QVERIFY(action);
    QVERIFY(!action->isVisible());
    // Even if it were triggered, staff gets no prompt and nothing changes.
    test::PromptAnswers answers;
    app.restoreFromBackup();
    QVERIFY(answers.asked().isEmpty());
    QVERIFY(!app.isLocked());
}

void TestRestoreInPlace::withdrawalStaysAfterRestoreFromTheConsole()
{
    AppController app(m_store->dataDir());
    QVERIFY(test::startAs(app, *m_store, "wang"));
    MainWindow *window = app.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // The withdrawal after the backup: face data deleted at once.
    auto withdrawn = ResidentService(*app.vault()).withdraw(m_zhao);
    QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.errorMessage()));
    QCOMPARE(ResidentService(*app.vault()).details(m_zhao)->row.templateCount, 0);

    auto *action = window->findChild<QAction *>(QStringLiteral("restoreAction"));
    QVERIFY(action && action->isVisible());
    QString summary;
    test::PromptAnswers answers;
    answers.path(m_backup)
        .dialog([&summary](QDialog &dialog) {
            auto *restore = qobject_cast<RestoreDialog *>(&dialog);
            if (!restore) {
                QTest::qFail("the app asked something else than what the restore replaces", __FILE__, __LINE__);
                return int(QDialog::Rejected);
            }
            restore->show();
            test::saveScreenshot(restore, QStringLiteral("restore-in-place-dialog"));
            summary = child<QLabel>(restore, "restoreSummary")->text();
            auto *ok = child<QPushButton>(restore, "restoreOkButton");
            QTest::keyClicks(child<QLineEdit>(restore, "restorePasswordEdit"), QStringLiteral("manager-pass"));
            if (ok->isEnabled()) // not before the tick that says the store is replaced
                QTest::qFail("Restore was possible without confirming the replacement", __FILE__, __LINE__);
            child<QCheckBox>(restore, "restoreUnderstoodCheck")->setChecked(true);
            QTest::mouseClick(ok, Qt::LeftButton);
            return restore->result();
        })
        .dialog([](QDialog &dialog) { return logIn(dialog, "wang", "manager-pass"); });
    action->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(answers.allUsed() && !app.isLocked(), 30000);
    QVERIFY2(answers.allUsed(), answers.report().constData());

    // What was to be replaced was said before: the folder and the residents it holds now.
    QVERIFY2(summary.contains(QDir::toNativeSeparators(m_store->dataDir())), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 resident")), qPrintable(summary));
    // The message names what was re-applied, and the person it was shown to.
    const QString message = app.lastRestoreMessage();
    QVERIFY2(message.contains(QStringLiteral("Re-applied 1 deletion")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Resident numbers: %1.").arg(m_zhao)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("2 face template")), qPrintable(message));
    bool shown = false;
    for (const QString &asked : answers.asked())
        shown = shown || asked.endsWith(message);
    QVERIFY2(shown, qPrintable(answers.asked().join(QLatin1Char('\n'))));

    // The store signed into again is the restored one, and Zhao Liu's face data did not come back.
    QCOMPARE(app.vault()->session().userName, QStringLiteral("wang"));
    const auto details = ResidentService(*app.vault()).details(m_zhao);
    QVERIFY2(details.ok(), qPrintable(details.errorMessage()));
    QCOMPARE(details->row.templateCount, 0);
    QCOMPARE(details->row.state, ResidentRow::State::Withdrawn);
    // And the Residents screen says so.
    ResidentsPage *residents = app.residentsPage();
    QVERIFY(residents);
    auto *view = residents->findChild<QTableView *>();
    QVERIFY(view);
    QTRY_VERIFY(view->model()->rowCount() >= 1);
    const int row = qobject_cast<ResidentsModel *>(view->model())->rowOfResident(m_zhao);
    QVERIFY(row >= 0);
    QCOMPARE(view->model()->index(row, ResidentsModel::TemplatesColumn).data().toInt(), 0);
}

void TestRestoreInPlace::cancelledRestoreChangesNothing()
{
    AppController app(m_store->dataDir());
    QVERIFY(test::startAs(app, *m_store, "wang"));
    QVERIFY(ResidentService(*app.vault()).withdraw(m_zhao).ok());
    auto *action = app.window()->findChild<QAction *>(QStringLiteral("restoreAction"));
    test::PromptAnswers answers;
    answers.path(m_backup).dialog([](QDialog &) { return int(QDialog::Rejected); }); // Cancel in the dialog
    action->trigger();
    QVERIFY(answers.allUsed());
    QVERIFY(!app.isLocked());
    QVERIFY(app.lastRestoreMessage().isEmpty());
    QCOMPARE(app.vault()->session().userName, QStringLiteral("wang"));
    QCOMPARE(ResidentService(*app.vault()).details(m_zhao)->row.state, ResidentRow::State::Withdrawn);
}

QTEST_MAIN(TestRestoreInPlace)
#include "tst_restoreinplace.moc"
