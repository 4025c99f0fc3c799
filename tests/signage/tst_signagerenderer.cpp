// SignageRenderer: every layout in every language, rendered to PDF and read back as a passer-by and a
// phone would — the text each sign must carry, embedded fonts, a QR code that opens the notice — and the
// refusals: missing profile fields, text that cannot fit, files that cannot be written.

#include "PdfTools.h"
#include "Profiles.h"
#include "print/SignageLayout.h"
#include "print/SignageRenderer.h"
#include "print/SignageText.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;

class TestSignageRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyElementIsPrinted_data();
    void everyElementIsPrinted();
    void longestRealisticValuesFit_data();
    void longestRealisticValuesFit();
    void tooLongIsReportedNotCut();
    void shrinksBeforeGivingUp();
    void missingFieldIsRefused_data();
    void missingFieldIsRefused();
    void unwritableFileLeavesNothing();
    void failedWriteKeepsTheOldFile();
    void smallSignOnLargePaperHasItsOwnSize();
    void letterPaper();
    void logo();
    void badLogoIsRefused();
    void rendersToAnyPagedDevice();
    void previewImageMatchesPdf();

private:
    QTemporaryDir m_dir;
};

namespace {

void addLayoutLanguageRows()
{
    QTest::addColumn<SignLayout>("layout");
    QTest::addColumn<SignLanguage>("language");
    for (SignLayout layout : SignageSpec::allLayouts()) {
        for (SignLanguage language : SignageSpec::allLanguages()) {
            const QByteArray name
                = (SignageSpec::layoutKey(layout) + QLatin1Char(' ') + SignageSpec::languageKey(language)).toUtf8();
            QTest::newRow(name.constData()) << layout << language;
        }
    }
}

QStringList missingTexts(const QString &pdfText, const QStringList &required)
{
    const QString haystack = test::normalizedForSearch(pdfText);
    QStringList missing;
    for (const QString &text : required) {
        if (!haystack.contains(test::normalizedForSearch(text)))
            missing << text;
    }
    return missing;
}

} // namespace

Q_DECLARE_METATYPE(consentry::SignLayout)
Q_DECLARE_METATYPE(consentry::SignLanguage)

void TestSignageRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!test::runTool(QStringLiteral("pdftotext"), { QStringLiteral("-v") }).started)
        QSKIP("pdftotext is not installed (Debian package poppler-utils)");
}

void TestSignageRenderer::everyElementIsPrinted_data()
{
    addLayoutLanguageRows();
}

void TestSignageRenderer::everyElementIsPrinted()
{
    QFETCH(SignLayout, layout);
    QFETCH(SignLanguage, language);
    const SignageSpec spec = SignageSpec::forLayout(layout, language, test::typicalProfile());
    const QString pdf = m_dir.filePath(SignageSpec::layoutKey(layout) + QLatin1Char('-')
                                       + SignageSpec::languageKey(language) + QStringLiteral(".pdf"));
    const Result<SignageReport> written = SignageRenderer(spec).writePdf(pdf);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QCOMPARE(written->pages, 1);
    QVERIFY2(written->fits(), qPrintable(written->messages().join(QLatin1Char('\n'))));
    QVERIFY2(written->warnings.isEmpty(), qPrintable(written->warnings.join(QLatin1Char('\n'))));

    // The words: every required element and every profile value is real text in the PDF.
    QString error;
    const QString text = test::pdfText(pdf, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList missing = missingTexts(text, test::requiredSignTexts(spec));
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("missing: ") + missing.join(QStringLiteral(" | "))
                        + QStringLiteral("\n--- pdftotext:\n") + text));
    // The other language's own words are not on a one-language sign.
    if (language == SignLanguage::Chinese)
        QVERIFY(!test::normalizedForSearch(text).contains(QStringLiteral("Facialrecognition")));
    if (language == SignLanguage::English)
        QVERIFY(!text.contains(SignageText::text(SignageText::Headline, QStringLiteral("zh_CN"))));

    // The fonts: all embedded, and a Chinese face wherever there is Chinese.
    const QList<QStringList> fonts = test::pdfFonts(pdf, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!fonts.isEmpty());
    bool cjk = false;
    for (const QStringList &row : fonts) {
        // name type… encoding emb sub uni object ID: "emb" is the fifth column from the end.
        QVERIFY2(row.size() >= 7, qPrintable(row.join(QLatin1Char(' '))));
        QCOMPARE(row.at(row.size() - 5), QStringLiteral("yes"));
        cjk = cjk || row.constFirst().contains(QStringLiteral("CJK"));
    }
    QVERIFY2(cjk, "profile values are Chinese, so a CJK face must be embedded");

    // The QR code: rasterised by poppler at 150 dpi, read by OpenCV, it opens the notice.
    const QImage page = test::pdfPageImage(pdf, 150);
    QVERIFY(!page.isNull());
    QCOMPARE(test::decodeQr(page), spec.profile.noticeUrl);
    // The paper is the layout's own.
    const QString size = test::pdfPageSize(pdf);
    const QString expected = layout == SignLayout::PosterA4 ? QStringLiteral("(A4)")
        : layout == SignLayout::CounterA5                   ? QStringLiteral("(A5)")
                                                            : QStringLiteral("297 x 420 pts");
    QVERIFY2(size.contains(expected), qPrintable(size));
}

