// Everything a resident, a manager or an inspector reads in Chinese uses the glossary's terms
// (../shared/GLOSSARY-zh.md) and none of its "never" words: the translations of every screen and message,
// and the notice composed from a site profile. Also the glossary's register rule on spacing: no ASCII space
// between Chinese text and a number or a placeholder (处理者为%1, not 处理者为 %1).

#include "Profiles.h"
#include "TestPaths.h"
#include "compliance/NoticeText.h"
#include "domain/SiteProfile.h"

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
                out << Text { context + QStringLiteral(" | ") + source.left(60), form };
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

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCheckFindsWhatItLooksFor();
    void translationsUseTheGlossary();
    void noticeUsesTheGlossary();
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

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
