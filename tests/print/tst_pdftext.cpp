// The text layer of every PDF the product writes: each document kind, in Chinese and in English, read back
// with pdftotext and compared with the words that were meant to be on the page — character for character,
// with no folding (no NFKC, no radical table). Also: every font embedded and subset.

#include "MockClock.h"
#include "PdfTools.h"
#include "Profiles.h"
#include "compliance/NoticeText.h"
#include "compliance/RetentionPolicy.h"
#include "platform/Formats.h"
#include "platform/Language.h"
#include "print/ConsentForm.h"
#include "print/DocumentRenderer.h"
#include "print/SignageRenderer.h"
#include "print/SignageText.h"
#include "services/AccessPackage.h"
#include "services/ReceiptDocuments.h"
#include "unlock/RecoveryKeyPanel.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace consentry;

class TestPdfText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void textLayerIsTheText_data();
    void textLayerIsTheText();

private:
    QTemporaryDir m_dir;
};

namespace {

bool isRadical(char32_t c)
{
    return c >= 0x2E80 && c <= 0x2FDF; // CJK Radicals Supplement, Kangxi Radicals
}

QString radicalsIn(const QString &text)
{
    QString found;
    for (const char32_t c : text.toUcs4()) {
        if (isRadical(c) && !found.contains(QString::fromUcs4(&c, 1)))
            found += QString::fromUcs4(&c, 1) + QStringLiteral(" (U+%1) ").arg(quint32(c), 4, 16, QLatin1Char('0'));
    }
    return found;
}

QDateTime at(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), QTimeZone(8 * 3600));
}

QString pageNumbersOf(const QString &language, int page, int pages)
{
    QStringList parts;
    for (const QString &code : language.split(QLatin1Char('+')))
        parts << SignageText::text(SignageText::PageOfPages, code).arg(page).arg(pages);
    return parts.join(QStringLiteral(" · "));
}

// The words a Document puts on paper, taken from the Document itself (not from its renderer).
QStringList documentTexts(const Document &doc, int pages)
{
    QStringList texts { doc.title, doc.header, doc.footer };
    for (const DocumentBlock &block : doc.blocks) {
        switch (block.kind) {
        case DocumentBlock::Kind::Heading:
        case DocumentBlock::Kind::Paragraph:
        case DocumentBlock::Kind::Bullet: texts << block.text; break;
        case DocumentBlock::Kind::Table:
            texts << block.table.header;
            for (const QStringList &row : block.table.rows)
                texts << row;
            break;
        case DocumentBlock::Kind::Field: texts << Formats::withColon(block.text) + block.value; break;
        case DocumentBlock::Kind::Signature: texts << Formats::withColon(block.text); break;
        case DocumentBlock::Kind::PageBreak:
        case DocumentBlock::Kind::Spacer:
        case DocumentBlock::Kind::Image: break;
        }
    }
    for (int page = 1; page <= pages; ++page)
        texts << pageNumbersOf(doc.language, page, pages);
    texts.removeAll(QString());
    return texts;
}

SignLanguage signLanguage(const QString &language)
{
    return language == QLatin1String("en") ? SignLanguage::English : SignLanguage::Chinese;
}

QStringList noticeParagraphs(const QString &language)
{
    const NoticeDocument notice = NoticeText::compose(test::typicalProfile(), language);
    QStringList paragraphs { notice.title };
    for (const NoticeSection &section : notice.sections) {
        if (!section.heading.isEmpty())
            paragraphs << section.heading;
        paragraphs << section.paragraphs;
    }
    return paragraphs;
}

Resident resident()
{
    Resident r;
    r.declareUnder14(false); // the age question is mandatory
    r.id = 42;
    r.name = QStringLiteral("王小明");
    r.unit = QStringLiteral("3号楼 2单元 501");
    r.moveIn = QDate(2025, 9, 1);
    r.createdAt = at(1, 9, 30);
    return r;
}

