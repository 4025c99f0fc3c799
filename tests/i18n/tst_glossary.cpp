// Everything a resident, a manager or an inspector reads in Chinese uses the glossary's terms
// (../shared/GLOSSARY-zh.md) and none of its "never" words: the translations of every screen and message,
// and the notice composed from a site profile. Also the glossary's register rule on spacing: no ASCII space
// between Chinese text and a number or a placeholder (处理者为%1, not 处理者为 %1).

#include "Profiles.h"
#include "TestPaths.h"
#include "compliance/NoticeText.h"
#include "compliance/RetentionPolicy.h"
#include "domain/Resident.h"
#include "domain/SiteProfile.h"
#include "platform/Language.h"
#include "print/ConsentForm.h"
#include "print/SignageText.h"
#include "services/ReceiptDocuments.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace consentry;

namespace {

struct Forbidden {
    QString word;
    QString use; // what the glossary says instead
    QStringList allowedContexts; // translation contexts where the word means something else
};

// The glossary's "never" column. Where a word is only wrong in one sense the sense is kept by the contexts
// in which it is allowed.
QList<Forbidden> forbiddenWords()
{
    auto w = [](const char *word, const char *use, QStringList contexts = {}) {
        return Forbidden { QString::fromUtf8(word), QString::fromUtf8(use), std::move(contexts) };
    };
    return {
        w("面部数据", "人脸信息"),
        w("人脸数据", "人脸信息"),
        w("面部画面", "人脸图像"),
        // A printed photo held up to the camera is a photo, not a face picture in the law's sense.
        w("照片", "人脸图像",
          { QStringLiteral("Liveness"), QStringLiteral("The check stops a printed"),
            QStringLiteral("The check stops a photo") }),
        w("人脸模板", "人脸特征模板"),
        w("特征值", "人脸特征模板"),
        w("运营方", "个人信息处理者"),
        w("运营商", "个人信息处理者"),
        w("使用目的", "处理目的"),
        w("存储时间", "保存期限"),
        w("取消同意", "撤回同意"),
        w("家长", "监护人"),
        w("备用方式", "其他身份验证方式"),
        w("可信度", "置信度"),
        w("见证人", "经办人"),
        w("经办人员", "经办人"),
        w("搬离", "迁出或退房"),
        w("已过期", "保存期限届满"),
        w("查阅材料包", "个人信息副本"),
        w("查阅数据包", "个人信息副本"),
        w("纸质表格", "纸质同意书"),
        w("隐私评估", "个人信息保护影响评估"),
        w("报备", "备案"),
        w("没问题", "好的"),
        w("必须", "应当"),
        w("比对", "一对一核验 / 一对多辨识, or 比较 for a technical comparison"),
    };
}

// 处理者为 %1 / %1 天 / 共 3 条: an ASCII space between Chinese text and a number or placeholder.
const QRegularExpression &spacedNumber()
{
    static const QRegularExpression re(QStringLiteral(
        "[\\x{3000}-\\x{303f}\\x{4e00}-\\x{9fff}\\x{ff00}-\\x{ffef}] +(%L?\\d|\\d)|(%L?\\d+|\\d) +[\\x{3000}-"
        "\\x{303f}\\x{4e00}-\\x{9fff}\\x{ff00}-\\x{ffef}]"));
    return re;
}

// 由 湖畔物业 负责: an ASCII space between two pieces of Chinese text (names filled in included).
const QRegularExpression &spacedChinese()
{
    static const QRegularExpression re(
        QStringLiteral("[\\x{4e00}-\\x{9fff}\\x{3000}-\\x{303f}\\x{ff00}-\\x{ffef}] +[\\x{4e00}-\\x{9fff}]"));
    return re;
}

struct Text {
    QString where;
    QString text;
    QString source = {}; // the English a translation renders
};

// Every Chinese translation, one entry per translation or plural form.
QList<Text> chineseTranslations()
{
    QList<Text> out;
    QFile ts(test::sourceDir() + QStringLiteral("/translations/consentry_zh_CN.ts"));
    if (!ts.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&ts);
    QString context;
    QString source;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
            inTranslation = false;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            if (xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished")
                || xml.attributes().value(QLatin1String("type")) == QLatin1String("obsolete")) {
                xml.skipCurrentElement();
                continue;
            }
            inTranslation = true;
            // Plural messages hold <numerusform> children; a plain one holds text only.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    text += QLatin1Char('\n');
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            inTranslation = false;
            for (const QString &form : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                out << Text { context + QStringLiteral(" | ") + source.left(60), form, source };
        }
    }
    Q_UNUSED(inTranslation)
    return out;
}

