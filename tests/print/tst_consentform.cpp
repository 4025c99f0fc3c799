// DocumentRenderer and ConsentForm: the paper consent form and the resident's signed copy, rendered to
// PDF and read back; pagination with headers, footers and page numbers; nothing half-written.

#include "PdfTools.h"
#include "Profiles.h"
#include "print/ConsentForm.h"
#include "print/DocumentRenderer.h"
#include "print/SignageText.h"

#include <QFileInfo>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace consentry;

class TestConsentForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paperFormCarriesNoticeAndBlanks_data();
    void paperFormCarriesNoticeAndBlanks();
    void signedCopyRecordsTheConsent();
    void declinedCopySaysSo();
    void longNoticeRunsOverPages();
    void pageBreakStartsANewPage();
    void blanksAreLinesNotText();
    void unwritableFileLeavesNothing();
    void timesAreUnambiguous();

private:
    QStringList m_notice;
    QTemporaryDir m_dir;
};

void TestConsentForm::initTestCase()
{
    m_notice = { QStringLiteral("我们在小区大门使用人脸识别核验住户身份。人脸信息仅用于门禁，不用于其他目的。"),
                 QStringLiteral("人脸信息加密保存在本设备，不通过互联网传输，保存期限为 365 天。"),
                 QStringLiteral("您可以拒绝，改用门禁卡或由前台核验身份证件；拒绝不影响您享受服务。"),
                 QStringLiteral("You may withdraw your consent at any time at the front desk.") };
    QVERIFY(m_dir.isValid());
}

void TestConsentForm::paperFormCarriesNoticeAndBlanks_data()
{
    QTest::addColumn<SignLanguage>("language");
    QTest::newRow("zh_CN") << SignLanguage::Chinese;
    QTest::newRow("en") << SignLanguage::English;
    QTest::newRow("zh_CN+en") << SignLanguage::Bilingual;
}

Q_DECLARE_METATYPE(consentry::SignLanguage)

void TestConsentForm::paperFormCarriesNoticeAndBlanks()
{
    QFETCH(SignLanguage, language);
    const SiteProfile profile = test::typicalProfile();
    const Document form = ConsentForm::paperForm(m_notice, profile, language, QStringLiteral("v3-5f2c9a"));
    const QString pdf = m_dir.filePath(QStringLiteral("form-%1.pdf").arg(SignageSpec::languageKey(language)));
    const Result<int> pages = DocumentRenderer(form).writePdf(pdf);
    QVERIFY2(pages.ok(), qPrintable(pages.errorMessage()));
    QVERIFY(pages.value() >= 1);
    QCOMPARE(DocumentRenderer(form).pageCount(), pages.value());

    const QString text = test::normalizedForSearch(test::pdfText(pdf));
    QStringList expected = m_notice;
    expected << profile.operatorName << profile.siteName << profile.contactPhone << QStringLiteral("v3-5f2c9a")
             << profile.alternatives;
    for (const QString &code : SignageSpec::languageCodes(language)) {
        for (SignageText::Phrase phrase :
             { SignageText::FormTitle, SignageText::FormIntro, SignageText::FormNoticeHeading,
               SignageText::FormChoiceAgree, SignageText::FormChoiceDecline, SignageText::FormName,
               SignageText::FormSignature, SignageText::FormDate, SignageText::FormAgeHeading,
               SignageText::FormBirthDate, SignageText::FormUnder14Choice, SignageText::FormOver14Choice,
               SignageText::FormGuardianSignsHeading, SignageText::FormGuardianChoiceAgree,
               SignageText::FormGuardianName, SignageText::FormGuardianToChild, SignageText::FormWitness })
            expected << SignageText::text(phrase, code);
        expected << SignageText::text(SignageText::PageOfPages, code).arg(1).arg(pages.value());
    }
    for (const QString &item : std::as_const(expected))
        QVERIFY2(text.contains(test::normalizedForSearch(item)), qPrintable(QStringLiteral("missing: ") + item));
    for (const QStringList &row : test::pdfFonts(pdf))
        QCOMPARE(row.at(row.size() - 5), QStringLiteral("yes"));
    // For a person to look at: CONSENTRY_SCREENSHOT_DIR=/tmp/x ctest -R consentform
    if (qEnvironmentVariableIsSet("CONSENTRY_SCREENSHOT_DIR"))
        QFile::copy(pdf,
                    qEnvironmentVariable("CONSENTRY_SCREENSHOT_DIR") + QLatin1Char('/') + QFileInfo(pdf).fileName());
}