void TestSignageRenderer::longestRealisticValuesFit_data()
{
    addLayoutLanguageRows();
}

void TestSignageRenderer::longestRealisticValuesFit()
{
    QFETCH(SignLayout, layout);
    QFETCH(SignLanguage, language);
    const SiteProfile profile = test::longestRealisticProfile();
    QCOMPARE(profile.operatorName.size(), 60);
    QCOMPARE(profile.alternatives.size(), 3);
    const SignageSpec spec = SignageSpec::forLayout(layout, language, profile);
    const SignageReport report = SignageRenderer(spec).check();
    QVERIFY2(report.fits(), qPrintable(report.messages().join(QLatin1Char('\n'))));
    QVERIFY(report.bodyPointSize >= SignageMetrics::forLayout(layout).minBodyPt);

    const QString pdf = m_dir.filePath(
        QStringLiteral("long-%1-%2.pdf").arg(SignageSpec::layoutKey(layout), SignageSpec::languageKey(language)));
    const Result<SignageReport> written = SignageRenderer(spec).writePdf(pdf);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    const QStringList missing = missingTexts(test::pdfText(pdf), test::requiredSignTexts(spec));
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing: ") + missing.join(QStringLiteral(" | "))));
    QCOMPARE(test::decodeQr(test::pdfPageImage(pdf, 150)), profile.noticeUrl);
}

void TestSignageRenderer::tooLongIsReportedNotCut()
{
    SiteProfile profile = test::typicalProfile();
    profile.purpose = QString(1900, QChar(0x95E8)); // 门…: a purpose no sign can hold
    const SignageSpec spec = SignageSpec::forLayout(SignLayout::LabelA6, SignLanguage::Bilingual, profile);
    const SignageReport report = SignageRenderer(spec).check();
    QVERIFY(!report.fits());
    QCOMPARE(report.overflowFields(), QStringList { QStringLiteral("purpose") });
    QVERIFY2(report.overflows.constFirst().message.contains(
                 QLatin1Char('"') + SiteProfile::fieldName(QStringLiteral("purpose")) + QLatin1Char('"')),
             qPrintable(report.overflows.constFirst().message));

    const QString pdf = m_dir.filePath(QStringLiteral("too-long.pdf"));
    const Result<SignageReport> written = SignageRenderer(spec).writePdf(pdf);
    QVERIFY(!written.ok());
    QCOMPARE(written.errorKind(), ErrorKind::Data);
    QVERIFY(written.errorMessage().contains(QLatin1Char('"') + SiteProfile::fieldName(QStringLiteral("purpose"))
                                            + QLatin1Char('"')));
    QVERIFY2(!QFileInfo::exists(pdf), "nothing is written when the sign cannot be complete");

    // A long operator name on the small label is named as such.
    profile = test::typicalProfile();
    profile.operatorName = QString(1500, QLatin1Char('W'));
    const SignageReport named
        = SignageRenderer(SignageSpec::forLayout(SignLayout::LabelA6, SignLanguage::English, profile)).check();
    QCOMPARE(named.overflowFields(), QStringList { QStringLiteral("operator_name") });

    // A very long site name is reported rather than cut.
    profile = test::typicalProfile();
    profile.siteName = QString(400, QLatin1Char('S'));
    const SignageReport site
        = SignageRenderer(SignageSpec::forLayout(SignLayout::CounterA5, SignLanguage::English, profile)).check();
    QVERIFY(site.overflowFields().contains(QStringLiteral("site_name")));
}

void TestSignageRenderer::shrinksBeforeGivingUp()
{
    // A long purpose makes the text smaller than the layout's preferred size, but it still fits, at or
    // above the legible minimum.
    const SignageMetrics metrics = SignageMetrics::forLayout(SignLayout::CounterA5);
    SiteProfile profile = test::typicalProfile();
    const SignageReport plain
        = SignageRenderer(SignageSpec::forLayout(SignLayout::CounterA5, SignLanguage::Chinese, profile)).check();
    profile.purpose = profile.purpose.repeated(10);
    const SignageReport longer
        = SignageRenderer(SignageSpec::forLayout(SignLayout::CounterA5, SignLanguage::Chinese, profile)).check();
    QVERIFY(plain.fits() && longer.fits());
    QVERIFY(plain.bodyPointSize <= metrics.bodyPt);
    QVERIFY2(longer.bodyPointSize < metrics.bodyPt, qPrintable(QString::number(longer.bodyPointSize)));
    QVERIFY(longer.bodyPointSize >= metrics.minBodyPt);
}