QStringList problems(const QList<Text> &texts)
{
    QStringList found;
    const QList<Forbidden> words = forbiddenWords();
    for (const Text &t : texts) {
        for (const Forbidden &f : words) {
            if (!t.text.contains(f.word))
                continue;
            const bool allowed = std::any_of(f.allowedContexts.begin(), f.allowedContexts.end(),
                                             [&](const QString &c) { return t.where.contains(c); });
            if (!allowed)
                found << QStringLiteral("%1: \"%2\" (use %3) in: %4").arg(t.where, f.word, f.use, t.text.left(80));
        }
        const QRegularExpressionMatch m = spacedNumber().match(t.text);
        if (m.hasMatch())
            found << QStringLiteral("%1: space around a number \"%2\" in: %3")
                         .arg(t.where, m.captured(0), t.text.left(80));
        const QRegularExpressionMatch between = spacedChinese().match(t.text);
        if (between.hasMatch())
            found << QStringLiteral("%1: space inside Chinese text \"%2\" in: %3")
                         .arg(t.where, between.captured(0), t.text.left(80));
    }
    return found;
}

// Keys, codes and JSON words that must never reach a person (GLOSSARY-zh: "No raw keys, codes or JSON").
QStringList rawKeyProblems(const QList<Text> &texts)
{
    static const QStringList keys {
        QStringLiteral("zh_CN"),           QStringLiteral("consent_granted"),    QStringLiteral("consent_declined"),
        QStringLiteral("notice_url"),      QStringLiteral("retention_days"),     QStringLiteral("max_retention_days"),
        QStringLiteral("operator_name"),   QStringLiteral("site_type"),          QStringLiteral("one_to_one"),
        QStringLiteral("one_to_many"),     QStringLiteral("verification_mode"),  QStringLiteral("contact_phone"),
        QStringLiteral("backup_location"), QStringLiteral("minors_rules"),       QStringLiteral("[not set"),
        QStringLiteral("[未设置"),         QStringLiteral("renewal_grace_days"), QStringLiteral("\"decision\""),
    };
    QStringList found;
    for (const Text &t : texts) {
        for (const QString &key : keys) {
            if (t.text.contains(key))
                found << QStringLiteral("%1: raw key \"%2\" in: %3").arg(t.where, key, t.text.left(80));
        }
    }
    return found;
}

QList<Text> noticeTexts(const NoticeDocument &notice, const QString &where)
{
    QList<Text> texts { Text { where + QStringLiteral(" title"), notice.title } };
    for (const NoticeSection &s : notice.sections) {
        texts << Text { where + QStringLiteral(" heading"), s.heading };
        for (const QString &p : s.paragraphs)
            texts << Text { where + QStringLiteral(": ") + s.heading, p };
    }
    return texts;
}

QList<Text> documentTexts(const Document &doc, const QString &where)
{
    QList<Text> texts { Text { where + QStringLiteral(" title"), doc.title },
                        Text { where + QStringLiteral(" header"), doc.header },
                        Text { where + QStringLiteral(" footer"), doc.footer } };
    for (const DocumentBlock &b : doc.blocks) {
        texts << Text { where, b.text } << Text { where, b.value };
        for (const QString &cell : b.table.header)
            texts << Text { where + QStringLiteral(" table"), cell };
        for (const QStringList &row : b.table.rows)
            for (const QString &cell : row)
                texts << Text { where + QStringLiteral(" table"), cell };
    }
    return texts;
}

