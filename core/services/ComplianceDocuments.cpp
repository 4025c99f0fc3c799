#include "services/ComplianceDocuments.h"

#include "platform/Formats.h"

#include <QJsonArray>

namespace consentry::ComplianceDocuments {

namespace {

bool zh(const QString &language)
{
    return language == QLatin1String("zh_CN");
}

QString pick(const QString &language, const QString &zhText, const QString &enText)
{
    return zh(language) ? zhText : enText;
}

QString orNotSet(const QString &value, const QString &language, const QString &zhWhat, const QString &enWhat)
{
    if (!value.trimmed().isEmpty())
        return value.trimmed();
    return zh(language) ? QStringLiteral("[未设置：%1]").arg(zhWhat) : QStringLiteral("[not set: %1]").arg(enWhat);
}

QString when(const QDateTime &at, const QString &language)
{
    return Formats::dateTime(at.toLocalTime(), language);
}

QString day(const QDate &date, const QString &language)
{
    return Formats::date(date, language);
}

// One language's blocks of the assessment (section one: the facts; two to five: the answers; six: signature).
void addAssessment(Document &doc, const ImpactAssessment &a, const QString &language, int headingLevel)
{
    doc.addHeading(pick(language, QStringLiteral("一、基本情况"), QStringLiteral("1. Facts of the processing")),
                   headingLevel);
    DocumentTable facts;
    facts.header = { pick(language, QStringLiteral("事项"), QStringLiteral("Item")),
                     pick(language, QStringLiteral("情况"), QStringLiteral("Fact")) };
    facts.columnWeights = { 1, 2.4 };
    for (const AssessmentFact &f : a.facts)
        facts.rows << QStringList { zh(language) ? f.labelZh : f.labelEn, zh(language) ? f.valueZh : f.valueEn };
    doc.addTable(facts);
    for (ImpactAssessment::Part part : ImpactAssessment::parts()) {
        doc.addHeading(ImpactAssessment::partHeading(part, language), headingLevel);
        const QString answer = a.answers.value(ImpactAssessment::partKey(part)).trimmed();
        const QStringList paragraphs = answer.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (paragraphs.isEmpty())
            doc.addParagraph(pick(language, QStringLiteral("[未作答]"), QStringLiteral("[not answered]")));
        for (const QString &p : paragraphs)
            doc.addParagraph(p.trimmed());
    }
    doc.addHeading(pick(language, QStringLiteral("六、评估结论与签署"), QStringLiteral("6. Conclusion and signature")),
                   headingLevel);
    if (a.isSigned()) {
        doc.addField(pick(language, QStringLiteral("版本"), QStringLiteral("Version")), QString::number(a.version));
        doc.addField(pick(language, QStringLiteral("签署人"), QStringLiteral("Signed by")), a.signedBy);
        doc.addField(pick(language, QStringLiteral("签署时间"), QStringLiteral("Signed at")),
                     when(a.signedAt, language));
        doc.addField(pick(language, QStringLiteral("内容摘要（SHA-256）"), QStringLiteral("Content digest (SHA-256)")),
                     QString::fromLatin1(a.sha256.toHex()));
        doc.addField(pick(language, QStringLiteral("至少保存至"), QStringLiteral("Kept at least until")),
                     day(a.keepUntil(), language));
        doc.addParagraph(pick(language,
                              QStringLiteral("本评估报告签署后不可更改；处理目的、处理方式、识别引擎或者保存期限发生"
                                             "变化的，应当重新评估。"),
                              QStringLiteral("This report cannot be changed once signed; a new assessment is made "
                                             "when the purpose, the method, the recognition engine or the retention "
                                             "period changes.")));
    } else {
        doc.addParagraph(pick(language, QStringLiteral("草稿，尚未签署。"), QStringLiteral("Draft, not signed.")));
    }
}

QStringList languagesOf(const QString &language)
{
    if (language == QLatin1String("zh_CN+en"))
        return { QStringLiteral("zh_CN"), QStringLiteral("en") };
    return { language };
}

QString contactOf(const SiteProfile &p, const QString &language)
{
    QStringList parts;
    for (const QString &part : { p.contactPhone, p.contactEmail, p.contactAddress }) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return orNotSet(parts.join(zh(language) ? QStringLiteral("；") : QStringLiteral("; ")), language,
                    QStringLiteral("联系方式"), QStringLiteral("contact details"));
}

QString factValue(const ImpactAssessment &a, const QString &key, const QString &language)
{
    for (const AssessmentFact &f : a.facts) {
        if (f.key == key)
            return zh(language) ? f.valueZh : f.valueEn;
    }
    return QString();
}

} // namespace

bool isDocumentLanguage(const QString &language)
{
    return language == QLatin1String("zh_CN") || language == QLatin1String("en")
        || language == QLatin1String("zh_CN+en");
}

Document assessment(const ImpactAssessment &a, const QString &language)
{
    Document doc;
    doc.language = language;
    const QStringList languages = languagesOf(language);
    QStringList titles;
    for (const QString &l : languages)
        titles << pick(l, QStringLiteral("个人信息保护影响评估报告"),
                       QStringLiteral("Personal Information Protection Impact Assessment"));
    doc.title = titles.join(QStringLiteral(" / "));
    doc.header = a.siteName.isEmpty() ? a.operatorName : a.siteName;
    doc.footer = a.isSigned()
        ? QStringLiteral("v%1 · SHA-256 %2").arg(a.version).arg(QString::fromLatin1(a.sha256.toHex().left(16)))
        : pick(languages.constFirst(), QStringLiteral("草稿"), QStringLiteral("Draft"));
    for (int i = 0; i < languages.size(); ++i) {
        if (i > 0)
            doc.addPageBreak();
        addAssessment(doc, a, languages.at(i), 1);
    }
    return doc;
}

Document filingPack(const FilingMaterials &m, const QString &language)
{
    Document doc;
    doc.language = language;
    const QStringList languages = languagesOf(language);
    QStringList titles;
    for (const QString &l : languages)
        titles << pick(l, QStringLiteral("人脸识别技术应用备案材料"),
                       QStringLiteral("Filing of a Facial Recognition Application"));
    doc.title = titles.join(QStringLiteral(" / "));
    doc.header = m.profile.siteName.isEmpty() ? m.profile.operatorName : m.profile.siteName;
    doc.footer
        = pick(languages.constFirst(), QStringLiteral("生成于%1").arg(when(m.generatedAt, QStringLiteral("zh_CN"))),
               QStringLiteral("Generated %1").arg(when(m.generatedAt, QStringLiteral("en"))));
    for (int i = 0; i < languages.size(); ++i) {
        const QString l = languages.at(i);
        if (i > 0)
            doc.addPageBreak();
        doc.addParagraph(pick(l,
                              QStringLiteral("依据《人脸识别技术应用安全管理办法》第十五条，向所在地省级以上网信部门"
                                             "履行备案手续所需的材料。"),
                              QStringLiteral("The materials for filing with the provincial cyberspace office under "
                                             "art. 15 of the Provisions on facial recognition.")));
        // 1. The processor.
        doc.addHeading(pick(l, QStringLiteral("一、个人信息处理者基本情况"), QStringLiteral("1. The processor")));
        doc.addField(
            pick(l, QStringLiteral("个人信息处理者"), QStringLiteral("Processor")),
            orNotSet(m.profile.operatorName, l, QStringLiteral("个人信息处理者名称"), QStringLiteral("processor")));
        doc.addField(pick(l, QStringLiteral("场所"), QStringLiteral("Site")),
                     orNotSet(m.profile.siteName, l, QStringLiteral("场所名称"), QStringLiteral("site name")));
        doc.addField(pick(l, QStringLiteral("联系方式"), QStringLiteral("Contact")), contactOf(m.profile, l));
        // 2. Purpose and method.
        doc.addHeading(
            pick(l, QStringLiteral("二、人脸信息处理目的和处理方式"), QStringLiteral("2. Purpose and method")));
        doc.addField(pick(l, QStringLiteral("处理目的"), QStringLiteral("Purpose")),
                     factValue(m.current, QStringLiteral("purpose"), l));
        doc.addField(pick(l, QStringLiteral("处理方式"), QStringLiteral("Method")),
                     factValue(m.current, QStringLiteral("method"), l));
        doc.addField(pick(l, QStringLiteral("其他身份验证方式"), QStringLiteral("Other ways to verify identity")),
                     factValue(m.current, QStringLiteral("alternatives"), l));
        DocumentTable devices;
        devices.header = { pick(l, QStringLiteral("设备"), QStringLiteral("Device")),
                           pick(l, QStringLiteral("安装位置"), QStringLiteral("Location")),
                           pick(l, QStringLiteral("采集区域"), QStringLiteral("Capture area")) };
        devices.columnWeights = { 1, 1, 2 };
        for (const Device &d : m.devices)
            devices.rows << QStringList { d.name, DeviceLocation::nameIn(d.locationType, l), d.area };
        if (devices.rows.isEmpty())
            doc.addParagraph(pick(l, QStringLiteral("尚未登记设备。"), QStringLiteral("No device is registered.")));
        else
            doc.addTable(devices);
        // 3. Number stored and security measures.
        doc.addHeading(pick(l, QStringLiteral("三、人脸信息存储数量及安全保护措施"),
                            QStringLiteral("3. Number of people stored and security measures")));
        doc.addField(pick(l, QStringLiteral("存储人脸信息的人数"), QStringLiteral("People with face data stored")),
                     QString::number(m.peopleWithFaceData));
        doc.addField(pick(l, QStringLiteral("统计时间"), QStringLiteral("Counted at")), when(m.generatedAt, l));
        for (const QString &key : { QStringLiteral("storage"), QStringLiteral("encryption"), QStringLiteral("roles"),
                                    QStringLiteral("audit"), QStringLiteral("retention") }) {
            for (const AssessmentFact &f : m.current.facts) {
                if (f.key == key)
                    doc.addField(zh(l) ? f.labelZh : f.labelEn, zh(l) ? f.valueZh : f.valueEn);
            }
        }
        // 4. Processing rules and operating procedures.
        doc.addHeading(pick(l, QStringLiteral("四、个人信息处理规则及操作规程"),
                            QStringLiteral("4. Processing rules and operating procedures")));
        for (const QString &line : m.processingRules.value(l).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            doc.addParagraph(line.trimmed());
        // 5. The impact assessment report.
        doc.addHeading(
            pick(l, QStringLiteral("五、个人信息保护影响评估报告"), QStringLiteral("5. The impact assessment report")));
        addAssessment(doc, m.assessment, l, 2);
    }
    return doc;
}

QJsonObject filingPackJson(const FilingMaterials &m)
{
    QJsonArray devices;
    for (const Device &d : m.devices)
        devices.append(QJsonObject { { QStringLiteral("name"), d.name },
                                     { QStringLiteral("location_type"), DeviceLocation::key(d.locationType) },
                                     { QStringLiteral("area"), d.area } });
    QJsonArray facts;
    for (const AssessmentFact &f : m.current.facts)
        facts.append(QJsonObject { { QStringLiteral("key"), f.key },
                                   { QStringLiteral("zh_CN"), f.valueZh },
                                   { QStringLiteral("en"), f.valueEn } });
    QJsonObject answers;
    for (auto it = m.assessment.answers.cbegin(); it != m.assessment.answers.cend(); ++it)
        answers.insert(it.key(), it.value());
    QJsonArray filings;
    for (const FilingRecord &f : m.filings)
        filings.append(QJsonObject { { QStringLiteral("kind"), FilingRecord::kindKey(f.kind) },
                                     { QStringLiteral("filed_on"), f.filedOn.toString(Qt::ISODate) },
                                     { QStringLiteral("reference"), f.reference } });
    return {
        { QStringLiteral("generated_at"), m.generatedAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("generated_by"), m.generatedBy },
        { QStringLiteral("processor"),
          QJsonObject { { QStringLiteral("operator_name"), m.profile.operatorName },
                        { QStringLiteral("site_name"), m.profile.siteName },
                        { QStringLiteral("contact_phone"), m.profile.contactPhone },
                        { QStringLiteral("contact_email"), m.profile.contactEmail },
                        { QStringLiteral("contact_address"), m.profile.contactAddress } } },
        { QStringLiteral("purpose_and_method"),
          QJsonObject {
              { QStringLiteral("purpose"), m.profile.purpose },
              { QStringLiteral("verification_mode"), SiteProfile::verificationModeKey(m.profile.verificationMode) },
              { QStringLiteral("alternatives"), QJsonArray::fromStringList(m.profile.alternatives) },
              { QStringLiteral("devices"), devices } } },
        { QStringLiteral("storage_and_security"),
          QJsonObject { { QStringLiteral("people_with_face_data"), m.peopleWithFaceData },
                        { QStringLiteral("facts"), facts } } },
        { QStringLiteral("processing_rules"), m.processingRules.value(QStringLiteral("zh_CN")) },
        { QStringLiteral("impact_assessment"),
          QJsonObject { { QStringLiteral("version"), m.assessment.version },
                        { QStringLiteral("signed_by"), m.assessment.signedBy },
                        { QStringLiteral("signed_at"), m.assessment.signedAt.toUTC().toString(Qt::ISODateWithMs) },
                        { QStringLiteral("sha256"), QString::fromLatin1(m.assessment.sha256.toHex()) },
                        { QStringLiteral("answers"), answers } } },
        { QStringLiteral("filings"), filings },
    };
}

} // namespace consentry::ComplianceDocuments
