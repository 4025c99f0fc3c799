// The compliance centre in the app (issue 11), driven at the AppController level: the rows turn from red to
// green as the manager registers a device, prints its sign, signs the impact assessment and makes a backup —
// through the screen, into the store, and back to the screen by the ChangeFeed. A red row's button goes to
// the screen that fixes it. The auditor reads everything and changes nothing.

#include "AppStart.h"
#include "PromptAnswers.h"
#include "Screenshot.h"
#include "StoreProbe.h"
#include "VaultFixture.h"
#include "Widgets.h"
#include "compliance/CompliancePage.h"
#include "main/AppController.h"
#include "main/MainWindow.h"
#include "platform/Language.h"
#include "preview/PreviewPage.h"
#include "services/AuditService.h"
#include "services/DeviceService.h"
#include "services/ImpactAssessmentService.h"
#include "services/SettingsService.h"
#include "settings/SettingsPage.h"
#include "settings/SiteProfileTab.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

class TestCompliancePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rowsTurnGreenThroughTheScreen();
    void redRowButtonGoesToTheFix();
    void auditorReadsOnly();
    void staffHasNoComplianceCentre();
    void cameraPickerNamesTheRegisteredDevice();

private:
    static QString statusOf(CompliancePage *page, const QString &obligation);

    std::unique_ptr<test::VaultFixture> m_store;
};

void TestCompliancePage::initTestCase()
{
    QVERIFY(Language::install(qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("en"))));
}

void TestCompliancePage::init()
{
    m_store = std::make_unique<test::VaultFixture>();
    QVERIFY(m_store->create());
    SiteProfile profile = test::chineseProfile();
    profile.verificationMode = SiteProfile::VerificationMode::OneToOne;
    QVERIFY(SettingsService(*m_store->vault).setSiteProfile(profile).ok());
    QVERIFY(m_store->addUser(QStringLiteral("zhao"), Role::Auditor, "auditor-pass"));
    QVERIFY(m_store->addUser(QStringLiteral("li"), Role::Staff, "staff-pass"));
    m_store->close();
}

void TestCompliancePage::cleanup()
{
    m_store.reset();
}

// The status key ("ok", "warning", "action") the table shows for an obligation, read from the screen.
QString TestCompliancePage::statusOf(CompliancePage *page, const QString &obligation)
{
    QTableWidget *table = page->obligations();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->data(Qt::UserRole).toString() == obligation)
            return table->item(row, 0)->data(Qt::UserRole).toString();
    }
    return QString();
}