void TestSignageRenderer::missingFieldIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("operator") << QStringLiteral("operator_name");
    QTest::newRow("purpose") << QStringLiteral("purpose");
    QTest::newRow("alternatives") << QStringLiteral("alternatives");
    QTest::newRow("notice url") << QStringLiteral("notice_url");
    QTest::newRow("retention") << QStringLiteral("retention_days");
    QTest::newRow("every contact") << QStringLiteral("contact_phone");
}

void TestSignageRenderer::missingFieldIsRefused()
{
    QFETCH(QString, field);
    SiteProfile profile = test::typicalProfile();
    if (field == QLatin1String("operator_name"))
        profile.operatorName.clear();
    else if (field == QLatin1String("purpose"))
        profile.purpose.clear();
    else if (field == QLatin1String("alternatives"))
        profile.alternatives.clear();
    else if (field == QLatin1String("notice_url"))
        profile.noticeUrl.clear();
    else if (field == QLatin1String("retention_days"))
        profile.retentionDays = 0;
    else {
        profile.contactPhone.clear();
        profile.contactEmail.clear();
        profile.contactAddress.clear();
    }
    const QString pdf = m_dir.filePath(QStringLiteral("missing-%1.pdf").arg(field));
    const Result<SignageReport> written
        = SignageRenderer(SignageSpec::forLayout(SignLayout::PosterA4, SignLanguage::Bilingual, profile)).writePdf(pdf);
    QVERIFY(!written.ok());
    QCOMPARE(written.errorKind(), ErrorKind::Data);
    // The field by the name the form gives it, never its JSON key.
    QVERIFY2(written.errorMessage().contains(QLatin1Char('"') + SiteProfile::fieldName(field) + QLatin1Char('"')),
             qPrintable(written.errorMessage()));
    QVERIFY2(!written.errorMessage().contains(QLatin1Char('"') + field + QLatin1Char('"')),
             qPrintable(written.errorMessage()));
    QVERIFY(!QFileInfo::exists(pdf));
}

void TestSignageRenderer::unwritableFileLeavesNothing()
{
    const SignageSpec spec
        = SignageSpec::forLayout(SignLayout::PosterA4, SignLanguage::English, test::typicalProfile());
    const QString pdf = m_dir.filePath(QStringLiteral("no-such-folder/sign.pdf"));
    const Result<SignageReport> written = SignageRenderer(spec).writePdf(pdf);
    QVERIFY(!written.ok());
    QCOMPARE(written.errorKind(), ErrorKind::IO);
    QVERIFY(written.errorMessage().contains(pdf));
    QVERIFY(!QFileInfo::exists(pdf));
}

void TestSignageRenderer::failedWriteKeepsTheOldFile()
{
    const QString pdf = m_dir.filePath(QStringLiteral("kept.pdf"));
    QFile old(pdf);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("previous sign");
    old.close();
    SiteProfile profile = test::typicalProfile();
    profile.purpose = QString(1900, QChar(0x95E8));
    QVERIFY(!SignageRenderer(SignageSpec::forLayout(SignLayout::LabelA6, SignLanguage::Chinese, profile))
                 .writePdf(pdf)
                 .ok());
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("previous sign"));
}

void TestSignageRenderer::smallSignOnLargePaperHasItsOwnSize()
{
    SignageSpec spec = SignageSpec::forLayout(SignLayout::LabelA6, SignLanguage::Bilingual, test::typicalProfile());
    spec.paper = PaperSize::A4;
    const QString pdf = m_dir.filePath(QStringLiteral("label-on-a4.pdf"));
    const Result<SignageReport> written = SignageRenderer(spec).writePdf(pdf);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QVERIFY(test::pdfPageSize(pdf).contains(QStringLiteral("(A4)")));
    {
        const QStringList missing = missingTexts(test::pdfText(pdf), test::requiredSignTexts(spec));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing: ") + missing.join(QStringLiteral(" | "))));
    }
    // Same body size as on its own A6 paper: it is the same label, with cut marks around it.
    const SignageReport own
        = SignageRenderer(SignageSpec::forLayout(SignLayout::LabelA6, SignLanguage::Bilingual, test::typicalProfile()))
              .check();
    QCOMPARE(written->bodyPointSize, own.bodyPointSize);
    QCOMPARE(test::decodeQr(test::pdfPageImage(pdf, 150)), spec.profile.noticeUrl);
}

