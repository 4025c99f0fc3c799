// The consent dialog obeys the law's rules for separate consent: read first, never pre-ticked, equal
// choices, a refusal that records the alternative and nothing else, a guardian for a child under 14.

#include "MockClock.h"
#include "Profiles.h"
#include "Screenshot.h"
#include "Widgets.h"
#include "compliance/GuardianRule.h"
#include "enroll/ConsentDialog.h"
#include "enroll/SignaturePad.h"
#include "platform/Language.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

class TestConsentDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void consentLockedUntilScrolledToEnd();
    void nothingIsPreselected();
    void agreeRecordsTheShownVersion();
    void declineRecordsAlternativeOnly();
    void childNeedsGuardian();
    void cancelRecordsNothing();
    void largerTextMakesTextLarger();
    void under14Rule();

private:
    static QList<ShownNotice> notices();
    static void readToEnd(ConsentDialog &dialog);
    static void sign(ConsentDialog &dialog);
};

void TestConsentDialog::initTestCase()
{
    // CONSENTRY_TEST_LANG=zh_CN runs the same steps in Chinese (for screenshots); default English.
    const QString lang = qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("en"));
    QVERIFY(Language::install(lang));
}

QList<ShownNotice> TestConsentDialog::notices()
{
    const SiteProfile profile = test::lakesideProfile();
    return { { QStringLiteral("notice-zh-3"), NoticeText::compose(profile, QStringLiteral("zh_CN")) },
             { QStringLiteral("notice-en-3"), NoticeText::compose(profile, QStringLiteral("en")) } };
}

void TestConsentDialog::readToEnd(ConsentDialog &dialog)
{
    QScrollBar *bar = child<QTextBrowser>(dialog, "noticeView")->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    QTRY_VERIFY(dialog.noticeRead());
}

void TestConsentDialog::sign(ConsentDialog &dialog)
{
    auto *pad = child<SignaturePad>(dialog, "signaturePad");
    QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(20, 40));
    QTest::mouseMove(pad, QPoint(80, 60));
    QTest::mouseMove(pad, QPoint(140, 30));
    QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(150, 50));
    QVERIFY(!pad->isEmpty());
}

void TestConsentDialog::consentLockedUntilScrolledToEnd()
{
    ConsentDialog dialog(notices(), { QStringLiteral("ID card") }, QStringLiteral("desk1"));
    dialog.resize(900, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *consent = child<QCheckBox>(dialog, "separateConsentCheck");
    auto *agree = child<QPushButton>(dialog, "agreeButton");
    QScrollBar *bar = child<QTextBrowser>(dialog, "noticeView")->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);

    QVERIFY(!consent->isEnabled());
    bar->setValue(bar->maximum() / 2);
    QTest::qWait(20);
    QVERIFY(!dialog.noticeRead());
    QVERIFY(!consent->isEnabled());
    test::saveScreenshot(&dialog, QStringLiteral("consent-reading"));

    bar->setValue(bar->maximum());
    QTRY_VERIFY(consent->isEnabled());
    // Reading alone agrees to nothing.
    QVERIFY(!consent->isChecked());
    QVERIFY(!agree->isEnabled());
}