void TestCompliancePage::rowsTurnGreenThroughTheScreen()
{
    test::PromptAnswers answers;
    AppController app(m_store->dataDir());
    QVERIFY(test::startAs(app, *m_store, "wang"));
    MainWindow *window = app.window();
    window->resize(1280, 860);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(window->isSectionAllowed(Section::Compliance));
    CompliancePage *page = app.compliancePage();
    QVERIFY(page);
    window->showSection(Section::Compliance);
    QCOMPARE(page->obligations()->rowCount(), ComplianceItem::all().size());
    QCOMPARE(statusOf(page, QStringLiteral("notice")), QStringLiteral("ok"));
    QCOMPARE(statusOf(page, QStringLiteral("devices")), QStringLiteral("action"));
    QCOMPARE(statusOf(page, QStringLiteral("impact_assessment")), QStringLiteral("action"));
    QCOMPARE(statusOf(page, QStringLiteral("backup")), QStringLiteral("action"));
    test::saveScreenshot(window, QStringLiteral("compliance-red"));

    // Register a device through the form.
    page->showTab(CompliancePage::Tab::Devices);
    child<QLineEdit>(page, "deviceName")->setText(QStringLiteral("前台摄像头")); // typed with an input method
    auto *type = child<QComboBox>(page, "deviceType");
    type->setCurrentIndex(type->findData(QStringLiteral("lobby")));
    child<QLineEdit>(page, "deviceArea")->setText(QStringLiteral("大堂入口到前台之间的通道"));
    QTest::mouseClick(child<QPushButton>(page, "addDevice"), Qt::LeftButton);
    // The store has it, and the screen shows it once the feed delivers.
    const Result<QList<Device>> stored = DeviceService(*app.vault()).list();
    QCOMPARE(stored.value().size(), 1);
    QCOMPARE(stored.value().constFirst().locationType, DeviceLocation::Type::Lobby);
    QTRY_COMPARE(page->devices()->rowCount(), 1);
    QCOMPARE(page->devices()->item(0, 1)->text(), QStringLiteral("前台摄像头"));
    QTRY_COMPARE(statusOf(page, QStringLiteral("devices")), QStringLiteral("ok"));
    QCOMPARE(statusOf(page, QStringLiteral("signs")), QStringLiteral("action"));
    test::saveScreenshot(window, QStringLiteral("compliance-devices"));

    // The device's sign is printed (what the signage editor records).
    QVERIFY(AuditService(*app.vault())
                .recordSignagePrinted({ { QStringLiteral("layout"), QStringLiteral("label-a6") },
                                        { QStringLiteral("device_id"), stored.value().constFirst().id } })
                .ok());
    QTRY_COMPARE(statusOf(page, QStringLiteral("signs")), QStringLiteral("ok"));

    // Answer the four parts and sign.
    page->showTab(CompliancePage::Tab::Assessment);
    QTest::mouseClick(child<QPushButton>(page, "signAssessment"), Qt::LeftButton);
    QVERIFY(!ImpactAssessmentService(*app.vault()).latestSigned().value().has_value()); // empty answers: refused
    for (ImpactAssessment::Part part : ImpactAssessment::parts()) {
        auto *edit
            = child<QPlainTextEdit>(page, qPrintable(QStringLiteral("answer_") + ImpactAssessment::partKey(part)));
        QVERIFY(edit);
        edit->setPlainText(QStringLiteral("本场所的评估意见：%1。").arg(ImpactAssessment::partTitle(part)));
    }
    answers.yes();
    QTest::mouseClick(child<QPushButton>(page, "signAssessment"), Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    const auto signedVersion = ImpactAssessmentService(*app.vault()).latestSigned().value();
    QVERIFY(signedVersion.has_value());
    QCOMPARE(signedVersion->signedBy, QStringLiteral("wang"));
    QVERIFY(signedVersion->answers.value(QStringLiteral("risks")).startsWith(QStringLiteral("本场所的评估意见")));
    QTRY_COMPARE(statusOf(page, QStringLiteral("impact_assessment")), QStringLiteral("ok"));
    test::saveScreenshot(window, QStringLiteral("compliance-assessment"));

    // The backup row's button makes the backup itself.
    page->showTab(CompliancePage::Tab::Overview);
    QTemporaryDir backups;
    answers.path(backups.filePath(QStringLiteral("site.cbak")));
    QTest::mouseClick(child<QPushButton>(page, "fix_backup"), Qt::LeftButton);
    QVERIFY(QFileInfo(backups.filePath(QStringLiteral("site.cbak"))).isFile());
    QTRY_COMPARE(statusOf(page, QStringLiteral("backup")), QStringLiteral("ok"));

    // A new notice version: the sign at the device is out of date again.
    SiteProfile profile = test::chineseProfile();
    profile.verificationMode = SiteProfile::VerificationMode::OneToOne;
    profile.contactPhone = QStringLiteral("021-5555-0199");
    QVERIFY(SettingsService(*app.vault()).setSiteProfile(profile).ok());
    QTRY_COMPARE(statusOf(page, QStringLiteral("signs")), QStringLiteral("action"));
    test::saveScreenshot(window, QStringLiteral("compliance-after"));
}

void TestCompliancePage::redRowButtonGoesToTheFix()
{
    test::PromptAnswers answers;
    AppController app(m_store->dataDir());
    QVERIFY(test::startAs(app, *m_store, "wang"));
    app.window()->show();
    CompliancePage *page = app.compliancePage();
    app.window()->showSection(Section::Compliance);
    QTest::mouseClick(child<QPushButton>(page, "fix_devices"), Qt::LeftButton);
    QCOMPARE(page->tabs()->currentIndex(), static_cast<int>(CompliancePage::Tab::Devices));
    page->showTab(CompliancePage::Tab::Overview);
    Device desk;
    desk.name = QStringLiteral("Front desk camera");
    desk.area = QStringLiteral("the counter");
    QVERIFY(DeviceService(*app.vault()).add(desk).ok());
    QTRY_VERIFY(!page->findChild<QPushButton *>(QStringLiteral("fix_devices"))); // registered: nothing to fix
    QTest::mouseClick(child<QPushButton>(page, "fix_impact_assessment"), Qt::LeftButton);
    QCOMPARE(page->tabs()->currentIndex(), static_cast<int>(CompliancePage::Tab::Assessment));
    page->showTab(CompliancePage::Tab::Overview);
    QTest::mouseClick(child<QPushButton>(page, "fix_audit_chain"), Qt::LeftButton);
    QCOMPARE(app.window()->currentSection(), Section::Audit);
    // The audit screen verified the chain, which is recorded: the row is green when the page is back.
    app.window()->showSection(Section::Compliance);
    QTRY_COMPARE(statusOf(page, QStringLiteral("audit_chain")), QStringLiteral("ok"));

    // An incomplete profile: the notice row leads to the site profile form.
    SiteProfile partial = test::chineseProfile();
    partial.purpose.clear();
    QVERIFY(SettingsService(*app.vault()).setSiteProfile(partial).ok());
    QTRY_COMPARE(statusOf(page, QStringLiteral("notice")), QStringLiteral("action"));
    QTest::mouseClick(child<QPushButton>(page, "fix_notice"), Qt::LeftButton);
    QCOMPARE(app.window()->currentSection(), Section::Settings);
    QCOMPARE(app.settingsPage()->tabs()->currentWidget(), app.settingsPage()->siteProfileTab());
    app.window()->showSection(Section::Compliance);
    QTRY_VERIFY(page->findChild<QPushButton *>(QStringLiteral("fix_signs")));
    QTest::mouseClick(child<QPushButton>(page, "fix_signs"), Qt::LeftButton);
    QCOMPARE(app.window()->currentSection(), Section::Signage);
}

void TestCompliancePage::auditorReadsOnly()
{
    AppController app(m_store->dataDir());
    QVERIFY(test::startAs(app, *m_store, "zhao"));
    app.window()->resize(1280, 860);
    app.window()->show();
    CompliancePage *page = app.compliancePage();
    QVERIFY(page);
    app.window()->showSection(Section::Compliance);
    QCOMPARE(page->obligations()->rowCount(), ComplianceItem::all().size());
    // Only the audit chain can be fixed by an auditor; nothing else offers a button.
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("fix_devices")));
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("fix_audit_chain")));
    QVERIFY(!child<QPushButton>(page, "addDevice")->isVisibleTo(page));
    QVERIFY(!child<QPushButton>(page, "signAssessment")->isVisibleTo(page));
    QVERIFY(!child<QPushButton>(page, "recordFiling")->isVisibleTo(page));
    QVERIFY(child<QPlainTextEdit>(page, "answer_risks")->isReadOnly());
    // The purge ran at the unlock (as the system, whoever signed in), and the row shows it.
    QTRY_COMPARE(statusOf(page, QStringLiteral("purge")), QStringLiteral("ok"));
    test::saveScreenshot(app.window(), QStringLiteral("compliance-auditor"));
}

