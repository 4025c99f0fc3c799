#include "print/SignageText.h"

#include "compliance/RetentionPolicy.h"

namespace consentry {

namespace {

struct Wording {
    const char *zh;
    const char *en;
};

// Chinese in the words of the Provisions and PIPL (人脸信息, 个人信息处理者, 保存期限, 其他身份验证方式,
// 撤回同意), English in plain words a passer-by understands at a glance.
Wording wording(SignageText::Phrase phrase)
{
    switch (phrase) {
    case SignageText::Headline: return { "本区域使用人脸识别", "Facial recognition in use" };
    case SignageText::PurposeLabel: return { "处理目的", "Purpose" };
    case SignageText::OperatorLabel: return { "个人信息处理者", "Operated by" };
    case SignageText::ContactLabel: return { "联系方式", "Contact" };
    case SignageText::PhoneLabel: return { "电话", "Tel." };
    case SignageText::EmailLabel: return { "邮箱", "Email" };
    case SignageText::AddressLabel: return { "地址", "Address" };
    case SignageText::LocalLabel: return { "仅存于本设备", "Kept on this device only" };
    case SignageText::LocalText:
        return { "人脸信息加密保存在本设备，不通过互联网传输。",
                 "Face data is stored encrypted on this device and is not sent over the internet." };
    case SignageText::RetentionLabel: return { "保存期限", "How long it is kept" };
    case SignageText::AlternativeLabel: return { "其他身份验证方式", "Another way is available" };
    case SignageText::AlternativeText:
        return { "您可以不使用人脸识别，改用以下方式，服务不受影响：",
                 "You do not have to use facial recognition. You may use instead, with the same service:" };
    case SignageText::WithdrawLabel: return { "撤回同意与删除", "Withdraw consent or ask for deletion" };
    case SignageText::WithdrawText:
        return { "您可以随时撤回同意，并要求删除您的人脸信息：请到前台办理，或通过上述联系方式与我们联系。",
                 "You may withdraw your consent and ask for your face data to be deleted at any time: at the front "
                 "desk or through the contact above." };
    case SignageText::QrCaption: return { "扫码阅读完整告知书", "Scan to read the full notice" };
    case SignageText::LegalBasis:
        return { "依据《人脸识别技术应用安全管理办法》第十三条及《个人信息保护法》第二十六条设置。",
                 "Displayed under art. 13 of the Provisions on the Security Management of Facial Recognition "
                 "Technology Application and art. 26 of the Personal Information Protection Law." };
    case SignageText::PageOfPages: return { "第%1页，共%2页", "Page %1 of %2" };
    case SignageText::FormTitle: return { "人脸信息处理单独同意书", "Separate consent to the processing of face data" };
    case SignageText::FormSignedCopyTitle:
        return { "人脸信息处理单独同意书（本人留存联）",
                 "Separate consent to the processing of face data (your copy)" };
    case SignageText::FormIntro:
        return { "请先阅读以下告知内容，再自愿作出选择。拒绝使用人脸识别不影响您享受服务。",
                 "Please read the notice below before you choose. Refusing facial recognition costs you nothing." };
    case SignageText::FormNoticeHeading: return { "告知内容", "Notice" };
    case SignageText::FormChoiceHeading: return { "您的选择（请勾选一项）", "Your choice (tick one)" };
    case SignageText::FormChoiceAgree:
        return { "□ 我已阅读上述告知内容，单独同意处理我的人脸信息，用于上述目的。",
                 "□ I have read the notice above and separately consent to the processing of my face data for the "
                 "purpose stated." };
    case SignageText::FormChoiceDecline:
        return { "□ 我不同意使用人脸识别，选择其他身份验证方式：", "□ I do not consent; I choose another way:" };
    case SignageText::FormSignerHeading: return { "本人", "Person concerned" };
    case SignageText::FormName: return { "姓名", "Name" };
    case SignageText::FormSignature: return { "签名", "Signature" };
    case SignageText::FormDate: return { "日期", "Date" };
    case SignageText::FormGuardianName: return { "监护人姓名", "Guardian's name" };
    case SignageText::FormWitness: return { "经办人", "Staff witness" };
    case SignageText::FormNoticeVersion: return { "告知书版本", "Notice version" };
    case SignageText::FormSignedAt: return { "签署时间", "Signed at" };
    case SignageText::FormRecordedAt: return { "登记时间", "Recorded at" };
    case SignageText::FormDecision: return { "选择", "Choice" };
    case SignageText::FormDecisionGranted: return { "同意处理人脸信息", "Consented to the processing of face data" };
    case SignageText::FormDecisionDeclined:
        return { "不同意，选择其他身份验证方式", "Did not consent; chose another way" };
    case SignageText::FormCopyNote:
        return { "本联由本人留存。您可以随时撤回同意，撤回后您的人脸信息将立即删除。",
                 "Keep this copy. You may withdraw your consent at any time; your face data is then deleted at "
                 "once." };
    case SignageText::FormOperator: return { "个人信息处理者", "Personal information handler" };
    case SignageText::FormSite: return { "场所", "Site" };
    case SignageText::FormAgeHeading: return { "年龄（必填，二选一）", "Age (required: one of the two)" };
    case SignageText::FormBirthDate: return { "出生日期", "Date of birth" };
    case SignageText::FormUnder14Choice: return { "□ 不满十四周岁", "□ under 14" };
    case SignageText::FormOver14Choice: return { "□ 已满十四周岁", "□ 14 or older" };
    case SignageText::FormSubjectHeading: return { "被监护人", "Child enrolled" };
    case SignageText::FormGuardianSignsHeading:
        return { "监护人（被监护人不满十四周岁的，由监护人作出选择并签名）",
                 "Guardian (for a child under 14 the guardian chooses and signs)" };
    case SignageText::FormGuardianChoiceAgree:
        return { "本人作为监护人，已阅读上述告知内容，单独同意处理被监护人的人脸信息，用于上述目的。",
                 "As the guardian, I have read the notice above and separately consent to the processing of the "
                 "child's face data for the purpose stated." };
    case SignageText::FormGuardianToChild: return { "与被监护人关系", "Relation to the child" };
    case SignageText::FormSignedBy: return { "签名人", "Signed by" };
    case SignageText::FormSignedByGuardian: return { "监护人", "the guardian" };
    case SignageText::FormSignedByResident: return { "本人", "the person concerned" };
    case SignageText::FormGuardianCopyTitle:
        return { "人脸信息处理单独同意书（监护人留存联）",
                 "Separate consent to the processing of face data (the guardian's copy)" };
    case SignageText::FormGuardianCopyNote:
        return { "本联由监护人留存。监护人可以随时撤回同意，撤回后被监护人的人脸信息将立即删除。",
                 "Keep this copy. As the guardian you may withdraw the consent at any time; the child's face data "
                 "is then deleted at once." };
    case SignageText::FormMinorsRulesHeading:
        return { "不满十四周岁的专门规则", "Special rules for children under 14" };
    }
    return { "", "" };
}

} // namespace

QString SignageText::text(Phrase phrase, const QString &language)
{
    const Wording w = wording(phrase);
    return QString::fromUtf8(language == QLatin1String("zh_CN") ? w.zh : w.en);
}

QString SignageText::retention(const SiteProfile &profile, const QString &language)
{
    // The one sentence of the rule (RetentionPolicy): the sign says what the notice and the purge say.
    return RetentionPolicy::fromProfile(profile).sentence(language);
}

} // namespace consentry