void TestConsentForm::signedCopyRecordsTheConsent()
{
    // A child's consent: the guardian signed it in their own name (issue 10 §4: the copy once printed the
    // guardian under "本人" and left the child out).
    SignedConsentCopy consent;
    consent.signer = QStringLiteral("王大明");
    consent.signedByGuardian = true;
    consent.subjectName = QStringLiteral("王小明");
    consent.witness = QStringLiteral("前台 李娜");
    consent.signedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone::utc());
    consent.recordedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 34), QTimeZone::utc());
    consent.noticeVersion = QStringLiteral("sha256:3f7a0c1d9e");
    consent.guardianName = QStringLiteral("王大明");
    consent.guardianRelation = QStringLiteral("父亲");
    QImage signature(400, 120, QImage::Format_RGB32);
    signature.fill(Qt::white);
    {
        QPainter painter(&signature);
        painter.setPen(QPen(QColor(0x10, 0x20, 0xc0), 8));
        painter.drawLine(20, 90, 380, 30);
    }
    consent.signature = signature;

    const Document copy = ConsentForm::signedCopy(m_notice, test::typicalProfile(), SignLanguage::Bilingual, consent);
    const QString pdf = m_dir.filePath(QStringLiteral("copy.pdf"));
    const Result<int> pages = DocumentRenderer(copy).writePdf(pdf);
    QVERIFY2(pages.ok(), qPrintable(pages.errorMessage()));
    const QString text = test::normalizedForSearch(test::pdfText(pdf));
    for (const QString &item :
         { consent.subjectName, consent.witness, consent.noticeVersion, consent.guardianName, consent.guardianRelation,
           // A bilingual copy writes its times the Chinese way (Formats), its first language.
           ConsentForm::formatTime(consent.signedAt, QStringLiteral("zh_CN")),
           ConsentForm::formatTime(consent.recordedAt, QStringLiteral("zh_CN")),
           SignageText::text(SignageText::FormGuardianChoiceAgree, QStringLiteral("zh_CN")),
           SignageText::text(SignageText::FormGuardianChoiceAgree, QStringLiteral("en")),
           SignageText::text(SignageText::FormSubjectHeading, QStringLiteral("zh_CN")),
           SignageText::text(SignageText::FormGuardianCopyTitle, QStringLiteral("en")),
           SignageText::text(SignageText::FormGuardianCopyNote, QStringLiteral("zh_CN")), m_notice.constFirst() })
        QVERIFY2(text.contains(test::normalizedForSearch(item)), qPrintable(QStringLiteral("missing: ") + item));
    // The child is named under 被监护人, never as the one who consented to "my" face data.
    const qsizetype subject = text.indexOf(
        test::normalizedForSearch(SignageText::text(SignageText::FormSubjectHeading, QStringLiteral("zh_CN"))));
    QVERIFY(text.indexOf(test::normalizedForSearch(consent.subjectName), subject) > subject);
    QVERIFY(!text.contains(
        test::normalizedForSearch(SignageText::text(SignageText::FormDecisionGranted, QStringLiteral("zh_CN")))));

    // The signature image is on the page, in its blue.
    bool foundInk = false;
    for (int page = 0; page < pages.value() && !foundInk; ++page) {
        const QImage image = DocumentRenderer(copy).renderPageImage(page, 72);
        for (int y = 0; y < image.height() && !foundInk; ++y) {
            for (int x = 0; x < image.width() && !foundInk; ++x) {
                const QColor c = image.pixelColor(x, y);
                foundInk = c.blue() > 150 && c.red() < 80 && c.green() < 100;
            }
        }
    }
    QVERIFY(foundInk);
}

void TestConsentForm::declinedCopySaysSo()
{
    SignedConsentCopy consent;
    consent.signer = QStringLiteral("Alex Chen");
    consent.witness = QStringLiteral("Desk");
    consent.signedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone::utc());
    consent.recordedAt = consent.signedAt;
    consent.noticeVersion = QStringLiteral("v3");
    consent.granted = false;
    consent.alternativeChosen = QStringLiteral("Key card");
    const Document copy = ConsentForm::signedCopy(m_notice, test::typicalProfile(), SignLanguage::English, consent);
    const QString pdf = m_dir.filePath(QStringLiteral("declined.pdf"));
    QVERIFY(DocumentRenderer(copy).writePdf(pdf).ok());
    const QString text = test::normalizedForSearch(test::pdfText(pdf));
    QVERIFY(text.contains(
        test::normalizedForSearch(SignageText::text(SignageText::FormDecisionDeclined, QStringLiteral("en")))));
    QVERIFY(text.contains(QStringLiteral("Keycard")));
    QVERIFY(!text.contains(
        test::normalizedForSearch(SignageText::text(SignageText::FormDecisionGranted, QStringLiteral("en")))));
}

