// Issue 10 §1 and §3 through the app (AppController): the enrollment wizard refuses while the notice is
// incomplete, names what is missing and leads to the settings page that completes it; after a material
// change of the notice the Residents screen lists the people whose consent needs renewal, and renewing
// there shows what changed and brings the person back into recognition.

#include "PromptAnswers.h"
#include "Screenshot.h"
#include "StoreProbe.h"
#include "TestPaths.h"
#include "VaultFixture.h"
#include "Widgets.h"
#include "common/SiteProfileForm.h"
#include "enroll/ConsentDialog.h"
#include "enroll/EnrollmentWizard.h"
#include "enroll/SignaturePad.h"
#include "main/AppController.h"
#include "main/MainWindow.h"
#include "people/ResidentsPage.h"
#include "platform/Language.h"
#include "services/GalleryService.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "settings/SettingsPage.h"
#include "settings/SiteProfileTab.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

class TestNoticeFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wizardRefusesAnIncompleteNotice();
    void renewalFromTheResidentsScreen();

private:
    QString m_lang;
};

void TestNoticeFlow::initTestCase()
{
    m_lang = qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("en"));
    QVERIFY(Language::install(m_lang));
    if (const QString extra = qEnvironmentVariable("CONSENTRY_TEST_EXTRA_QM"); !extra.isEmpty()) {
        auto *translator = new QTranslator(this);
        QVERIFY(translator->load(extra));
        QCoreApplication::installTranslator(translator);
    }
}

void TestNoticeFlow::wizardRefusesAnIncompleteNotice()
{
    test::VaultFixture store;
    QVERIFY(store.create(test::sampleProfile())); // only a site name, as "consentry-cli init" leaves it
    store.close();
    AppController app(store.dataDir());
    app.setFrameSource(test::testdataDir().isEmpty() ? QDir::tempPath()
                                                     : test::testdataDir() + QStringLiteral("/faces/orl/s1"));
    std::unique_ptr<Vault> vault = store.openAs(QStringLiteral("wang"));
    QVERIFY(vault);
    app.startWith(std::move(vault));
    EnrollmentWizard *wizard = app.enrollmentWizard();
    QVERIFY(wizard);
    app.window()->showSection(Section::Enroll);
    child<QLineEdit>(wizard, "residentNameEdit")->setText(QStringLiteral("Li Lei"));
    QTest::mouseClick(child<QPushButton>(wizard, "startButton"), Qt::LeftButton);
    QVERIFY(!wizard->consentDialog());
    const QString message = child<QLabel>(wizard, "startMessage")->text();
    for (const QString &key : { QStringLiteral("operator_name"), QStringLiteral("purpose"),
                                QStringLiteral("retention_days"), QStringLiteral("alternatives") }) {
        QVERIFY2(message.contains(SiteProfile::fieldName(key)), qPrintable(message));
        if (key.contains(QLatin1Char('_')))
            QVERIFY2(!message.contains(key), qPrintable(message)); // words, never keys
    }
    auto *complete = child<QPushButton>(wizard, "completeProfileButton");
    QVERIFY(complete->isVisibleTo(wizard));
    test::saveScreenshot(app.window(), QStringLiteral("notice-1-wizard-refuses-%1").arg(m_lang));

    // The button leads to the page that fixes it.
    QTest::mouseClick(complete, Qt::LeftButton);
    QCOMPARE(app.window()->currentSection(), Section::Settings);
    QCOMPARE(app.settingsPage()->tabs()->currentWidget(), app.settingsPage()->siteProfileTab());

    // Completed there (the manager's save), the wizard asks: the button goes, the notice opens.
    SiteProfileTab *tab = app.settingsPage()->siteProfileTab();
    tab->form()->setProfile(test::lakesideProfile());
    QVERIFY(tab->save().ok());
    test::saveScreenshot(app.settingsPage(), QStringLiteral("notice-3-settings-%1").arg(m_lang));
    QTRY_VERIFY(!complete->isVisibleTo(wizard));
    app.window()->showSection(Section::Enroll);
    QTest::mouseClick(child<QPushButton>(wizard, "startButton"), Qt::LeftButton);
    QVERIFY(wizard->consentDialog());
    wizard->consentDialog()->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard->consentDialog()));
    test::saveScreenshot(wizard->consentDialog(), QStringLiteral("notice-4-notice-%1").arg(m_lang));
    wizard->consentDialog()->reject();
}