Document accessPackage(const QString &language)
{
    ResidentDetails d;
    d.resident = resident();
    d.row.id = d.resident.id;
    d.row.retentionDue = QDate(2027, 3, 1);
    d.row.lastVerifiedAt = at(20, 8, 15);
    ResidentDetails::ConsentEntry entry;
    entry.consent.id = 7;
    entry.consent.residentId = d.resident.id;
    entry.consent.decision = Consent::Decision::Granted;
    entry.consent.signer = d.resident.name;
    entry.consent.witness = QStringLiteral("前台 李娜");
    entry.consent.signedAt = at(1, 9, 40);
    entry.consent.recordedAt = at(1, 9, 41);
    entry.noticeVersion = QStringLiteral("1");
    entry.noticeLanguage = language;
    d.consents << entry;
    ResidentDetails::TemplateInfo info;
    info.id = 11;
    info.engineId = QStringLiteral("sface-2021dec");
    info.quality = 0.87;
    info.createdAt = at(1, 9, 45);
    d.templates << info;
    AuditEvent event;
    event.at = at(1, 9, 45);
    event.kind = QStringLiteral("enrolled");
    event.actor = QStringLiteral("lina");
    d.events << event;
    RetentionPolicy policy;
    policy.retentionDays = 365;
    return AccessPackage::toDocument(d, test::typicalProfile(), policy, at(21, 10, 0), QStringLiteral("manager"), {},
                                     language);
}

// A multi-page A4 report of the kind the impact assessment and the filing pack are: both heading levels,
// paragraphs, bullets, fields and a table that runs over pages.
Document report(const QString &language)
{
    const bool zh = language == QLatin1String("zh_CN");
    const auto t = [zh](const char *chinese, const char *english) {
        return zh ? QString::fromUtf8(chinese) : QString::fromUtf8(english);
    };
    Document doc;
    doc.language = language;
    doc.title = t("个人信息保护影响评估报告（人脸识别）",
                  "Personal information protection impact assessment (facial recognition)");
    doc.header = test::typicalProfile().siteName;
    doc.footer = t("本报告至少保存三年", "Kept for at least three years");
    doc.addField(t("个人信息处理者", "Personal information handler"), test::typicalProfile().operatorName);
    doc.addField(t("评估日期", "Assessed on"), QStringLiteral("2026-03-21"));
    doc.addHeading(t("一、处理目的和方式", "1. Purpose and means of processing"));
    doc.addHeading(t("1.1 必要性", "1.1 Necessity"), 2);
    doc.addParagraph(t("仅在住户进出小区大门时核验身份；不使用人脸识别的住户可使用门禁卡或由前台核验身份证件，"
                       "两种方式享有同等服务。",
                       "Identity is checked only when residents pass the gate; residents who do not use facial "
                       "recognition use a key card or have their identity card checked at the front desk, with the "
                       "same service."));
    doc.addBullet(t("人脸特征模板仅保存在本设备，加密存放，不通过互联网传输。",
                    "Face templates stay on this computer, encrypted, and are never sent over the internet."));
    doc.addBullet(
        t("住户搬离后 365 天内删除其人脸信息。", "Face data is deleted within 365 days after a resident moves out."));
    doc.addHeading(t("二、安装位置登记", "2. Register of installed devices"));
    DocumentTable table;
    table.header = { t("编号", "No."), t("位置", "Location"), t("是否为公共区域", "Public area") };
    table.columnWeights = { 1, 4, 2 };
    for (int i = 1; i <= 45; ++i)
        table.rows << QStringList { QStringLiteral("D-%1").arg(i, 2, 10, QLatin1Char('0')),
                                    t("%1号楼大堂入口闸机", "Turnstile at the lobby entrance of building %1").arg(i),
                                    t("是", "yes") };
    doc.addTable(table);
    doc.addHeading(t("三、结论", "3. Conclusion"));
    doc.addParagraph(t("处理目的明确、方式必要，对个人权益的影响可控。",
                       "The purpose is specific, the means necessary, "
                       "and the effect on people's rights is under control."));
    doc.addSignature(t("负责人签名", "Signed by the person responsible"));
    return doc;
}

