// Dates, times and "label: value" pairs are written one way per language, on screen and on paper, by one
// helper (Formats): 2026年11月30日 21:03 with full-width colons in Chinese, 30 Nov 2026 21:03 in English.

#include "platform/Formats.h"
#include "platform/Language.h"
#include "print/ConsentForm.h"
#include "print/DocumentRenderer.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace consentry;

class TestFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void chineseDatesAndTimes();
    void englishDatesAndTimes();
    void currentLanguageIsTheDefault();
    void offsetIsStated();
    void invalidIsEmpty();
    void colonsFollowTheLabel();
    void documentFieldsUseTheLanguagesColon();
    void consentCopyWritesTimesInItsLanguage();
};

void TestFormats::cleanup()
{
    Language::install(QStringLiteral("en"));
}

void TestFormats::chineseDatesAndTimes()
{
    const QDateTime local(QDate(2026, 11, 30), QTime(21, 3, 7));
    const QString zh = QStringLiteral("zh_CN");
    QCOMPARE(Formats::date(local.date(), zh), QStringLiteral("2026年11月30日"));
    QCOMPARE(Formats::time(local.time(), zh), QStringLiteral("21:03"));
    QCOMPARE(Formats::dateTime(local, zh), QStringLiteral("2026年11月30日 21:03"));
    QCOMPARE(Formats::dateTimeWithSeconds(local, zh), QStringLiteral("2026年11月30日 21:03:07"));
    QCOMPARE(Formats::date(QDate(2027, 1, 5), zh), QStringLiteral("2027年1月5日"));
    // A bilingual document takes the Chinese form.
    QCOMPARE(Formats::date(QDate(2027, 1, 5), QStringLiteral("zh_CN+en")), QStringLiteral("2027年1月5日"));
    QCOMPARE(QDate(2027, 1, 5).toString(Formats::dateEditFormat(zh)), QStringLiteral("2027年1月5日"));
}

void TestFormats::englishDatesAndTimes()
{
    const QDateTime local(QDate(2026, 11, 30), QTime(21, 3, 7));
    const QString en = QStringLiteral("en");
    QCOMPARE(Formats::date(local.date(), en), QStringLiteral("30 Nov 2026"));
    QCOMPARE(Formats::dateTime(local, en), QStringLiteral("30 Nov 2026 21:03"));
    QCOMPARE(Formats::dateTimeWithSeconds(local, en), QStringLiteral("30 Nov 2026 21:03:07"));
    // The same words whatever the system's own locale is.
    QLocale::setDefault(QLocale(QLocale::German));
    QCOMPARE(Formats::date(QDate(2026, 3, 2), en), QStringLiteral("2 Mar 2026"));
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestFormats::currentLanguageIsTheDefault()
{
    const QDate day(2026, 11, 30);
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    QCOMPARE(Formats::date(day), QStringLiteral("2026年11月30日"));
    QVERIFY(Language::install(QStringLiteral("en")));
    QCOMPARE(Formats::date(day), QStringLiteral("30 Nov 2026"));
}

void TestFormats::offsetIsStated()
{
    const QDateTime shanghai(QDate(2026, 11, 30), QTime(21, 3), QTimeZone("Asia/Shanghai"));
    const QString zh = Formats::dateTimeWithOffset(shanghai, QStringLiteral("zh_CN"));
    const QString en = Formats::dateTimeWithOffset(shanghai, QStringLiteral("en"));
    // The text is in this computer's zone; the offset says which, so the instant is unambiguous.
    const QDateTime local = shanghai.toLocalTime();
    QVERIFY2(zh.startsWith(Formats::dateTime(local, QStringLiteral("zh_CN")) + QStringLiteral("（UTC")),
             qPrintable(zh));
    QVERIFY2(zh.endsWith(QStringLiteral("）")), qPrintable(zh));
    QVERIFY2(en.startsWith(Formats::dateTime(local, QStringLiteral("en")) + QStringLiteral(" (UTC")), qPrintable(en));
}

void TestFormats::invalidIsEmpty()
{
    QVERIFY(Formats::date(QDate()).isEmpty());
    QVERIFY(Formats::dateTime(QDateTime()).isEmpty());
    QVERIFY(Formats::dateTimeWithOffset(QDateTime()).isEmpty());
    QVERIFY(Formats::time(QTime()).isEmpty());
}

void TestFormats::colonsFollowTheLabel()
{
    QCOMPARE(Formats::withColon(QStringLiteral("签署时间")), QStringLiteral("签署时间："));
    QCOMPARE(Formats::withColon(QStringLiteral("Signed at")), QStringLiteral("Signed at: "));
    QCOMPARE(Formats::withColon(QStringLiteral("签署时间 / Signed at")), QStringLiteral("签署时间 / Signed at: "));
    QCOMPARE(Formats::withColon(QStringLiteral("联系方式（电话）")), QStringLiteral("联系方式（电话）："));
    QVERIFY(!Formats::endsInChinese(QString()));
    QVERIFY(Formats::endsInChinese(QStringLiteral("𠀀"))); // outside the BMP, still Han
}

// What pdftotext reads: Kangxi radicals that Qt's PDF writer may put in the text layer (the print branch
// fixes that) are folded back here, so this test is about colons and dates, not about that defect.
static QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    if (!process.waitForFinished(60000))
        return QString();
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x2E80 && c <= 0x2FDF)
            text.replace(i, 1, QString(text.at(i)).normalized(QString::NormalizationForm_KC));
    }
    return text;
}

