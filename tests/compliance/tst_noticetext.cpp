// The notice says everything the Provisions require, in both languages, filled from the site profile,
// and its canonical text is stable so that a consent can point at exactly what was shown.

#include "Profiles.h"
#include "compliance/NoticeText.h"

#include <QTest>

using namespace consentry;

class TestNoticeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void containsEveryRequiredElement_data();
    void containsEveryRequiredElement();
    void missingValuesAreVisible();
    void canonicalTextRoundTrips();
    void hashFollowsContent();
};

void TestNoticeText::containsEveryRequiredElement_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("phrases");
    QTest::newRow("zh_CN") << QStringLiteral(
        "zh_CN") << QStringList { QStringLiteral("个人信息处理者"),   QStringLiteral("单独同意"),
                                  QStringLiteral("人脸信息"),         QStringLiteral("保存期限"),
                                  QStringLiteral("撤回同意"),         QStringLiteral("监护人"),
                                  QStringLiteral("其他身份验证方式"), QStringLiteral("不保存人脸图像"),
                                  QStringLiteral("不上传到互联网"),   QStringLiteral("查阅、复制、更正和删除"),
                                  QStringLiteral("人脸无法"),         QStringLiteral("十四周岁"),
                                  QStringLiteral("不会影响"),         QStringLiteral("变更") };
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList { QStringLiteral("personal information handler"),
                                         QStringLiteral("separate consent"),
                                         QStringLiteral("facial information"),
                                         QStringLiteral("%1 days").arg(test::lakesideProfile().retentionDays),
                                         QStringLiteral("withdraw your consent"),
                                         QStringLiteral("guardian"),
                                         QStringLiteral("Other ways to verify your identity"),
                                         QStringLiteral("never the photos"),
                                         QStringLiteral("not sent over the internet"),
                                         QStringLiteral("access, copy, correct and delete"),
                                         QStringLiteral("cannot be changed"),
                                         QStringLiteral("under 14"),
                                         QStringLiteral("costs you nothing"),
                                         QStringLiteral("Changes to this notice") };
}

void TestNoticeText::containsEveryRequiredElement()
{
    QFETCH(QString, language);
    QFETCH(QStringList, phrases);
    const SiteProfile p = test::lakesideProfile();
    const QString text = NoticeText::compose(p, language).toCanonicalText();
    for (const QString &phrase : phrases)
        QVERIFY2(text.contains(phrase), qPrintable(phrase));
    for (const QString &value : { p.siteName, p.operatorName, p.contactPhone, p.contactEmail, p.contactAddress,
                                  p.purpose, p.alternatives.at(0), p.alternatives.at(1) })
        QVERIFY2(text.contains(value), qPrintable(value));
    QVERIFY(text.contains(QString::number(p.retentionDays)));
    QVERIFY(!text.contains(QStringLiteral("[")));
    QCOMPARE(NoticeText::compose(p, language).sections.size(), 10);
}

void TestNoticeText::missingValuesAreVisible()
{
    const SiteProfile empty;
    const QString zh = NoticeText::compose(empty, QStringLiteral("zh_CN")).toCanonicalText();
    QVERIFY(zh.contains(QStringLiteral("[未设置：个人信息处理者名称]")));
    QVERIFY(zh.contains(QStringLiteral("[未设置：其他身份验证方式]")));
    const QString en = NoticeText::compose(empty, QStringLiteral("en")).toCanonicalText();
    QVERIFY(en.contains(QStringLiteral("[not set: purpose]")));
    QVERIFY(en.contains(QStringLiteral("[not set: retention period]")));
}

void TestNoticeText::canonicalTextRoundTrips()
{
    for (const QString &lang : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        const NoticeDocument d = NoticeText::compose(test::lakesideProfile(), lang);
        const NoticeDocument back = NoticeDocument::fromCanonicalText(lang, d.toCanonicalText());
        QCOMPARE(back.title, d.title);
        QCOMPARE(back.sections.size(), d.sections.size());
        QCOMPARE(back.toCanonicalText(), d.toCanonicalText());
        QCOMPARE(back.sha256Hex(), d.sha256Hex());
        QVERIFY(d.toHtml(14).contains(QStringLiteral("font-size:14pt")));
    }
}

void TestNoticeText::hashFollowsContent()
{
    SiteProfile p = test::lakesideProfile();
    const QByteArray a = NoticeText::compose(p, QStringLiteral("en")).sha256Hex();
    QCOMPARE(a.size(), 64);
    QCOMPARE(NoticeText::compose(p, QStringLiteral("en")).sha256Hex(), a);
    p.retentionDays += 1;
    QVERIFY(NoticeText::compose(p, QStringLiteral("en")).sha256Hex() != a);
    QVERIFY(NoticeText::compose(test::lakesideProfile(), QStringLiteral("zh_CN")).sha256Hex() != a);
}

QTEST_GUILESS_MAIN(TestNoticeText)
#include "tst_noticetext.moc"