Document documentOfKind(const QString &kind, const QString &language, const QString &dataDir)
{
    const SiteProfile site = test::typicalProfile();
    if (kind == QLatin1String("consent-form"))
        return ConsentForm::paperForm(noticeParagraphs(language), site, signLanguage(language), QStringLiteral("3"));
    if (kind == QLatin1String("consent-copy")) {
        SignedConsentCopy copy;
        copy.signer = resident().name;
        copy.witness = QStringLiteral("前台 李娜");
        copy.signedAt = at(1, 9, 40);
        copy.recordedAt = at(1, 9, 41);
        copy.noticeVersion = QStringLiteral("3 (SHA-256 5f1e0c2a9b7d4e61…)");
        copy.granted = true;
        return ConsentForm::signedCopy(noticeParagraphs(language), site, signLanguage(language), copy);
    }
    if (kind == QLatin1String("withdrawal-receipt")) {
        WithdrawalReceipt receipt;
        receipt.residentId = 42;
        receipt.consentsWithdrawn = 1;
        receipt.templatesDeleted = 3;
        receipt.at = at(15, 14, 5);
        receipt.auditEventId = 311;
        return ReceiptDocuments::withdrawal(site, resident(), receipt, QStringLiteral("前台 李娜"), language);
    }
    if (kind == QLatin1String("deletion-receipt")) {
        DeletionReceipt receipt;
        receipt.residentId = 42;
        receipt.consentsDeleted = 2;
        receipt.templatesDeleted = 3;
        receipt.auditEventId = 312;
        return ReceiptDocuments::deletion(site, resident(), receipt, at(16, 11, 20), QStringLiteral("manager"),
                                          language);
    }
    if (kind == QLatin1String("access-package"))
        return accessPackage(language);
    if (kind == QLatin1String("report"))
        return report(language);
    // The recovery-key sheet, as the setup wizard's panel builds it.
    const ui::RecoveryKeyPanel panel(QStringLiteral("K7QM-2XWD-9F4T-HB3R-V6PN-Z8CE-JL5Y-A1GU"), site.siteName, dataDir);
    return panel.sheet();
}

} // namespace

void TestPdfText::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!test::runTool(QStringLiteral("pdftotext"), { QStringLiteral("-v") }).started)
        QSKIP("pdftotext is not installed (Debian package poppler-utils)");
}

void TestPdfText::cleanupTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestPdfText::textLayerIsTheText_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("language");
    for (const char *kind :
         { "sign-poster-a4", "sign-counter-a5", "sign-label-a6", "sign-poster-a4-bilingual", "consent-form",
           "consent-copy", "withdrawal-receipt", "deletion-receipt", "access-package", "recovery-key", "report" }) {
        for (const char *language : { "zh_CN", "en" }) {
            if (QByteArray(kind).endsWith("bilingual") && QByteArray(language) == "en")
                continue;
            QTest::addRow("%s %s", kind, language) << QString::fromLatin1(kind) << QString::fromLatin1(language);
        }
    }
}