void TestFormats::documentFieldsUseTheLanguagesColon()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    const QDateTime at(QDate(2026, 11, 30), QTime(21, 3));
    Document zh;
    zh.language = QStringLiteral("zh_CN");
    zh.title = QStringLiteral("回执");
    zh.addField(QStringLiteral("删除时间"), Formats::dateTime(at, QStringLiteral("zh_CN")));
    Document en;
    en.language = QStringLiteral("en");
    en.title = QStringLiteral("Receipt");
    en.addField(QStringLiteral("Deleted at"), Formats::dateTime(at, QStringLiteral("en")));
    QVERIFY(DocumentRenderer(zh).writePdf(dir.filePath(QStringLiteral("zh.pdf"))).ok());
    QVERIFY(DocumentRenderer(en).writePdf(dir.filePath(QStringLiteral("en.pdf"))).ok());
    const QString zhText = pdfText(dir.filePath(QStringLiteral("zh.pdf")));
    const QString enText = pdfText(dir.filePath(QStringLiteral("en.pdf")));
    QVERIFY2(zhText.contains(QStringLiteral("删除时间：2026年11月30日 21:03")), qPrintable(zhText));
    QVERIFY2(enText.contains(QStringLiteral("Deleted at: 30 Nov 2026 21:03")), qPrintable(enText));
}

void TestFormats::consentCopyWritesTimesInItsLanguage()
{
    SignedConsentCopy consent;
    consent.signer = QStringLiteral("王小明");
    consent.witness = QStringLiteral("李娜");
    consent.signedAt = QDateTime(QDate(2026, 11, 30), QTime(21, 3));
    consent.recordedAt = consent.signedAt;
    consent.noticeVersion = QStringLiteral("3");
    SiteProfile profile;
    profile.siteName = QStringLiteral("湖畔花园");
    const auto fieldValue = [](const Document &doc, const QString &prefix) {
        for (const DocumentBlock &block : doc.blocks) {
            if (block.kind == DocumentBlock::Kind::Field && block.text.startsWith(prefix))
                return block.value;
        }
        return QString();
    };
    const Document zh = ConsentForm::signedCopy({ QStringLiteral("告知书") }, profile, SignLanguage::Chinese, consent);
    const Document en = ConsentForm::signedCopy({ QStringLiteral("Notice") }, profile, SignLanguage::English, consent);
    QVERIFY2(fieldValue(zh, QStringLiteral("签署时间")).startsWith(QStringLiteral("2026年11月30日 21:03（UTC")),
             qPrintable(fieldValue(zh, QStringLiteral("签署时间"))));
    QVERIFY2(fieldValue(en, QStringLiteral("Signed at")).startsWith(QStringLiteral("30 Nov 2026 21:03 (UTC")),
             qPrintable(fieldValue(en, QStringLiteral("Signed at"))));
}

QTEST_MAIN(TestFormats) // a QGuiApplication: documents need fonts
#include "tst_formats.moc"
