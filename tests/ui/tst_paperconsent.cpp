// The front desk's leftovers of issue 12, through the AppController as staff meet them: the paper route to
// consent (print the blank form, record the signed paper: a refusal is recorded, a grant goes on to the
// camera), the re-enrollment's start page, and the site setting that lets front-desk staff answer an access
// request. Each checks the store and then the screen.

#include "MockClock.h"
#include "PeopleFixture.h"
#include "PromptAnswers.h"
#include "StoreProbe.h"
#include "VaultFixture.h"
#include "Widgets.h"
#include "domain/AuditKind.h"
#include "enroll/EnrollmentWizard.h"
#include "enroll/PaperConsentDialog.h"
#include "main/AppController.h"
#include "main/MainWindow.h"
#include "people/ResidentsModel.h"
#include "people/ResidentsPage.h"
#include "platform/Language.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "settings/SecurityTab.h"
#include "settings/SettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

class TestPaperConsent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void paperRefusalIsRecorded();
    void paperGrantGoesToTheCamera();
    void paperFormAsksEveryAnswer();
    void paperDialogTabOrder();
    void reenrollmentTitle();
    void staffExportFollowsTheSetting();
    void unsavedReceiptSurvivesRestart();

private:
    std::unique_ptr<AppController> startAs(const QString &user);
    QString blankSource();
    QList<Consent> consentsOf(qint64 residentId);
    std::unique_ptr<test::VaultFixture> m_store;
};

void TestPaperConsent::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Language::install(QStringLiteral("en")));
}

void TestPaperConsent::init()
{
    m_store = std::make_unique<test::VaultFixture>();
    QVERIFY(m_store->create());
    QVERIFY(SettingsService(*m_store->vault).setSiteProfile(test::lakesideProfile()).ok());
    QVERIFY(SettingsService(*m_store->vault).setLivenessMode(LivenessMode::Off).ok());
    QVERIFY(m_store->addUser(QStringLiteral("li"), Role::Staff, "staff-pass-1"));
    m_store->close();
}

void TestPaperConsent::cleanup()
{
    m_store.reset();
}

QString TestPaperConsent::blankSource()
{
    // Pictures without a face: the capture waits, the decision kept.
    const QString folder = m_store->dir.filePath(QStringLiteral("blank"));
    QDir().mkpath(folder);
    QImage grey(640, 480, QImage::Format_RGB32);
    grey.fill(QColor(128, 128, 128));
    grey.save(folder + QStringLiteral("/1.png"));
    return folder;
}

std::unique_ptr<AppController> TestPaperConsent::startAs(const QString &user)
{
    auto app = std::make_unique<AppController>(m_store->dataDir());
    app->setFrameSource(blankSource());
    std::unique_ptr<Vault> vault = m_store->openAs(user);
    if (!vault)
        return nullptr;
    app->startWith(std::move(vault));
    app->window()->resize(1366, 740);
    app->window()->show();
    if (!QTest::qWaitForWindowExposed(app->window()))
        qWarning("window not exposed");
    return app;
}

QList<Consent> TestPaperConsent::consentsOf(qint64 residentId)
{
    std::unique_ptr<Vault> vault = m_store->openAs(QStringLiteral("wang"));
    Result<QList<Consent>> consents = ResidentService(*vault).consents(residentId);
    return consents ? consents.value() : QList<Consent>();
}