void TestSignageRenderer::letterPaper()
{
    SignageSpec spec = SignageSpec::forLayout(SignLayout::PosterA4, SignLanguage::Bilingual, test::typicalProfile());
    spec.paper = PaperSize::Letter;
    const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
    const Result<SignageReport> written = SignageRenderer(spec).writePdf(pdf);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QVERIFY2(test::pdfPageSize(pdf).contains(QStringLiteral("(letter)")), qPrintable(test::pdfPageSize(pdf)));
    {
        const QStringList missing = missingTexts(test::pdfText(pdf), test::requiredSignTexts(spec));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing: ") + missing.join(QStringLiteral(" | "))));
    }
}

void TestSignageRenderer::logo()
{
    QImage logo(300, 120, QImage::Format_RGB32);
    logo.fill(QColor(0xc0, 0x30, 0x30));
    const QString logoPath = m_dir.filePath(QStringLiteral("logo.png"));
    QVERIFY(logo.save(logoPath));
    SignageSpec spec = SignageSpec::forLayout(SignLayout::CounterA5, SignLanguage::English, test::typicalProfile());
    spec.logoPath = logoPath;
    QVERIFY(spec.validate().ok());
    const QImage page = SignageRenderer(spec).renderImage(72);
    // The logo's colour is on the page, at the right of the site name row.
    int red = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = page.width() / 2; x < page.width(); ++x)
            red += page.pixelColor(x, y) == QColor(0xc0, 0x30, 0x30) ? 1 : 0;
    }
    QVERIFY2(red > 200, qPrintable(QString::number(red)));
    const QString pdf = m_dir.filePath(QStringLiteral("logo.pdf"));
    QVERIFY(SignageRenderer(spec).writePdf(pdf).ok());
}

void TestSignageRenderer::badLogoIsRefused()
{
    SignageSpec spec = SignageSpec::forLayout(SignLayout::CounterA5, SignLanguage::English, test::typicalProfile());
    spec.logoPath = m_dir.filePath(QStringLiteral("no-logo.png"));
    QCOMPARE(spec.validate().errorKind(), ErrorKind::NotFound);
    const QString notImage = m_dir.filePath(QStringLiteral("not-an-image.png"));
    QFile file(notImage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is text");
    file.close();
    spec.logoPath = notImage;
    const Result<SignageReport> written
        = SignageRenderer(spec).writePdf(m_dir.filePath(QStringLiteral("bad-logo.pdf")));
    QVERIFY(!written.ok());
    QCOMPARE(written.errorKind(), ErrorKind::Data);
    QVERIFY(written.errorMessage().contains(notImage));
}

void TestSignageRenderer::rendersToAnyPagedDevice()
{
    // What the GUI does with a QPrinter: a paged device handed in, the page layout set by the renderer.
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    const SignageSpec spec
        = SignageSpec::forLayout(SignLayout::CounterA5, SignLanguage::Bilingual, test::typicalProfile());
    const Result<SignageReport> rendered = SignageRenderer(spec).render(writer);
    QVERIFY2(rendered.ok(), qPrintable(rendered.errorMessage()));
    QCOMPARE(writer.pageLayout().pageSize().id(), QPageSize::A5);
    QVERIFY(buffer.data().startsWith("%PDF-"));
    const QString pdf = m_dir.filePath(QStringLiteral("device.pdf"));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(buffer.data());
    file.close();
    {
        const QStringList missing = missingTexts(test::pdfText(pdf), test::requiredSignTexts(spec));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing: ") + missing.join(QStringLiteral(" | "))));
    }
}

void TestSignageRenderer::previewImageMatchesPdf()
{
    // The preview the editor shows is the same drawing: its QR code decodes directly from the QImage.
    for (SignLayout layout : SignageSpec::allLayouts()) {
        const SignageSpec spec = SignageSpec::forLayout(layout, SignLanguage::Bilingual, test::typicalProfile());
        SignageReport report;
        const QImage image = SignageRenderer(spec).renderImage(150, &report);
        QVERIFY(!image.isNull());
        QVERIFY(report.fits());
        const QSizeF mm = SignageSpec::pageSize(spec.paper).size(QPageSize::Millimeter);
        QCOMPARE(image.width(), qRound(mm.width() / 25.4 * 150));
        QCOMPARE(test::decodeQr(image), spec.profile.noticeUrl);
        QCOMPARE(report.bodyPointSize, SignageRenderer(spec).check().bodyPointSize);
    }
}

QTEST_MAIN(TestSignageRenderer)
#include "tst_signagerenderer.moc"
