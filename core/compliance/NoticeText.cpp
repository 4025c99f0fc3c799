#include "compliance/NoticeText.h"

#include <QCryptographicHash>

namespace consentry {

namespace {

bool isChinese(const QString &language)
{
    return language == QLatin1String("zh_CN");
}

QString notSet(const QString &language, const QString &what)
{
    return isChinese(language) ? QStringLiteral("[未设置：%1]").arg(what) : QStringLiteral("[not set: %1]").arg(what);
}

QString orNotSet(const QString &value, const QString &language, const QString &zhName, const QString &enName)
{
    return value.trimmed().isEmpty() ? notSet(language, isChinese(language) ? zhName : enName) : value.trimmed();
}

QString contactLine(const SiteProfile &p, const QString &language)
{
    const bool zh = isChinese(language);
    QStringList parts;
    if (!p.contactPhone.isEmpty())
        parts << (zh ? QStringLiteral("电话：%1") : QStringLiteral("phone %1")).arg(p.contactPhone);
    if (!p.contactEmail.isEmpty())
        parts << (zh ? QStringLiteral("电子邮箱：%1") : QStringLiteral("email %1")).arg(p.contactEmail);
    if (!p.contactAddress.isEmpty())
        parts << (zh ? QStringLiteral("地址：%1") : QStringLiteral("address %1")).arg(p.contactAddress);
    if (parts.isEmpty())
        return notSet(language, zh ? QStringLiteral("联系方式") : QStringLiteral("contact details"));
    return parts.join(zh ? QStringLiteral("；") : QStringLiteral("; "));
}

QString alternativesLine(const SiteProfile &p, const QString &language)
{
    const bool zh = isChinese(language);
    if (p.alternatives.isEmpty())
        return notSet(language,
                      zh ? QStringLiteral("其他身份验证方式") : QStringLiteral("other ways to verify identity"));
    return p.alternatives.join(zh ? QStringLiteral("、") : QStringLiteral("; "));
}

NoticeDocument composeChinese(const SiteProfile &p)
{
    const QString lang = QStringLiteral("zh_CN");
    const QString site = orNotSet(p.siteName, lang, QStringLiteral("场所名称"), QString());
    const QString op = orNotSet(p.operatorName, lang, QStringLiteral("个人信息处理者名称"), QString());
    const QString purpose = orNotSet(p.purpose, lang, QStringLiteral("处理目的"), QString());
    const QString days
        = p.retentionDays > 0 ? QString::number(p.retentionDays) : notSet(lang, QStringLiteral("保存天数"));
    const QString contact = contactLine(p, lang);

    NoticeDocument d;
    d.language = lang;
    d.title = QStringLiteral("%1人脸识别个人信息处理告知书").arg(site);
    d.sections = {
        { QStringLiteral("一、个人信息处理者"),
          { QStringLiteral("本场所的人脸识别由%1负责运营，%1是处理您人脸信息的个人信息处理者。联系方式：%2。")
                .arg(op, contact) } },
        { QStringLiteral("二、处理目的"),
          { QStringLiteral("%1。您的人脸信息只用于上述目的，不用于其他任何目的。").arg(purpose) } },
        { QStringLiteral("三、处理方式"),
          { QStringLiteral("只有在您阅读本告知书并单独同意之后，工作人员才会用本台电脑的摄像头采集几张您的人脸图像，"
                           "由本机软件从中提取人脸特征模板（一组数字）。我们只保存人脸特征模板，不保存人脸图像或视频。"
                           "核验身份时，本机将现场采集的人脸图像与已保存的全部人脸特征模板逐一比较，辨识您的身份（一对"
                           "多辨识）。") } },
        { QStringLiteral("四、保存期限与删除"),
          { QStringLiteral("人脸信息的保存期限为%1天。您退房或迁出后，或保存期限届满时，您的人脸信息将被自动删除；"
                           "您撤回同意时，我们当场立即删除。我们不会永久保存人脸信息。")
                .arg(days) } },
        { QStringLiteral("五、必要性及对您的影响"),
          { QStringLiteral("人脸信息属于敏感个人信息。人脸无法像密码那样更改，一旦泄露或被非法使用，"
                           "可能危害您的人身和财产安全。因此我们只保存实现上述目的所必需的人脸特征模板，加密保存，"
                           "只有经授权的工作人员才能使用，每一次处理都记入审计日志。") } },
        { QStringLiteral("六、存储地点，不向外传输"),
          { QStringLiteral("您的人脸信息加密保存在本场所的这台电脑上，不上传到互联网或任何云端服务，"
                           "不向任何第三方提供，也不向境外传输。") } },
        { QStringLiteral("七、其他身份验证方式"),
          { QStringLiteral("您可以不同意使用人脸识别。不同意不会影响您使用任何服务，也不会给您带来任何费用或不便。"
                           "本场所提供的其他身份验证方式：%1。")
                .arg(alternativesLine(p, lang)) } },
        { QStringLiteral("八、您的权利"),
          { QStringLiteral("您可以随时撤回同意，撤回后您的人脸信息立即删除。您有权查阅、复制、更正和删除您的个人信息，"
                           "并可要求我们解释处理规则。请告知前台工作人员，或通过以下方式联系我们：%1。")
                .arg(contact) } },
        { QStringLiteral("九、不满十四周岁的未成年人"),
          { QStringLiteral("处理不满十四周岁未成年人的人脸信息，应当取得其父母或者其他监护人的单独同意，"
                           "并由监护人签字确认。") } },
        { QStringLiteral("十、告知书的变更"),
          { QStringLiteral("本告知书如有变更，我们将在前台和设有人脸识别的位置公示新版本；"
                           "处理目的、方式或保存期限发生变更的，将重新告知并重新征得您的同意。"
                           "每一份同意记录都保存您当时阅读的告知书版本。") } },
    };
    return d;
}

NoticeDocument composeEnglish(const SiteProfile &p)
{
    const QString lang = QStringLiteral("en");
    const QString site = orNotSet(p.siteName, lang, QString(), QStringLiteral("site name"));
    const QString op
        = orNotSet(p.operatorName, lang, QString(), QStringLiteral("name of the personal information handler"));
    const QString purpose = orNotSet(p.purpose, lang, QString(), QStringLiteral("purpose"));
    const QString days
        = p.retentionDays > 0 ? QString::number(p.retentionDays) : notSet(lang, QStringLiteral("number of days"));
    const QString contact = contactLine(p, lang);

    NoticeDocument d;
    d.language = lang;
    d.title = QStringLiteral("%1: Notice on the Processing of Facial Information").arg(site);
    d.sections = {
        { QStringLiteral("1. Who processes your facial information"),
          { QStringLiteral("Facial recognition at this site is operated by %1, the personal information handler "
                           "responsible for your facial information. Contact: %2.")
                .arg(op, contact) } },
        { QStringLiteral("2. Purpose"),
          { QStringLiteral("%1. Your facial information is used for this purpose only and for nothing else.")
                .arg(purpose) } },
        { QStringLiteral("3. How it is processed"),
          { QStringLiteral(
              "Only after you have read this notice and given your separate consent does a member of staff "
              "take a few pictures of your face with this computer's camera. Software on this computer turns "
              "them into a face template (a list of numbers). Only the template is kept, never the photos or "
              "video. To verify you, this computer compares the live picture with the stored template.") } },
        { QStringLiteral("4. How long it is kept, and deletion"),
          { QStringLiteral(
                "Facial information is kept for at most %1 days. It is deleted automatically after you check "
                "out or move out, or when that period ends, and at once if you withdraw your consent. "
                "Facial information is never kept indefinitely.")
                .arg(days) } },
        { QStringLiteral("5. Why it is needed, and what it means for you"),
          { QStringLiteral(
              "Facial information is sensitive personal information. A face cannot be changed like a "
              "password; if it leaked or were misused, it could harm your personal and financial safety. "
              "We therefore keep only the template needed for the purpose above, encrypted, usable only by "
              "authorised staff, and every act on it is written to an audit log.") } },
        { QStringLiteral("6. Where it is stored; no transfer"),
          { QStringLiteral(
              "Your facial information is stored encrypted on this computer at this site. It is not sent "
              "over the internet or to any cloud service, not given to any third party, and not transferred "
              "abroad.") } },
        { QStringLiteral("7. Another way to verify your identity"),
          { QStringLiteral("You may decline facial recognition. Declining does not affect any service you receive and "
                           "costs you nothing. Other ways to verify your identity here: %1.")
                .arg(alternativesLine(p, lang)) } },
        { QStringLiteral("8. Your rights"),
          { QStringLiteral(
                "You may withdraw your consent at any time; your facial information is then deleted at once. "
                "You have the right to access, copy, correct and delete your personal information and to ask "
                "us to explain these rules. Tell the front desk, or contact us: %1.")
                .arg(contact) } },
        { QStringLiteral("9. Children under 14"),
          { QStringLiteral(
              "The facial information of a child under 14 is processed only with the separate consent of a "
              "parent or other guardian, who signs for the child.") } },
        { QStringLiteral("10. Changes to this notice"),
          { QStringLiteral("If this notice changes, the new version is posted at the front desk and wherever facial "
                           "recognition is used. If the purpose, method or retention period changes, you will be "
                           "informed again and asked for your consent again. Every consent record keeps the version of "
                           "the notice you read.") } },
    };
    return d;
}

} // namespace

QString NoticeDocument::toCanonicalText() const
{
    QString text = QStringLiteral("# ") + title + QLatin1Char('\n');
    for (const NoticeSection &section : sections) {
        text += QStringLiteral("\n## ") + section.heading + QLatin1Char('\n');
        for (const QString &paragraph : section.paragraphs)
            text += QLatin1Char('\n') + paragraph + QLatin1Char('\n');
    }
    return text;
}

NoticeDocument NoticeDocument::fromCanonicalText(const QString &lang, const QString &text)
{
    NoticeDocument d;
    d.language = lang;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("## "))) {
            d.sections.append({ line.mid(3), {} });
        } else if (line.startsWith(QLatin1String("# "))) {
            d.title = line.mid(2);
        } else if (!line.trimmed().isEmpty()) {
            if (d.sections.isEmpty())
                d.sections.append({ QString(), {} });
            d.sections.last().paragraphs << line;
        }
    }
    return d;
}