namespace {
// Fills the dialog as the signed paper says (an adult) and presses Record.
void fillAdult(PaperConsentDialog &dialog, bool granted)
{
    child<QRadioButton>(&dialog, "paperOver14Radio")->click();
    if (granted) {
        child<QRadioButton>(&dialog, "paperGrantedRadio")->click();
    } else {
        child<QRadioButton>(&dialog, "paperDeclinedRadio")->click();
        child<QComboBox>(&dialog, "paperAlternativeBox")->setCurrentIndex(1);
    }
    child<QLineEdit>(&dialog, "paperEvidenceEdit")->setText(QStringLiteral("binder B, form 7"));
    QTest::mouseClick(child<QPushButton>(&dialog, "recordPaperButton"), Qt::LeftButton);
}

QString pdfText(const QString &path)
{
    QProcess tool;
    tool.start(QStringLiteral("pdftotext"),
               { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    if (!tool.waitForFinished(30000))
        return QString();
    return QString::fromUtf8(tool.readAllStandardOutput());
}
} // namespace

void TestPaperConsent::paperRefusalIsRecorded()
{
    std::unique_ptr<AppController> app = startAs(QStringLiteral("li"));
    QVERIFY(app);
    app->window()->showSection(Section::Enroll);
    EnrollmentWizard *wizard = app->enrollmentWizard();
    QVERIFY(wizard);
    child<QLineEdit>(wizard, "residentNameEdit")->setText(QStringLiteral("Chen Jing"));

    const QString form = m_store->dir.filePath(QStringLiteral("form.pdf"));
    bool blankSaved = false;
    test::PromptAnswers answers;
    answers.dialog([&](QDialog &d) {
        auto &dialog = static_cast<PaperConsentDialog &>(d);
        // 1. The blank form, with the name typed at the desk and the version in force.
        QTest::mouseClick(child<QPushButton>(&dialog, "pdfFormButton"), Qt::LeftButton);
        blankSaved = QFileInfo(form).size() > 1000;
        // 2. The signed paper: a refusal with the other way chosen.
        fillAdult(dialog, false);
        return dialog.result();
    });
    answers.path(form);
    QTest::mouseClick(child<QPushButton>(wizard, "paperFormButton"), Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QVERIFY(blankSaved);
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        const QString text = pdfText(form);
        QVERIFY2(text.contains(QStringLiteral("Chen Jing")), qPrintable(text.left(400)));
        const QString version = SettingsService(*app->vault()).currentNoticeVersion().value();
        QVERIFY(text.contains(version));
    }

    // The store: one person, a declined consent with the other way, on paper, witnessed by the staff member.
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Saved);
    QVERIFY(wizard->saved());
    const qint64 id = wizard->saved()->residentId;
    const QList<Consent> consents = consentsOf(id);
    QCOMPARE(consents.size(), 1);
    const Consent &c = consents.constFirst();
    QCOMPARE(c.decision, Consent::Decision::Declined);
    QCOMPARE(c.alternative, test::lakesideProfile().alternatives.value(0));
    QCOMPARE(c.witness, QStringLiteral("li"));
    QVERIFY2(c.evidence.contains(QStringLiteral("paper")) && c.evidence.contains(QStringLiteral("binder B")),
             qPrintable(c.evidence));
    std::unique_ptr<Vault> manager = m_store->openAs(QStringLiteral("wang"));
    const Result<QList<AuditEvent>> events = test::probe(*manager).auditLog().events(0);
    bool audited = false;
    for (const AuditEvent &e : events.value())
        audited |= e.kind == AuditKind::ConsentDeclined && e.residentId == id && e.actor == QLatin1String("li");
    QVERIFY(audited);

    // The screen: the saved page says so, and the Residents list shows the person without a refresh.
    QVERIFY(child<QLabel>(wizard, "savedLabel")->text().contains(QStringLiteral("paper")));
    ResidentsPage *residents = app->residentsPage();
    QVERIFY(residents);
    QTRY_COMPARE(residents->model()->rowCount(), 1);
    QCOMPARE(residents->model()->residentRow(0).name, QStringLiteral("Chen Jing"));
}

void TestPaperConsent::paperGrantGoesToTheCamera()
{
    // A person already on record (declined on screen before) signs a paper grant, from the Residents page.
    qint64 id = 0;
    {
        std::unique_ptr<Vault> v = m_store->openAs(QStringLiteral("wang"));
        Resident r;
        r.name = QStringLiteral("Zhou Qi");
        r.declareUnder14(false);
        Consent declined;
        declined.noticeVersionId = SettingsService(*v).currentNotice(QStringLiteral("en")).value().id;
        declined.decision = Consent::Decision::Declined;
        declined.alternative = test::lakesideProfile().alternatives.value(0);
        declined.signer = r.name;
        declined.signedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        Result<EnrollmentReceipt> saved = ResidentService(*v).enroll(r, declined, {});
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        id = saved->residentId;
    }
    std::unique_ptr<AppController> app = startAs(QStringLiteral("li"));
    QVERIFY(app);
    app->window()->showSection(Section::Residents);
    ResidentsPage *residents = app->residentsPage();
    QTRY_VERIFY(residents->selectResident(id));
    auto *paper = child<QPushButton>(residents, "paperConsentButton");
    QVERIFY(paper->isEnabled());
    QString nameShown;
    test::PromptAnswers answers;
    answers.dialog([&](QDialog &d) {
        auto &dialog = static_cast<PaperConsentDialog &>(d);
        auto *name = child<QLineEdit>(&dialog, "paperNameEdit");
        nameShown = name->isReadOnly() ? name->text() : QString();
        fillAdult(dialog, true);
        return dialog.result();
    });
    QTest::mouseClick(paper, Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QCOMPARE(nameShown, QStringLiteral("Zhou Qi"));

    // The Enroll section, at the camera, for this person: the paper decision waits for the pictures.
    EnrollmentWizard *wizard = app->enrollmentWizard();
    QCOMPARE(app->window()->currentSection(), Section::Enroll);
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Capture);
    QCOMPARE(wizard->reenrolling(), std::optional<qint64>(id));
    QVERIFY(wizard->hasUnsavedWork());
    QVERIFY(wizard->camera()->isRunning());
    // Nothing is stored before the pictures are saved: still only the refusal on record.
    QCOMPARE(consentsOf(id).size(), 1);
    // Cancelling asks first (the signed paper's decision would be lost); yes: nothing is stored.
    answers.yes();
    QTest::mouseClick(child<QPushButton>(wizard, "cancelCaptureButton"), Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QCOMPARE(wizard->step(), EnrollmentWizard::Step::Start);
    QCOMPARE(consentsOf(id).size(), 1);
    // The discarded decision is on record: who discarded it, for whom, what it was — never silently dropped.
    std::unique_ptr<Vault> manager = m_store->openAs(QStringLiteral("wang"));
    const Result<QList<AuditEvent>> events = test::probe(*manager).auditLog().events(0);
    QList<AuditEvent> discarded;
    for (const AuditEvent &e : events.value()) {
        if (e.kind == AuditKind::ConsentDiscarded)
            discarded << e;
    }
    QCOMPARE(discarded.size(), 1);
    QCOMPARE(discarded.constFirst().actor, QStringLiteral("li"));
    QCOMPARE(discarded.constFirst().residentId, std::optional<qint64>(id));
    QCOMPARE(discarded.constFirst().details.value(QStringLiteral("decision")).toString(), QStringLiteral("granted"));
    QCOMPARE(discarded.constFirst().details.value(QStringLiteral("reason")).toString(), QStringLiteral("cancelled"));
    QVERIFY(AuditKind::displayName(AuditKind::ConsentDiscarded) != AuditKind::ConsentDiscarded);
}

void TestPaperConsent::paperFormAsksEveryAnswer()
{
    std::unique_ptr<AppController> app = startAs(QStringLiteral("li"));
    QVERIFY(app);
    PaperConsentDialog dialog(*app->vault(), QString(), std::nullopt, app->window());
    auto *message = child<QLabel>(&dialog, "paperMessage");
    auto press = [&] { QTest::mouseClick(child<QPushButton>(&dialog, "recordPaperButton"), Qt::LeftButton); };
    press();
    QVERIFY(message->text().contains(QStringLiteral("name")));
    child<QLineEdit>(&dialog, "paperNameEdit")->setText(QStringLiteral("Sun Li"));
    press();
    QVERIFY(message->text().contains(QStringLiteral("age")));
    // A child: the guardian's name and relation are needed, and the guardian is who signed.
    child<QRadioButton>(&dialog, "paperUnder14Radio")->click();
    press();
    QVERIFY(message->text().contains(QStringLiteral("guardian")));
    child<QLineEdit>(&dialog, "paperGuardianNameEdit")->setText(QStringLiteral("Sun Hua"));
    child<QComboBox>(&dialog, "paperGuardianRelationBox")->setCurrentIndex(2);
    QCOMPARE(child<QLineEdit>(&dialog, "paperSignerEdit")->text(), QStringLiteral("Sun Hua"));
    press();
    QVERIFY(message->text().contains(QStringLiteral("decision")));
    child<QRadioButton>(&dialog, "paperDeclinedRadio")->click();
    press();
    QVERIFY(message->text().contains(QStringLiteral("other way")));
    // The core's rules too: the signer of a child's form must be the guardian.
    child<QComboBox>(&dialog, "paperAlternativeBox")->setCurrentIndex(1);
    child<QLineEdit>(&dialog, "paperSignerEdit")->setText(QStringLiteral("Sun Li"));
    press();
    QVERIFY2(message->text().contains(QStringLiteral("guardian")), qPrintable(message->text()));
    QVERIFY(!dialog.consent());
    child<QLineEdit>(&dialog, "paperSignerEdit")->setText(QStringLiteral("Sun Hua"));
    press();
    QVERIFY2(dialog.consent(), qPrintable(message->text()));
    QCOMPARE(dialog.consent()->signerRole, Consent::SignerRole::Guardian);
    QCOMPARE(dialog.consent()->guardianName, QStringLiteral("Sun Hua"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestPaperConsent::paperDialogTabOrder()
{
    // The keyboard walks the dialog top to bottom: print, then every answer in the form's order, Record, Cancel.
    std::unique_ptr<AppController> app = startAs(QStringLiteral("li"));
    QVERIFY(app);
    PaperConsentDialog dialog(*app->vault(), QString(), std::nullopt, app->window());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    child<QRadioButton>(&dialog, "paperUnder14Radio")->setChecked(true); // the guardian's fields are enabled
    child<QRadioButton>(&dialog, "paperDeclinedRadio")->setChecked(true); // so is the other way
    child<QLineEdit>(&dialog, "paperNameEdit")->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "paperNameEdit"));
    QStringList walked;
    for (int i = 0; i < 18; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (walked.isEmpty() || walked.constLast() != QApplication::focusWidget()->objectName())
            walked << QApplication::focusWidget()->objectName();
    }
    // A group of radio buttons is one tab stop (the arrows move inside it); the date and time edit takes a Tab
    // per part (year … minute), as every Qt date edit does.
    const QStringList expected {
        QStringLiteral("paperBirthRadio"),          QStringLiteral("paperGuardianNameEdit"),
        QStringLiteral("paperGuardianRelationBox"), QStringLiteral("paperSignerEdit"),
        QStringLiteral("paperGrantedRadio"),        QStringLiteral("paperAlternativeBox"),
        QStringLiteral("paperSignedAtEdit"),        QStringLiteral("paperVersionBox"),
        QStringLiteral("paperEvidenceEdit"),        QStringLiteral("recordPaperButton"),
        QStringLiteral("cancelPaperButton"),        QStringLiteral("formLanguageBox"),
        QStringLiteral("printFormButton"),          QStringLiteral("pdfFormButton"),
    };
    QVERIFY2(walked == expected, qPrintable(walked.join(QLatin1Char(' '))));
}

void TestPaperConsent::reenrollmentTitle()
{
    std::unique_ptr<AppController> app = startAs(QStringLiteral("wang"));
    QVERIFY(app);
    EnrollmentWizard *wizard = app->enrollmentWizard();
    auto *title = child<QLabel>(wizard, "startTitle");
    QCOMPARE(title->text(), QStringLiteral("Enroll a resident"));
    // A person on record with a refusal: re-enrollment asks for consent again, on the start page's title.
    Resident r;
    r.name = QStringLiteral("He Ping");
    r.declareUnder14(false);
    Consent declined;
    declined.noticeVersionId = SettingsService(*app->vault()).currentNotice(QStringLiteral("en")).value().id;
    declined.decision = Consent::Decision::Declined;
    declined.alternative = test::lakesideProfile().alternatives.value(0);
    declined.signer = r.name;
    declined.signedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    Result<EnrollmentReceipt> saved = ResidentService(*app->vault()).enroll(r, declined, {});
    QVERIFY(saved.ok());
    test::PromptAnswers answers; // the consent dialog is opened non-modally; nothing else may ask
    app->reenroll(saved->residentId);
    QCOMPARE(wizard->reenrolling(), std::optional<qint64>(saved->residentId));
    QCOMPARE(title->text(), QStringLiteral("Re-enroll a resident"));
    // A hotel says guest (住客).
    SiteProfile hotel = test::lakesideProfile();
    hotel.siteType = SiteProfile::SiteType::Hotel;
    hotel.applyDefaultsFor(SiteProfile::SiteType::Hotel);
    QVERIFY2(SettingsService(*app->vault()).setSiteProfile(hotel).ok(),
             qPrintable(SettingsService(*app->vault()).setSiteProfile(hotel).errorMessage()));
    QTRY_COMPARE(title->text(), QStringLiteral("Re-enroll a guest"));
    if (wizard->consentDialog())
        wizard->consentDialog()->reject();
    QTRY_COMPARE(title->text(), QStringLiteral("Enroll a guest"));
}

void TestPaperConsent::staffExportFollowsTheSetting()
{
    qint64 id = 0;
    {
        std::unique_ptr<Vault> v = m_store->openAs(QStringLiteral("wang"));
        Resident r;
        r.name = QStringLiteral("Ma Lan");
        r.declareUnder14(false);
        Consent declined;
        declined.noticeVersionId = SettingsService(*v).currentNotice(QStringLiteral("en")).value().id;
        declined.decision = Consent::Decision::Declined;
        declined.alternative = test::lakesideProfile().alternatives.value(0);
        declined.signer = r.name;
        declined.signedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        id = ResidentService(*v).enroll(r, declined, {}).value().residentId;
    }
    // Off (the default): the staff member sees the button greyed out, with why and who can change it.
    {
        std::unique_ptr<AppController> staff = startAs(QStringLiteral("li"));
        ResidentsPage *residents = staff->residentsPage();
        QTRY_VERIFY(residents->selectResident(id));
        auto *exportButton = child<QPushButton>(residents, "exportButton");
        QVERIFY(!exportButton->isEnabled());
        QVERIFY2(exportButton->toolTip().contains(QStringLiteral("manager"))
                     && exportButton->toolTip().contains(QStringLiteral("Settings")),
                 qPrintable(exportButton->toolTip()));
        // The staff member's Security tab shows the setting but cannot change it.
        SecurityTab *security = staff->settingsPage()->securityTab();
        QVERIFY(!security->staffAccessRequestsCheck()->isEnabled());
    }
    // The manager turns it on in Settings → Security.
    {
        std::unique_ptr<AppController> manager = startAs(QStringLiteral("wang"));
        SecurityTab *security = manager->settingsPage()->securityTab();
        QCheckBox *check = security->staffAccessRequestsCheck();
        QVERIFY(check->isEnabled());
        QVERIFY(!check->isChecked());
        check->click();
        QTest::mouseClick(child<QPushButton>(security, "saveSecurityButton"), Qt::LeftButton);
        QCOMPARE(security->messageText(), QStringLiteral("Saved."));
        QVERIFY(SettingsService(*manager->vault()).staffAnswersAccessRequests().value());
    }
    // On: the staff member exports; the package is written and the export is on record under their name.
    std::unique_ptr<AppController> staff = startAs(QStringLiteral("li"));
    ResidentsPage *residents = staff->residentsPage();
    QTRY_VERIFY(residents->selectResident(id));
    auto *exportButton = child<QPushButton>(residents, "exportButton");
    QVERIFY(exportButton->isEnabled());
    const QString out = m_store->dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    test::PromptAnswers answers;
    answers.path(out);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QCOMPARE(QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    QVERIFY(residents->lastMessage().contains(QDir::toNativeSeparators(out)));
    const Result<QList<AuditEvent>> events = test::probe(*staff->vault()).auditLog().events(0);
    bool audited = false;
    for (const AuditEvent &e : events.value())
        audited |= e.kind == AuditKind::Export && e.residentId == id && e.actor == QLatin1String("li");
    QVERIFY(audited);
}

void TestPaperConsent::unsavedReceiptSurvivesRestart()
{
    // A withdrawal whose receipt dialog was cancelled; the console is closed and opened again: the receipt is
    // still offered on the person's detail, and the PDF saved then is that receipt.
    test::PeopleFixture people;
    QVERIFY(people.create());
    const qint64 zhang = people.enroll(QStringLiteral("Zhang San"), QStringLiteral("3-101"));
    {
        ResidentsPage page(people.vault());
        page.resize(1366, 740);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.selectResident(zhang));
        test::PromptAnswers answers;
        answers.yes().path(QString()); // confirm the withdrawal, cancel the receipt
        QTest::mouseClick(child<QPushButton>(&page, "withdrawButton"), Qt::LeftButton);
        QVERIFY2(answers.allUsed(), answers.report().constData());
        QVERIFY(!child<QPushButton>(&page, "receiptAgainButton")->isHidden());
    }
    people.store.close();
    std::unique_ptr<Vault> again = people.store.openAs(QStringLiteral("wang"));
    QVERIFY(again);
    QCOMPARE(ResidentService(*again).pendingReceipts().value().size(), 1);
    ResidentsPage page(*again);
    page.resize(1366, 740);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *button = child<QPushButton>(&page, "receiptAgainButton");
    QVERIFY(page.selectResident(zhang));
    QVERIFY(!button->isHidden());
    QVERIFY(button->text().contains(QStringLiteral("Zhang San")));
    const QString path = people.store.dir.filePath(QStringLiteral("receipt.pdf"));
    test::PromptAnswers answers;
    answers.path(path);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(answers.allUsed(), answers.report().constData());
    QVERIFY(QFileInfo(path).size() > 1000);
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QVERIFY(pdfText(path).contains(QStringLiteral("Zhang San")));
    QVERIFY(button->isHidden());
    QCOMPARE(ResidentService(*again).pendingReceipts().value().size(), 0);
}

QTEST_MAIN(TestPaperConsent)
#include "tst_paperconsent.moc"