void TestConsentForm::longNoticeRunsOverPages()
{
    QStringList notice;
    for (int i = 1; i <= 60; ++i)
        notice << QStringLiteral("Paragraph %1 of the notice. ").arg(i).repeated(4).trimmed();
    const Document form
        = ConsentForm::paperForm(notice, test::typicalProfile(), SignLanguage::English, QStringLiteral("v9"));
    const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
    const Result<int> pages = DocumentRenderer(form).writePdf(pdf);
    QVERIFY(pages.ok());
    QVERIFY2(pages.value() >= 3, qPrintable(QString::number(pages.value())));
    const QString raw = test::pdfText(pdf);
    QCOMPARE(raw.count(QLatin1Char('\f')), pages.value()); // pdftotext ends every page with a form feed
    const QString text = test::normalizedForSearch(raw);
    for (int i = 1; i <= 60; ++i)
        QVERIFY2(text.contains(QStringLiteral("Paragraph%1ofthenotice.").arg(i)), qPrintable(QString::number(i)));
    for (int page = 1; page <= pages.value(); ++page)
        QVERIFY(text.contains(QStringLiteral("Page%1of%2").arg(page).arg(pages.value())));
    // The header (site and operator) is on every page.
    const QStringList pageTexts = raw.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), pages.value());
    for (const QString &page : pageTexts)
        QVERIFY(
            test::normalizedForSearch(page).contains(test::normalizedForSearch(test::typicalProfile().operatorName)));
}

void TestConsentForm::pageBreakStartsANewPage()
{
    Document doc;
    doc.title = QStringLiteral("Two pages");
    doc.language = QStringLiteral("en");
    doc.addParagraph(QStringLiteral("First page."));
    doc.addPageBreak();
    doc.addPageBreak(); // a second break on an empty page adds nothing
    doc.addParagraph(QStringLiteral("Second page."));
    QCOMPARE(DocumentRenderer(doc).pageCount(), 2);
    const QString pdf = m_dir.filePath(QStringLiteral("break.pdf"));
    QCOMPARE(DocumentRenderer(doc).writePdf(pdf).value(), 2);
    const QStringList pages = test::pdfText(pdf).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), 2);
    QVERIFY(pages.at(0).contains(QStringLiteral("First page.")));
    QVERIFY(pages.at(1).contains(QStringLiteral("Second page.")));
    QVERIFY(pages.at(1).contains(QStringLiteral("Page 2 of 2")));
}

void TestConsentForm::blanksAreLinesNotText()
{
    // An empty field is a line to write on: no underscores or placeholder text in the PDF, but ink.
    Document doc;
    doc.language = QStringLiteral("en");
    doc.addField(QStringLiteral("Name"));
    const QImage page = DocumentRenderer(doc).renderPageImage(0, 72);
    const QString pdf = m_dir.filePath(QStringLiteral("blank.pdf"));
    QVERIFY(DocumentRenderer(doc).writePdf(pdf).ok());
    const QString text = test::pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Name:")));
    QVERIFY(!text.contains(QLatin1Char('_')));
    // A long dark horizontal run: the line.
    int longest = 0;
    for (int y = 0; y < page.height(); ++y) {
        int run = 0;
        for (int x = 0; x < page.width(); ++x) {
            run = page.pixelColor(x, y).lightness() < 128 ? run + 1 : 0;
            longest = std::max(longest, run);
        }
    }
    QVERIFY2(longest > page.width() / 3, qPrintable(QString::number(longest)));
}

void TestConsentForm::unwritableFileLeavesNothing()
{
    const Document form
        = ConsentForm::paperForm(m_notice, test::typicalProfile(), SignLanguage::Chinese, QStringLiteral("v1"));
    const QString pdf = m_dir.filePath(QStringLiteral("nowhere/form.pdf"));
    const Result<int> pages = DocumentRenderer(form).writePdf(pdf);
    QVERIFY(!pages.ok());
    QCOMPARE(pages.errorKind(), ErrorKind::IO);
    QVERIFY(!QFileInfo::exists(pdf));
}

void TestConsentForm::timesAreUnambiguous()
{
    const QDateTime utc(QDate(2026, 3, 2), QTime(9, 30), QTimeZone::utc());
    const QString text = ConsentForm::formatTime(utc, QStringLiteral("en"));
    QVERIFY2(text.contains(QStringLiteral(" Mar 2026 ")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("(UTC")));
    const QString chinese = ConsentForm::formatTime(utc, QStringLiteral("zh_CN"));
    QVERIFY2(chinese.startsWith(QStringLiteral("2026年3月")) && chinese.contains(QStringLiteral("（UTC")),
             qPrintable(chinese));
    // Same instant, same text, whatever zone the input was given in.
    QCOMPARE(ConsentForm::formatTime(utc.toTimeZone(QTimeZone("Asia/Shanghai")), QStringLiteral("en")), text);
    QVERIFY(ConsentForm::formatTime(QDateTime()).isEmpty());
}

QTEST_MAIN(TestConsentForm)
#include "tst_consentform.moc"