void TestCompliancePage::staffHasNoComplianceCentre()
{
    AppController app(m_store->dataDir());
    QVERIFY(test::startAs(app, *m_store, "li"));
    QVERIFY(!app.compliancePage());
    QVERIFY(!app.window()->isSectionAllowed(Section::Compliance));
}

void TestCompliancePage::cameraPickerNamesTheRegisteredDevice()
{
    AppController app(m_store->dataDir());
    QVERIFY(test::startAs(app, *m_store, "wang"));
    PreviewPage *preview = app.previewPage();
    QVERIFY(preview);
    SourceChoice camera;
    camera.cameraIndex = 3;
    preview->setSource(camera); // the page is not on screen: nothing starts
    QVERIFY(preview->deviceLabel()->isVisibleTo(preview));
    QVERIFY(preview->deviceLabel()->text().contains(QStringLiteral("not in the device register")));
    Device gate;
    gate.name = QStringLiteral("North gate camera");
    gate.locationType = DeviceLocation::Type::Gate;
    gate.area = QStringLiteral("the turnstiles");
    gate.camera = QStringLiteral("/dev/video3");
    QVERIFY(DeviceService(*app.vault()).add(gate).ok());
    QTRY_VERIFY(preview->deviceLabel()->text().contains(QStringLiteral("North gate camera")));
    QVERIFY(preview->deviceLabel()->text().contains(QStringLiteral("the turnstiles")));
    // A video file stands in for a camera: there is nothing to register.
    SourceChoice file;
    file.path = QStringLiteral("/tmp/clip.mp4");
    preview->setSource(file);
    QVERIFY(!preview->deviceLabel()->isVisibleTo(preview));
}

QTEST_MAIN(TestCompliancePage)
#include "tst_compliancepage.moc"
