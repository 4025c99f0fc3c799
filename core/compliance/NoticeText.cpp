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

QString verificationZh(const SiteProfile &p)
{
    if (p.effectiveVerificationMode() == SiteProfile::VerificationMode::OneToOne)
        return QStringLiteral(
            "核验身份时，工作人员先确认您是谁（例如房号或姓名），本机只将现场采集的人脸图像与您本人的人脸特征模板"
            "进行比较（一对一核验），不与其他人的人脸特征模板比较。");
    return QStringLiteral(
        "核验身份时，本机将现场采集的人脸图像与已保存的全部人脸特征模板进行比较，辨识您的身份（一对多辨识）。");
}

QString verificationEn(const SiteProfile &p)
{
    if (p.effectiveVerificationMode() == SiteProfile::VerificationMode::OneToOne)
        return QStringLiteral("To verify you, staff first establish who you say you are (for example your room or your "
                              "name), and this computer compares the live picture with your own template only "
                              "(one-to-one verification), never with anyone else's.");
    return QStringLiteral("To verify you, this computer compares the live picture with every stored template to find "
                          "who you are (one-to-many identification).");
}

NoticeDocument composeChinese(const SiteProfile &p, const RetentionPolicy &policy)
{
    const QString lang = QStringLiteral("zh_CN");
    const QString site = orNotSet(p.siteName, lang, QStringLiteral("场所名称"), QString());
    const QString op = orNotSet(p.operatorName, lang, QStringLiteral("个人信息处理者名称"), QString());
    const QString purpose = orNotSet(p.purpose, lang, QStringLiteral("处理目的"), QString());
    const QString retention = p.retentionDays > 0 ? policy.sentence(lang) : notSet(lang, QStringLiteral("保存期限"));
    const QString contact = contactLine(p, lang);
    const QString backups = p.backupLocation.trimmed().isEmpty()
        ? QStringLiteral("备份文件同样加密，只保存在个人信息处理者管理的本地存储介质上，不上传到互联网。")
        : QStringLiteral("备份文件同样加密，保存在：%1，不上传到互联网。").arg(p.backupLocation.trimmed());
    QString minors = QStringLiteral("处理不满十四周岁未成年人的人脸信息，应当取得其父母或者其他监护人的单独同意，"
                                    "由监护人以本人名义阅读告知书并签字确认；登记记录同时载明被监护人和监护人的姓名。");
    if (!p.minorsRules.trimmed().isEmpty())
        minors += QStringLiteral("本场所的专门规则：%1").arg(p.minorsRules.trimmed());

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
                           "由本机软件从中提取人脸特征模板（一组数字）。我们只保存人脸特征模板，不保存人脸图像或视频。")
                + verificationZh(p),
            QStringLiteral("每次核验生成一条核验记录，内容为核验时间、核验方式、核验结果、置信度和经办人，"
                           "不含人脸图像或人脸特征模板。核验记录保存%1天后删除。")
                .arg(p.verificationRecordDays) } },
        { QStringLiteral("四、保存期限与删除"),
          { retention + QStringLiteral("我们不会永久保存人脸信息。"),
            QStringLiteral(
                "您的人脸信息删除后，同意记录等其他处理记录保存%1天，之后只保留审计所需的编号，不再保留您的姓名。")
                .arg(p.recordRetentionDays) } },
        { QStringLiteral("五、必要性及对您的影响"),
          { QStringLiteral("人脸信息属于敏感个人信息。人脸无法像密码那样更改，一旦泄露或被非法使用，"
                           "可能危害您的人身和财产安全。因此我们只保存实现上述目的所必需的人脸特征模板，加密保存，"
                           "只有经授权的工作人员才能使用，每一次处理都记入审计日志。") } },
        { QStringLiteral("六、存储地点及对外传输"),
          { QStringLiteral("您的人脸信息加密保存在本场所的这台电脑上，不通过互联网对外传输，不上传到任何云端服务，"
                           "不向任何第三方提供，也不向境外传输。")
            + backups } },
        { QStringLiteral("七、其他身份验证方式"),
          { QStringLiteral("您可以不同意使用人脸识别。不同意不会影响您使用任何服务，也不会给您带来任何费用或不便。"
                           "本场所提供的其他身份验证方式：%1。")
                .arg(alternativesLine(p, lang)) } },
        { QStringLiteral("八、您的权利"),
          { QStringLiteral("您有权查阅、复制、更正和删除您的个人信息，有权限制或者拒绝我们处理您的人脸信息，"
                           "有权要求我们对本处理规则进行解释说明。您可以随时撤回同意，撤回后您的人脸信息立即删除。"
                           "请告知前台工作人员，或通过以下方式联系我们：%1。")
                .arg(contact) } },
        { QStringLiteral("九、不满十四周岁未成年人的专门规则"), { minors } },
        { QStringLiteral("十、告知书的变更"),
          { QStringLiteral(
                "本告知书如有变更，我们将在前台和设有人脸识别的位置公示新版本。"
                "个人信息处理者、处理目的、处理方式或保存期限发生变更的，我们将重新告知并重新取得您的同意；"
                "在您重新同意之前，不再使用您的人脸信息进行识别，变更公示后%1天内未重新同意的，您的人脸信息将被删除。"
                "每一份同意记录都保存您当时阅读的告知书版本。")
                .arg(p.renewalGraceDays) } },
    };
    return d;
}