// Every kind of site a notice is composed for: hotel, compound, neither; each verification mode; with and
// without the optional texts.
QList<SiteProfile> siteVariants()
{
    QList<SiteProfile> out;
    for (const auto type :
         { SiteProfile::SiteType::Unset, SiteProfile::SiteType::Hotel, SiteProfile::SiteType::Compound }) {
        for (const auto mode : { SiteProfile::VerificationMode::Unset, SiteProfile::VerificationMode::OneToOne,
                                 SiteProfile::VerificationMode::OneToMany }) {
            SiteProfile p = test::chineseProfile();
            p.siteType = type;
            p.verificationMode = mode;
            p.maxRetentionDays = type == SiteProfile::SiteType::Hotel ? 90 : 0;
            if (mode == SiteProfile::VerificationMode::OneToOne) {
                p.backupLocation = QStringLiteral("经理办公室保险柜");
                p.minorsRules = QStringLiteral("不满十四周岁的住户由监护人陪同人工核验。");
            }
            out << p;
        }
    }
    return out;
}

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCheckFindsWhatItLooksFor();
    void translationsUseTheGlossary();
    void noticeUsesTheGlossary();
    void noticeOfEverySiteUsesTheGlossary();
    void signsAndFormsUseTheGlossary();
    void receiptsHaveNoRawKeys();
    void fileFiltersKeepTheirPatterns();
};

// The check itself must be able to fail: a text with a forbidden word, one with a spaced number.
void TestGlossary::theCheckFindsWhatItLooksFor()
{
    QCOMPARE(problems({ Text { QStringLiteral("x"), QStringLiteral("运营方为%1。") } }).size(), 1);
    QCOMPARE(problems({ Text { QStringLiteral("x"), QStringLiteral("保存 %1 天") } }).size(), 1);
    QCOMPARE(problems({ Text { QStringLiteral("x"), QStringLiteral("共 3 条") } }).size(), 1);
    QCOMPARE(problems({ Text { QStringLiteral("x"), QStringLiteral("保存%1天；检索 1:N，共 %1 %") } }).size(), 1);
    QCOMPARE(problems({ Text { QStringLiteral("x"), QStringLiteral("由 湖畔物业 负责") } }).size(), 1);
    QCOMPARE(problems({ Text { QStringLiteral("LivenessCheck"), QStringLiteral("请勿使用照片。") } }).size(), 0);
    QCOMPARE(problems({ Text { QStringLiteral("x"), QStringLiteral("个人信息处理者为%1，保存期限为30天。") } }).size(),
             0);
}