QString NoticeDocument::toHtml(qreal baseFontPt) const
{
    // Headings as bold paragraphs with explicit sizes: Qt's rich text gives <h3> a fixed size that
    // would not follow the larger-text setting.
    const auto size = [baseFontPt](qreal factor) {
        return baseFontPt > 0 ? QStringLiteral("font-size:%1pt;").arg(baseFontPt * factor) : QString();
    };
    QString html = QStringLiteral("<div style=\"%1\"><p style=\"%2 font-weight:bold;\">%3</p>")
                       .arg(size(1.0), size(1.4), title.toHtmlEscaped());
    for (const NoticeSection &section : sections) {
        if (!section.heading.isEmpty())
            html += QStringLiteral("<p style=\"%1 font-weight:bold; margin-top:12px;\">%2</p>")
                        .arg(size(1.1), section.heading.toHtmlEscaped());
        for (const QString &paragraph : section.paragraphs)
            html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    }
    return html + QStringLiteral("</div>");
}

QByteArray NoticeDocument::sha256Hex() const
{
    return QCryptographicHash::hash(toCanonicalText().toUtf8(), QCryptographicHash::Sha256).toHex();
}

namespace NoticeText {

QString templateVersion()
{
    return QStringLiteral("2026.2");
}

NoticeDocument compose(const SiteProfile &profile, const QString &language)
{
    return isChinese(language) ? composeChinese(profile) : composeEnglish(profile);
}

} // namespace NoticeText
} // namespace consentry