NoticeDocument composeEnglish(const SiteProfile &p, const RetentionPolicy &policy)
{
    const QString lang = QStringLiteral("en");
    const QString site = orNotSet(p.siteName, lang, QString(), QStringLiteral("site name"));
    const QString op
        = orNotSet(p.operatorName, lang, QString(), QStringLiteral("name of the personal information handler"));
    const QString purpose = orNotSet(p.purpose, lang, QString(), QStringLiteral("purpose"));
    const QString retention
        = p.retentionDays > 0 ? policy.sentence(lang) : notSet(lang, QStringLiteral("retention period"));
    const QString contact = contactLine(p, lang);
    const QString backups = p.backupLocation.trimmed().isEmpty()
        ? QStringLiteral(" Backups are encrypted as well and kept only on local storage media managed by the "
                         "personal information handler, never uploaded to the internet.")
        : QStringLiteral(" Backups are encrypted as well and kept at: %1; they are never uploaded to the internet.")
              .arg(p.backupLocation.trimmed());
    QString minors = QStringLiteral(
        "The facial information of a child under 14 is processed only with the separate consent of a parent or "
        "other guardian, who reads this notice and signs in their own name; the record names both the child and "
        "the guardian.");
    if (!p.minorsRules.trimmed().isEmpty())
        minors += QStringLiteral(" Special rules at this site: %1").arg(p.minorsRules.trimmed());

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
                "video. ")
                + verificationEn(p),
            QStringLiteral("Each verification leaves a verification record: the time, the method, the outcome, the "
                           "confidence and the member of staff, never a picture or a template. Verification records "
                           "are deleted after %1 days.")
                .arg(p.verificationRecordDays) } },
        { QStringLiteral("4. How long it is kept, and deletion"),
          { retention + QStringLiteral(" Facial information is never kept indefinitely."),
            QStringLiteral("Once your facial information is deleted, the other records of processing (such as your "
                           "consent record) are kept for %1 days and then reduced to the numbers the audit needs, "
                           "without your name.")
                .arg(p.recordRetentionDays) } },
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
                "abroad.")
            + backups } },
        { QStringLiteral("7. Another way to verify your identity"),
          { QStringLiteral("You may decline facial recognition. Declining does not affect any service you receive and "
                           "costs you nothing. Other ways to verify your identity here: %1.")
                .arg(alternativesLine(p, lang)) } },
        { QStringLiteral("8. Your rights"),
          { QStringLiteral(
                "You have the right to access, copy, correct and delete your personal information, to restrict or "
                "refuse the processing of your facial information, and to ask us to explain these rules. You may "
                "withdraw your consent at any time; your facial information is then deleted at once. Tell the "
                "front desk, or contact us: %1.")
                .arg(contact) } },
        { QStringLiteral("9. Special rules for children under 14"), { minors } },
        { QStringLiteral("10. Changes to this notice"),
          { QStringLiteral("If this notice changes, the new version is posted at the front desk and wherever facial "
                           "recognition is used. If the personal information handler, the purpose, the method or the "
                           "retention period changes, you will be informed again and asked for your consent again; "
                           "until you consent again your facial information is not used for recognition, and if you "
                           "have not consented again within %1 days of the change, it is deleted. Every consent "
                           "record keeps the version of the notice you read.")
                .arg(p.renewalGraceDays) } },
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
    return QStringLiteral("2026.3");
}