void TestPdfText::textLayerIsTheText()
{
    QFETCH(QString, kind);
    QFETCH(QString, language);
    QVERIFY(Language::install(language));
    test::MockClock clock(at(21, 10, 0));
    const QString pdf = m_dir.filePath(kind + QLatin1Char('-') + language + QStringLiteral(".pdf"));

    QStringList intended;
    QStringList pageFurniture;
    QList<QStringList> painted; // the canvas's text items, page by page, in painting order
    if (kind.startsWith(QLatin1String("sign-"))) {
        const QString layoutKey = kind.mid(5, 9);
        const SignLanguage signLanguage = kind.endsWith(QLatin1String("bilingual")) ? SignLanguage::Bilingual
            : language == QLatin1String("en")                                       ? SignLanguage::English
                                                                                    : SignLanguage::Chinese;
        const SignageSpec spec
            = SignageSpec::forLayout(*SignageSpec::layoutFromKey(layoutKey), signLanguage, test::typicalProfile());
        const Result<SignageReport> written = SignageRenderer(spec).writePdf(pdf);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        painted << SignageRenderer(spec).compose().canvas.page(0).text();
        intended = test::requiredSignTexts(spec);
    } else {
        const Document document = documentOfKind(kind, language, QStringLiteral("/srv/consentry/数据"));
        const DocumentRenderer renderer(document);
        const Result<int> pages = renderer.writePdf(pdf);
        QVERIFY2(pages.ok(), qPrintable(pages.errorMessage()));
        for (int page = 0; page < renderer.canvas().pageCount(); ++page)
            painted << renderer.canvas().page(page).text();
        intended = documentTexts(document, pages.value());
        pageFurniture << document.header << document.footer;
        for (int page = 1; page <= pages.value(); ++page)
            pageFurniture << pageNumbersOf(document.language, page, pages.value());
    }
    if (const QByteArray keep = qgetenv("CONSENTRY_PRINT_SAMPLES"); !keep.isEmpty()) {
        QDir().mkpath(QString::fromLocal8Bit(keep));
        const QString copy = QDir(QString::fromLocal8Bit(keep)).filePath(QFileInfo(pdf).fileName());
        QFile::remove(copy);
        QFile::copy(pdf, copy);
    }

    // In content order (-raw), so a paragraph wrapped over lines reads as one run of characters.
    const test::ToolResult extracted = test::runTool(
        QStringLiteral("pdftotext"),
        { QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    QVERIFY2(extracted.started && extracted.exitCode == 0, "pdftotext failed");
    const QString text = extracted.out;

    const QString radicals = radicalsIn(text);
    const QString intendedRadicals = radicalsIn(intended.join(QString()));
    QVERIFY2(radicals == intendedRadicals,
             qPrintable(QStringLiteral("radicals in the text layer: %1\n--- pdftotext:\n%2").arg(radicals, text)));

    // A paragraph that runs over a page break has the page's footer and the next page's header between its
    // halves: look for it also in the text without those.
    const QString haystack = test::normalizedForSearch(text);
    QString body = haystack;
    for (const QString &furniture : std::as_const(pageFurniture))
        body.replace(test::normalizedForSearch(furniture), QString());
    QStringList missing;
    for (const QString &words : std::as_const(intended)) {
        if (!haystack.contains(test::normalizedForSearch(words)) && !body.contains(test::normalizedForSearch(words)))
            missing << words;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in the text layer: %1\n--- pdftotext:\n%2")
                            .arg(missing.join(QStringLiteral(" | ")), text)));

    // Exactly the characters drawn, page by page and in the order they were painted: nothing lost, added,
    // replaced or moved to another page.
    const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), painted.size());
    for (int page = 0; page < painted.size(); ++page)
        QCOMPARE(test::normalizedForSearch(pageTexts.at(page)),
                 test::normalizedForSearch(painted.at(page).join(QString())));

    // Every font is in the file, and only the glyphs the page uses: a subset, named as one in its font
    // descriptor ("ABCDEF+Name"). (Qt leaves the tag out of /BaseFont, so pdffonts' "sub" column says no.)
    QString error;
    const QList<QStringList> fonts = test::pdfFonts(pdf, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!fonts.isEmpty());
    for (const QStringList &row : fonts) {
        QVERIFY2(row.size() >= 5, qPrintable(row.join(QLatin1Char(' '))));
        QCOMPARE(row.at(row.size() - 5), QStringLiteral("yes")); // "emb", counted from the end of the row
    }
    const QStringList subsets = test::pdfSubsetFontNames(pdf);
    QCOMPARE(subsets.size(), fonts.size());
    // A whole CJK face is 15 MB or more; the subsets of a few pages of text stay far below 1 MB.
    QVERIFY2(QFileInfo(pdf).size() < 1024 * 1024, qPrintable(QString::number(QFileInfo(pdf).size())));
}

QTEST_MAIN(TestPdfText)
#include "tst_pdftext.moc"