void TestGlossary::translationsUseTheGlossary()
{
    const QList<Text> texts = chineseTranslations();
    QVERIFY2(texts.size() > 100, "translations/consentry_zh_CN.ts was not read");
    const QStringList found = problems(texts);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestGlossary::noticeUsesTheGlossary()
{
    const NoticeDocument notice = NoticeText::compose(test::chineseProfile(), QStringLiteral("zh_CN"));
    QList<Text> texts { Text { QStringLiteral("notice title"), notice.title } };
    for (const NoticeSection &s : notice.sections) {
        texts << Text { QStringLiteral("notice heading"), s.heading };
        for (const QString &p : s.paragraphs)
            texts << Text { QStringLiteral("notice: ") + s.heading, p };
    }
    const QStringList found = problems(texts);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestGlossary::noticeOfEverySiteUsesTheGlossary()
{
    // The check can fail on a raw key.
    QCOMPARE(rawKeyProblems({ Text { QStringLiteral("x"), QStringLiteral("语言：zh_CN") } }).size(), 1);
    for (const SiteProfile &p : siteVariants()) {
        const QString where
            = QStringLiteral("notice (%1, %2)")
                  .arg(SiteProfile::siteTypeKey(p.siteType), SiteProfile::verificationModeKey(p.verificationMode));
        const NoticeDocument zh = NoticeText::compose(p, QStringLiteral("zh_CN"));
        QList<Text> texts = noticeTexts(zh, where);
        QStringList found = problems(texts) + rawKeyProblems(texts);
        // Headings are noun phrases without commas (GLOSSARY-zh, register).
        for (const NoticeSection &s : zh.sections) {
            if (s.heading.contains(QStringLiteral("，")))
                found << where + QStringLiteral(": comma in heading ") + s.heading;
        }
        // The verification mode in use is named with the law's words.
        const bool oneToOne = p.effectiveVerificationMode() == SiteProfile::VerificationMode::OneToOne;
        if (!zh.toCanonicalText().contains(oneToOne ? QStringLiteral("一对一核验") : QStringLiteral("一对多辨识")))
            found << where + QStringLiteral(": the verification mode is not named");
        const NoticeDocument en = NoticeText::compose(p, QStringLiteral("en"));
        found += rawKeyProblems(noticeTexts(en, where + QStringLiteral(" en")));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
}

void TestGlossary::signsAndFormsUseTheGlossary()
{
    QList<Text> texts;
    for (int phrase = SignageText::Headline; phrase <= SignageText::FormSite; ++phrase)
        texts << Text { QStringLiteral("sign phrase %1").arg(phrase),
                        SignageText::text(static_cast<SignageText::Phrase>(phrase), QStringLiteral("zh_CN")) };
    for (const SiteProfile &p : siteVariants()) {
        texts << Text { QStringLiteral("sign retention"), SignageText::retention(p, QStringLiteral("zh_CN")) };
        texts << Text { QStringLiteral("sign retention en"), SignageText::retention(p, QStringLiteral("en")) };
    }
    const SiteProfile site = siteVariants().at(4);
    const NoticeDocument notice = NoticeText::compose(site, QStringLiteral("zh_CN"));
    QStringList paragraphs;
    for (const NoticeSection &s : notice.sections)
        paragraphs << s.heading << s.paragraphs;
    texts += documentTexts(ConsentForm::paperForm(paragraphs, site, SignLanguage::Chinese, QStringLiteral("3")),
                           QStringLiteral("paper consent form"));
    const QStringList found = problems(texts) + rawKeyProblems(texts);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestGlossary::receiptsHaveNoRawKeys()
{
    const QString before = Language::current();
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    Resident resident;
    resident.id = 7;
    resident.name = QStringLiteral("张三");
    WithdrawalReceipt receipt;
    receipt.residentId = 7;
    receipt.consentsWithdrawn = 1;
    receipt.templatesDeleted = 3;
    receipt.at = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    receipt.auditEventId = 42;
    const QList<Text> texts
        = documentTexts(ReceiptDocuments::withdrawal(test::chineseProfile(), resident, receipt, QStringLiteral("wang"),
                                                     QStringLiteral("zh_CN")),
                        QStringLiteral("withdrawal receipt"));
    const QString sentence = RetentionPolicy::fromProfile(test::chineseProfile()).describe();
    Language::install(before.isEmpty() ? QStringLiteral("en") : before);
    const QStringList found = rawKeyProblems(texts) + rawKeyProblems({ Text { QStringLiteral("rule"), sentence } });
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

// A file dialog's filter is parsed from ASCII parentheses: "PDF 文件（*.pdf）" filters nothing, so the dialog
// offers every file and a typed name gets no extension.
void TestGlossary::fileFiltersKeepTheirPatterns()
{
    static const QRegularExpression pattern(QStringLiteral("\\(\\*[^)]*\\)"));
    QStringList found;
    int filters = 0;
    for (const Text &t : chineseTranslations()) {
        for (auto it = pattern.globalMatch(t.source); it.hasNext();) {
            const QString wanted = it.next().captured(0);
            ++filters;
            if (!t.text.contains(wanted))
                found << QStringLiteral("%1: \"%2\" lacks %3").arg(t.where, t.text, wanted);
        }
    }
    QVERIFY2(filters >= 5, "no file filter found in the translations");
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
