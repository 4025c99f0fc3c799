#pragma once

// The site profiles the suites and the benchmarks share (header only: bench/ includes it too).

#include "JsonFiles.h"
#include "domain/SiteProfile.h"
#include "print/SignageSpec.h"
#include "print/SignageText.h"

#include <QStringList>

namespace consentry::test {

// Only a site name, as "consentry-cli init" leaves a store: nothing may be shown to residents yet.
inline SiteProfile sampleProfile()
{
    SiteProfile p;
    p.siteName = QStringLiteral("Sunrise Apartments");
    return p;
}

// The same site with everything the notice cannot do without (SiteProfile::missingFields), and nothing else:
// a store where people can be asked for consent.
inline SiteProfile sampleCompleteProfile()
{
    SiteProfile p = sampleProfile();
    p.operatorName = QStringLiteral("Sunrise Property Co.");
    p.contactPhone = QStringLiteral("010-12345678");
    p.purpose = QStringLiteral("Opening the lobby door for residents");
    p.retentionDays = 30;
    p.alternatives = { QStringLiteral("Key card") };
    return p;
}

// A profile as a file for `consentry-cli profile set --file` (a store made by `init` has no notice in force
// until its profile is complete). Returns `path`.
inline QString writeProfileFile(const QString &path, const SiteProfile &profile = sampleCompleteProfile())
{
    return writeJsonFile(path, profile.toJson());
}

// A complete profile in English: every field filled, two other ways to verify.
inline SiteProfile lakesideProfile()
{
    SiteProfile p;
    p.siteName = QStringLiteral("Lakeside Apartments");
    p.operatorName = QStringLiteral("Lakeside Property Ltd.");
    p.contactPhone = QStringLiteral("0571-8888-1234");
    p.contactEmail = QStringLiteral("privacy@lakeside.example");
    p.contactAddress = QStringLiteral("1 Lake Road, Hangzhou");
    p.purpose = QStringLiteral("Opening the lobby door for residents");
    p.retentionDays = 90;
    p.alternatives = { QStringLiteral("Key card"), QStringLiteral("ID card at the front desk") };
    p.noticeUrl = QStringLiteral("https://lakeside.example/notice");
    return p;
}

// Every field in Chinese, written as the glossary asks (no ASCII spaces inside Chinese text).
inline SiteProfile chineseProfile()
{
    SiteProfile p;
    p.siteName = QStringLiteral("湖畔公寓");
    p.operatorName = QStringLiteral("湖畔物业管理有限公司");
    p.contactPhone = QStringLiteral("021-5555-0100");
    p.contactAddress = QStringLiteral("上海市湖畔路1号");
    p.contactEmail = QStringLiteral("privacy@example.cn");
    p.purpose = QStringLiteral("住户进出大堂时核验身份");
    p.retentionDays = 30;
    p.alternatives = { QStringLiteral("出示身份证件"), QStringLiteral("前台工作人员人工核验") };
    p.noticeUrl = QStringLiteral("https://example.cn/notice");
    return p;
}

// A realistic compound's profile (Chinese values as typed at a real site, spaces included).
inline SiteProfile typicalProfile()
{
    SiteProfile p;
    p.siteName = QStringLiteral("翠湖花园小区 Green Lake Residences");
    p.operatorName = QStringLiteral("北京翠湖物业管理有限公司");
    p.contactPhone = QStringLiteral("+86 10 6543 2100");
    p.contactEmail = QStringLiteral("privacy@greenlake.example.cn");
    p.contactAddress = QStringLiteral("北京市海淀区翠湖路 18 号物业服务中心");
    p.purpose = QStringLiteral("住户进出小区大门时核验身份（门禁）");
    p.retentionDays = 365;
    p.alternatives = { QStringLiteral("门禁卡"), QStringLiteral("由前台工作人员核验身份证件") };
    p.noticeUrl = QStringLiteral("https://greenlake.example.cn/notice/face");
    return p;
}

// The longest values a real site is likely to type: a 60-character operator name, three alternatives,
// a two-sentence purpose, a long address.
inline SiteProfile longestRealisticProfile()
{
    SiteProfile p;
    p.siteName = QStringLiteral("Harbour View International Serviced Apartments, Tower B");
    p.operatorName = QStringLiteral("Shanghai Harbour View Property Management Services Co., Ltd."); // 60
    p.contactPhone = QStringLiteral("+86 21 6888 1234 ext. 8021");
    p.contactEmail = QStringLiteral("personal-information@harbourview-apartments.example.com");
    p.contactAddress = QStringLiteral("Front desk, Tower B, 1288 Binjiang Avenue, Pudong New Area, Shanghai 200120");
    p.purpose = QStringLiteral("To check the identity of residents and registered guests at the lobby gates and "
                               "the lifts, so that only they can enter the residential floors.");
    p.retentionDays = 730;
    p.alternatives = { QStringLiteral("Resident key card issued at the front desk"),
                       QStringLiteral("Identity card or passport checked by the front-desk staff"),
                       QStringLiteral("A one-time code sent to your registered mobile phone") };
    p.noticeUrl = QStringLiteral("https://harbourview-apartments.example.com/privacy/facial-recognition-notice");
    return p;
}

// What every sign must say, in each of its languages, and every value of the profile.
inline QStringList requiredSignTexts(const SignageSpec &spec)
{
    QStringList texts;
    for (const QString &language : SignageSpec::languageCodes(spec.language)) {
        for (SignageText::Phrase phrase :
             { SignageText::Headline, SignageText::PurposeLabel, SignageText::OperatorLabel, SignageText::LocalLabel,
               SignageText::LocalText, SignageText::RetentionLabel, SignageText::AlternativeLabel,
               SignageText::AlternativeText, SignageText::WithdrawLabel, SignageText::WithdrawText,
               SignageText::QrCaption, SignageText::LegalBasis })
            texts << SignageText::text(phrase, language);
        texts << SignageText::retention(spec.profile, language);
        texts << SignageText::text(SignageText::PhoneLabel, language)
              << SignageText::text(SignageText::EmailLabel, language)
              << SignageText::text(SignageText::AddressLabel, language);
    }
    const SiteProfile &p = spec.profile;
    texts << p.siteName << p.operatorName << p.contactPhone << p.contactEmail << p.contactAddress << p.purpose
          << p.noticeUrl << p.alternatives;
    return texts;
}

} // namespace consentry::test