void TestNoticeFlow::renewalFromTheResidentsScreen()
{
    test::VaultFixture store;
    QVERIFY(store.create(test::lakesideProfile()));
    QVERIFY(store.addUser(QStringLiteral("li"), Role::Staff, "staff-pass"));
    // A resident enrolled on notice 1, with a template of some engine.
    Vault &manager = *store.vault;
    Consent c;
    c.noticeVersionId = SettingsService(manager).currentNotice(QStringLiteral("en"))->id;
    c.decision = Consent::Decision::Granted;
    c.signer = QStringLiteral("Zhang San");
    c.signedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    Resident r;
    r.name = QStringLiteral("Zhang San");
    r.unit = QStringLiteral("3-201");
    r.declareUnder14(false); // the age question is mandatory
    StoredTemplate t;
    t.engineId = QStringLiteral("test-engine");
    t.modelSha256 = QByteArray(32, '\1');
    t.vector = QByteArray(512, '\x11');
    t.quality = 0.9;
    const Result<EnrollmentReceipt> enrolled = ResidentService(manager).enroll(r, c, { t });
    QVERIFY2(enrolled.ok(), qPrintable(enrolled.errorMessage()));
    // The purpose changes: material.
    SiteProfile changed = test::lakesideProfile();
    changed.purpose = m_lang == QLatin1String("zh_CN") ? QStringLiteral("住户进出大堂和地下车库时核验身份")
                                                       : QStringLiteral("Opening the lobby door and the car park");
    QVERIFY(SettingsService(manager).setSiteProfile(changed).ok());
    store.close();

    AppController app(store.dataDir());
    std::unique_ptr<Vault> vault = store.openAs(QStringLiteral("li"));
    QVERIFY(vault);
    app.startWith(std::move(vault));
    ResidentsPage *page = app.residentsPage();
    QVERIFY(page);
    app.window()->showSection(Section::Residents);
    page->setFilterChoice(ResidentsPage::FilterChoice::Renewal);
    auto *view = child<QTableView>(page, "residentsView");
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->selectRow(0);
    auto *renew = child<QPushButton>(page, "renewButton");
    QTRY_VERIFY(renew->isEnabled());
    QTest::mouseClick(renew, Qt::LeftButton);
    ConsentDialog *dialog = page->renewalDialog();
    QVERIFY(dialog);
    // What changed between the two versions, before anything else.
    QVERIFY2(dialog->changesText().contains(changed.purpose), qPrintable(dialog->changesText()));
    QVERIFY(dialog->changesText().contains(test::lakesideProfile().purpose));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    test::saveScreenshot(dialog, QStringLiteral("notice-2-renewal-%1").arg(m_lang));
    QScrollBar *bar = child<QTextBrowser>(dialog, "noticeView")->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    QTRY_VERIFY(dialog->noticeRead());
    child<QRadioButton>(dialog, "ageOver14Radio")->click(); // the age question is mandatory
    child<QCheckBox>(dialog, "separateConsentCheck")->click();
    auto *pad = child<SignaturePad>(dialog, "signaturePad");
    QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(20, 40));
    QTest::mouseMove(pad, QPoint(80, 60));
    QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(150, 50));
    QTest::mouseClick(child<QPushButton>(dialog, "agreeButton"), Qt::LeftButton);

    // Renewed in the store, and the screen follows the feed: the renewal list empties.
    const qint64 id = enrolled->residentId;
    QTRY_COMPARE(ResidentService(*app.vault()).get(id).ok(), true);
    ResidentFilter waiting;
    waiting.state = ResidentRow::State::Renewal;
    QTRY_COMPARE(ResidentService(*app.vault()).count(waiting).value(), 0);
    QTRY_COMPARE(view->model()->rowCount(), 0);
    const QList<Consent> consents = ResidentService(*app.vault()).consents(id).value();
    QCOMPARE(consents.size(), 2);
    const qint64 shown = consents.constLast().noticeVersionId;
    QVERIFY(shown == SettingsService(*app.vault()).currentNotice(QStringLiteral("en"))->id
            || shown == SettingsService(*app.vault()).currentNotice(QStringLiteral("zh_CN"))->id);
    QVERIFY(consents.constLast().isActiveGrant() && !consents.constLast().needsRenewal());
    QCOMPARE(test::probe(*app.vault()).templateRepository().countOfEngine(QStringLiteral("test-engine"), true).value(),
             1);

    // "Moved out / checked out today": one click starts the retention clock with today's date.
    page->setFilterChoice(ResidentsPage::FilterChoice::All);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->selectRow(0);
    auto *leftToday = child<QPushButton>(page, "leftTodayButton");
    QTRY_VERIFY(leftToday->isEnabled());
    QTest::mouseClick(leftToday, Qt::LeftButton);
    QCOMPARE(ResidentService(*app.vault()).get(id)->moveOut, QDate::currentDate());
    const QString rule = SettingsService(*app.vault()).retentionPolicy()->describe();
    // The message states the rule in the one sentence every document prints (StatusLine is a QLabel).
    const QString said = child<QLabel>(page, "actionMessage")->text();
    QVERIFY2(said.contains(rule), qPrintable(said));
}

QTEST_MAIN(TestNoticeFlow)
#include "tst_noticeflow.moc"