NoticeDocument compose(const SiteProfile &profile, const QString &language)
{
    return compose(profile, RetentionPolicy::fromProfile(profile), language);
}

NoticeDocument compose(const SiteProfile &profile, const RetentionPolicy &policy, const QString &language)
{
    return isChinese(language) ? composeChinese(profile, policy) : composeEnglish(profile, policy);
}

namespace {
const QStringList kMaterialKeys
    = { QStringLiteral("operator_name"), QStringLiteral("purpose"),        QStringLiteral("verification_mode"),
        QStringLiteral("engine"),        QStringLiteral("retention_days"), QStringLiteral("max_retention_days") };

QString materialName(const QString &key, bool zh)
{
    if (key == QLatin1String("operator_name"))
        return zh ? QStringLiteral("个人信息处理者") : QStringLiteral("Personal information handler");
    if (key == QLatin1String("purpose"))
        return zh ? QStringLiteral("处理目的") : QStringLiteral("Purpose");
    if (key == QLatin1String("verification_mode"))
        return zh ? QStringLiteral("处理方式") : QStringLiteral("Method");
    if (key == QLatin1String("engine"))
        return zh ? QStringLiteral("人脸识别引擎") : QStringLiteral("Recognition engine");
    if (key == QLatin1String("retention_days"))
        return zh ? QStringLiteral("迁出或退房后的保存期限") : QStringLiteral("Retention after move-out or checkout");
    return zh ? QStringLiteral("最长保存期限") : QStringLiteral("Longest retention");
}

QString materialValue(const QString &key, const QJsonValue &value, bool zh)
{
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return QStringLiteral("—");
    if (key == QLatin1String("verification_mode")) {
        const bool oneToOne = value.toString() == QLatin1String("one_to_one");
        if (zh)
            return oneToOne ? QStringLiteral("一对一核验") : QStringLiteral("一对多辨识");
        return oneToOne ? QStringLiteral("one-to-one verification") : QStringLiteral("one-to-many identification");
    }
    if (key == QLatin1String("engine")) {
        // "name@model-sha256": the name and the start of the model's fingerprint, not 64 hex digits.
        const QString stored = value.toString();
        const QString sha = stored.section(QLatin1Char('@'), 1).left(12);
        const QString name = stored.section(QLatin1Char('@'), 0, 0);
        if (sha.isEmpty())
            return name;
        return zh ? QStringLiteral("%1（模型指纹 %2）").arg(name, sha) : QStringLiteral("%1 (model %2)").arg(name, sha);
    }
    if (value.isDouble())
        return zh ? QStringLiteral("%1天").arg(value.toInt()) : QStringLiteral("%1 days").arg(value.toInt());
    return value.toString();
}
} // namespace

QJsonObject materialFields(const SiteProfile &profile, const RetentionPolicy &policy, const QString &engine)
{
    QJsonObject material {
        { QStringLiteral("operator_name"), profile.operatorName.trimmed() },
        { QStringLiteral("purpose"), profile.purpose.trimmed() },
        { QStringLiteral("verification_mode"), SiteProfile::verificationModeKey(profile.effectiveVerificationMode()) },
        { QStringLiteral("retention_days"), policy.retentionDays },
        { QStringLiteral("max_retention_days"), policy.maxTemplateAgeDays },
    };
    if (!engine.isEmpty())
        material.insert(QStringLiteral("engine"), engine);
    return material;
}

QStringList materialChanges(const QJsonObject &before, const QJsonObject &after)
{
    QStringList changed;
    for (const QString &key : kMaterialKeys) {
        // An engine recorded on one side only is not a change: it was simply not known then.
        if (key == QLatin1String("engine") && (!before.contains(key) || !after.contains(key)))
            continue;
        if (before.value(key) != after.value(key))
            changed << key;
    }
    return changed;
}

QList<MaterialChange> describeChanges(const QJsonObject &before, const QJsonObject &after, const QString &language)
{
    const bool zh = isChinese(language);
    QList<MaterialChange> changes;
    for (const QString &key : materialChanges(before, after))
        changes << MaterialChange { materialName(key, zh), materialValue(key, before.value(key), zh),
                                    materialValue(key, after.value(key), zh) };
    return changes;
}

} // namespace NoticeText
} // namespace consentry
