// The notice in force is the one composed from the site profile; changing what it says publishes a new
// immutable version, and older versions stay exactly as they were shown.

#include "StoreProbe.h"
#include "VaultFixture.h"
#include "compliance/NoticeText.h"
#include "services/SettingsService.h"
#include "vault/StoreFolder.h"

#include <QTest>

using namespace consentry;

class TestNoticePublishing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setupPublishesTheFullNotice();
    void profileChangePublishesNewVersion();
};

void TestNoticePublishing::setupPublishesTheFullNotice()
{
    test::VaultFixture f;
    QVERIFY(f.create());
    SettingsService settings(*f.vault);
    QCOMPARE(settings.currentNoticeVersion().value(), StoreFolder::initialNoticeVersion());
    for (const QString &lang : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        const Result<NoticeVersion> notice = settings.currentNotice(lang);
        QVERIFY2(notice.ok(), qPrintable(notice.errorMessage()));
        QCOMPARE(notice.value().body, NoticeText::compose(test::sampleCompleteProfile(), lang).toCanonicalText());
        QVERIFY(notice.value().body.contains(test::sampleProfile().siteName));
    }
}

void TestNoticePublishing::profileChangePublishesNewVersion()
{
    test::VaultFixture f;
    QVERIFY(f.create());
    SettingsService settings(*f.vault);
    const QString firstBody = settings.currentNotice(QStringLiteral("en")).value().body;

    SiteProfile profile = test::sampleCompleteProfile();
    profile.retentionDays = 45;
    profile.operatorName = QStringLiteral("Sunrise Property Ltd");
    QVERIFY(settings.setSiteProfile(profile).ok());
    QCOMPARE(settings.currentNoticeVersion().value(), QStringLiteral("2"));
    const QString secondBody = settings.currentNotice(QStringLiteral("en")).value().body;
    QVERIFY(secondBody.contains(QStringLiteral("Sunrise Property Ltd")));
    QVERIFY(secondBody.contains(QStringLiteral("45 days")));

    // Saving the same profile again publishes nothing new.
    QVERIFY(settings.setSiteProfile(profile).ok());
    QCOMPARE(settings.currentNoticeVersion().value(), QStringLiteral("2"));

    // Version 1 is unchanged.
    const auto first = test::probe(*f.vault).noticeRepository().find(QStringLiteral("1"), QStringLiteral("en")).value();
    QVERIFY(first.has_value());
    QCOMPARE(first->body, firstBody);
}

QTEST_GUILESS_MAIN(TestNoticePublishing)
#include "tst_noticepublishing.moc"