void TestConsentDialog::nothingIsPreselected()
{
    ConsentDialog dialog(notices(), { QStringLiteral("ID card"), QStringLiteral("Key card") }, QStringLiteral("desk1"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *agree = child<QPushButton>(dialog, "agreeButton");
    auto *decline = child<QPushButton>(dialog, "declineButton");
    QVERIFY(!child<QCheckBox>(dialog, "separateConsentCheck")->isChecked());
    // The age question has no default answer either ("adult" was the default once: issue 10 §4).
    for (const char *age : { "ageBirthRadio", "ageUnder14Radio", "ageOver14Radio" })
        QVERIFY(!child<QRadioButton>(dialog, age)->isChecked());
    QVERIFY(!agree->isDefault() && !decline->isDefault());
    QVERIFY(!agree->autoDefault() && !decline->autoDefault());
    // Equal buttons: same size and same font.
    QCOMPARE(agree->size(), decline->size());
    QCOMPARE(agree->font(), decline->font());
    QVERIFY(decline->isEnabled());

    QTest::mouseClick(decline, Qt::LeftButton);
    for (int i = 0; i < 2; ++i)
        QVERIFY(!child<QRadioButton>(dialog, i == 0 ? "alternative0" : "alternative1")->isChecked());
    QVERIFY(!child<QPushButton>(dialog, "confirmAlternativeButton")->isEnabled());
}

void TestConsentDialog::agreeRecordsTheShownVersion()
{
    test::MockClock clock;
    ConsentDialog dialog(notices(), { QStringLiteral("ID card") }, QStringLiteral("desk1"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The resident reads the English notice.
    child<QComboBox>(dialog, "noticeLanguageBox")->setCurrentIndex(1);
    readToEnd(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "signerNameEdit"), QStringLiteral("Li Lei"));
    auto *agree = child<QPushButton>(dialog, "agreeButton");
    child<QCheckBox>(dialog, "separateConsentCheck")->click();
    QVERIFY(!agree->isEnabled()); // still needs a signature
    sign(dialog);
    QVERIFY(!agree->isEnabled()); // and the answer to the age question: there is no default
    QVERIFY(child<QLabel>(dialog, "missingLabel")->text().contains(QStringLiteral("age")));
    child<QRadioButton>(dialog, "ageOver14Radio")->click();
    QVERIFY(agree->isEnabled());
    test::saveScreenshot(&dialog, QStringLiteral("consent-ready-to-agree"));
    clock.advanceSeconds(90);
    QTest::mouseClick(agree, Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ConsentOutcome o = dialog.outcome();
    QCOMPARE(o.decision, ConsentOutcome::Decision::Granted);
    QCOMPARE(o.noticeVersionId, QStringLiteral("notice-en-3"));
    QCOMPARE(o.noticeLanguage, QStringLiteral("en"));
    QCOMPARE(o.signerName, QStringLiteral("Li Lei"));
    QCOMPARE(o.witness, QStringLiteral("desk1"));
    QVERIFY(o.signaturePng.startsWith("\x89PNG"));
    QVERIFY(!o.minor);
    QVERIFY(o.ageAnswered);
    QVERIFY(!o.signedByGuardian);
    QCOMPARE(o.shownAt.secsTo(o.decidedAt), 90);
}

void TestConsentDialog::declineRecordsAlternativeOnly()
{
    ConsentDialog dialog(notices(), { QStringLiteral("ID card"), QStringLiteral("Key card") }, QStringLiteral("desk1"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(dialog, "signerNameEdit"), QStringLiteral("Han Meimei"));
    // Declining needs no reading, no ticking and no signature.
    QTest::mouseClick(child<QPushButton>(dialog, "declineButton"), Qt::LeftButton);
    child<QRadioButton>(dialog, "alternative1")->click();
    test::saveScreenshot(&dialog, QStringLiteral("consent-alternative"));
    auto *confirm = child<QPushButton>(dialog, "confirmAlternativeButton");
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ConsentOutcome o = dialog.outcome();
    QCOMPARE(o.decision, ConsentOutcome::Decision::Declined);
    QCOMPARE(o.alternative, QStringLiteral("Key card"));
    QCOMPARE(o.signerName, QStringLiteral("Han Meimei"));
    QCOMPARE(o.noticeVersionId, QStringLiteral("notice-zh-3"));
    QVERIFY(o.signaturePng.isEmpty());
}

void TestConsentDialog::childNeedsGuardian()
{
    test::MockClock clock(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
    ConsentDialog dialog(notices(), { QStringLiteral("ID card") }, QStringLiteral("desk1"));
    dialog.setMinorsRules(QStringLiteral("儿童的人脸信息仅用于入住核验，监护人可随时撤回。"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    readToEnd(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "signerNameEdit"), QStringLiteral("Xiao Ming"));
    child<QRadioButton>(dialog, "ageBirthRadio")->click();
    child<QDateEdit>(dialog, "birthDateEdit")->setDate(QDate(2015, 3, 1)); // 11 years old
    auto *agree = child<QPushButton>(dialog, "agreeButton");
    // The child neither ticks "my facial information" nor signs: those are hidden, the guardian's box shows,
    // with the site's rules for children.
    QVERIFY(child<QWidget>(dialog, "guardianBox")->isVisible());
    QVERIFY(!child<QCheckBox>(dialog, "separateConsentCheck")->isVisible());
    QVERIFY(!child<QWidget>(dialog, "signaturePad")->isVisible());
    QVERIFY(child<QLabel>(dialog, "minorsRulesLabel")->isVisible());
    QVERIFY(child<QLabel>(dialog, "minorsRulesLabel")->text().contains(QStringLiteral("监护人可随时撤回")));
    QVERIFY(!agree->isEnabled());

    QTest::keyClicks(child<QLineEdit>(dialog, "guardianNameEdit"), QStringLiteral("Wang Fang"));
    child<QComboBox>(dialog, "guardianRelationBox")->setCurrentIndex(2);
    child<QCheckBox>(dialog, "guardianConsentCheck")->click();
    QVERIFY(!agree->isEnabled()); // the guardian's own signature is still missing
    auto *pad = child<SignaturePad>(dialog, "guardianSignaturePad");
    const QPoint a = pad->rect().center() - QPoint(40, 10);
    const QPoint b = pad->rect().center() + QPoint(40, 10);
    QTest::mousePress(pad, Qt::LeftButton, {}, a);
    QTest::mouseMove(pad, b);
    QTest::mouseRelease(pad, Qt::LeftButton, {}, b);
    test::saveScreenshot(&dialog, QStringLiteral("consent-child-guardian"));
    QVERIFY(agree->isEnabled());
    QTest::mouseClick(agree, Qt::LeftButton);
    const ConsentOutcome o = dialog.outcome();
    QVERIFY(o.minor);
    QVERIFY(o.signedByGuardian);
    QCOMPARE(o.guardianName, QStringLiteral("Wang Fang"));
    QCOMPARE(o.signerName, QStringLiteral("Xiao Ming"));
    QVERIFY(!o.guardianRelation.isEmpty());
    QVERIFY(o.guardianConsented);
    QVERIFY(o.signaturePng.startsWith("\x89PNG")); // the guardian's pad
    QCOMPARE(o.dateOfBirth, QDate(2015, 3, 1));
}

void TestConsentDialog::cancelRecordsNothing()
{
    ConsentDialog dialog(notices(), { QStringLiteral("ID card") }, QStringLiteral("desk1"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.outcome().noticeVersionId.isEmpty());
}

void TestConsentDialog::largerTextMakesTextLarger()
{
    ConsentDialog dialog(notices(), {}, QStringLiteral("desk1"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QScrollBar *bar = child<QTextBrowser>(dialog, "noticeView")->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    const int before = bar->maximum();
    child<QPushButton>(dialog, "largerTextButton")->click();
    QTRY_VERIFY(bar->maximum() > before);
}

void TestConsentDialog::under14Rule()
{
    // The dialog asks for a guardian exactly when GuardianRule says the resident is a child today (the rule's
    // own boundaries are tested in tests/compliance/tst_rules).
    test::MockClock clock;
    clock.set(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
    ConsentDialog dialog(notices(), { QStringLiteral("ID card") }, QStringLiteral("desk1"));
    dialog.show();
    child<QRadioButton>(dialog, "ageBirthRadio")->click();
    auto *birth = child<QDateEdit>(dialog, "birthDateEdit");
    auto *guardian = child<QGroupBox>(dialog, "guardianBox");
    for (const QDate &born : { QDate(2012, 6, 2), QDate(2012, 6, 1), QDate(1980, 1, 1) }) {
        birth->setDate(born);
        QCOMPARE(guardian->isVisible(), GuardianRule::isUnder14(born, clock.now().date()));
    }
    birth->setDate(QDate(2012, 6, 2));
    QVERIFY(guardian->isVisible()); // 14 tomorrow
    birth->setDate(QDate(2012, 6, 1));
    QVERIFY(!guardian->isVisible()); // 14 today
    child<QRadioButton>(dialog, "ageOver14Radio")->click();
    QVERIFY(!guardian->isVisible()); // declared 14 or older
    child<QRadioButton>(dialog, "ageUnder14Radio")->click();
    QVERIFY(guardian->isVisible()); // declared under 14
}

QTEST_MAIN(TestConsentDialog)
#include "tst_consentdialog.moc"
