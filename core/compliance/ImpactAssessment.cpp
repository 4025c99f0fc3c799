#include "compliance/ImpactAssessment.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace consentry {

QJsonObject AssessmentBasis::toJson() const
{
    return { { QStringLiteral("purpose"), purpose },
             { QStringLiteral("method"), method },
             { QStringLiteral("engines"), QJsonArray::fromStringList(engines) },
             { QStringLiteral("retention_days"), retentionDays },
             { QStringLiteral("max_retention_days"), maxRetentionDays } };
}

AssessmentBasis AssessmentBasis::fromJson(const QJsonObject &object)
{
    AssessmentBasis b;
    b.purpose = object.value(QStringLiteral("purpose")).toString();
    b.method = object.value(QStringLiteral("method")).toString();
    for (const QJsonValue &engine : object.value(QStringLiteral("engines")).toArray())
        b.engines << engine.toString();
    b.retentionDays = object.value(QStringLiteral("retention_days")).toInt();
    b.maxRetentionDays = object.value(QStringLiteral("max_retention_days")).toInt();
    return b;
}

QStringList AssessmentBasis::changedIn(const AssessmentBasis &now) const
{
    QStringList changed;
    if (purpose.trimmed() != now.purpose.trimmed())
        changed << QStringLiteral("purpose");
    if (method != now.method)
        changed << QStringLiteral("method");
    // An engine that made face data now but was not assessed: a new way of processing. An engine no longer
    // in use changes nothing that was assessed.
    for (const QString &engine : now.engines) {
        if (!engines.contains(engine)) {
            changed << QStringLiteral("engine");
            break;
        }
    }
    if (retentionDays != now.retentionDays || maxRetentionDays != now.maxRetentionDays)
        changed << QStringLiteral("retention");
    return changed;
}

bool operator==(const AssessmentBasis &a, const AssessmentBasis &b)
{
    return a.toJson() == b.toJson();
}

QList<ImpactAssessment::Part> ImpactAssessment::parts()
{
    return { Part::Lawfulness, Part::Impact, Part::Risks, Part::Measures };
}

QString ImpactAssessment::partKey(Part part)
{
    switch (part) {
    case Part::Lawfulness: return QStringLiteral("lawfulness");
    case Part::Impact: return QStringLiteral("impact");
    case Part::Risks: return QStringLiteral("risks");
    case Part::Measures: return QStringLiteral("measures");
    }
    return QString();
}

QString ImpactAssessment::partHeading(Part part, const QString &language)
{
    const bool zh = language == QLatin1String("zh_CN");
    // Section one of the report is the facts; the parts are two to five.
    switch (part) {
    case Part::Lawfulness:
        return zh ? QStringLiteral("二、处理目的和处理方式的合法性、正当性与必要性")
                  : QStringLiteral("2. Whether the purpose and method are lawful, legitimate and necessary");
    case Part::Impact:
        return zh ? QStringLiteral("三、对个人权益的影响及降低不利影响措施的有效性")
                  : QStringLiteral("3. Impact on individuals and whether the mitigations are effective");
    case Part::Risks:
        return zh ? QStringLiteral("四、人脸信息泄露、篡改、丢失、毁损或者被非法获取、出售、使用的风险与危害")
                  : QStringLiteral("4. Risks of leakage, tampering, loss, destruction or misuse of face data "
                                   "and their harm");
    case Part::Measures:
        return zh ? QStringLiteral("五、保护措施的合法性、有效性及与风险程度的适应性")
                  : QStringLiteral("5. Whether the protection measures are lawful, effective and fit the risk");
    }
    return QString();
}

QString ImpactAssessment::partTitle(Part part)
{
    switch (part) {
    case Part::Lawfulness: return tr("Purpose and method: lawful, legitimate and necessary?");
    case Part::Impact: return tr("Impact on individuals and the mitigations");
    case Part::Risks: return tr("Risks of leakage, tampering and misuse, and their harm");
    case Part::Measures: return tr("Protection measures: lawful, effective and fit for the risk?");
    }
    return QString();
}

QString ImpactAssessment::partGuidance(Part part)
{
    switch (part) {
    case Part::Lawfulness:
        return tr("State the specific purpose, why face recognition is necessary for it, why the chosen method "
                  "(one-to-one verification or one-to-many identification) affects people least, and that "
                  "everyone who declines is offered another way to verify identity.");
    case Part::Impact:
        return tr("Describe how people are affected (being enrolled, being matched or not matched, children), "
                  "and whether the mitigations work: separate consent, the other ways, deletion on withdrawal, "
                  "the retention period.");
    case Part::Risks:
        return tr("Name what could go wrong (a stolen computer or backup, a staff member looking people up, a "
                  "false match, a tampered record) and the harm each would cause.");
    case Part::Measures:
        return tr("Say whether the measures (local encrypted storage, roles, the audit chain, the retention "
                  "purge, the device register) fit these risks, and what else the site does.");
    }
    return QString();
}

QString ImpactAssessment::basisPartName(const QString &key)
{
    if (key == QLatin1String("purpose"))
        return tr("the purpose");
    if (key == QLatin1String("method"))
        return tr("the verification method");
    if (key == QLatin1String("engine"))
        return tr("the recognition engine");
    if (key == QLatin1String("retention"))
        return tr("the retention period");
    return key;
}

QStringList ImpactAssessment::unanswered() const
{
    QStringList missing;
    for (Part part : parts()) {
        if (answers.value(partKey(part)).trimmed().isEmpty())
            missing << partTitle(part);
    }
    return missing;
}

QByteArray ImpactAssessment::canonicalBody() const
{
    QJsonArray factArray;
    for (const AssessmentFact &fact : facts) {
        factArray.append(QJsonObject { { QStringLiteral("key"), fact.key },
                                       { QStringLiteral("label_zh"), fact.labelZh },
                                       { QStringLiteral("label_en"), fact.labelEn },
                                       { QStringLiteral("value_zh"), fact.valueZh },
                                       { QStringLiteral("value_en"), fact.valueEn } });
    }
    QJsonObject answerObject;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        answerObject.insert(it.key(), it.value());
    // QJsonObject keeps its keys sorted, so the same content gives the same bytes.
    const QJsonObject body { { QStringLiteral("facts"), factArray },
                             { QStringLiteral("answers"), answerObject },
                             { QStringLiteral("basis"), basis.toJson() },
                             { QStringLiteral("site_name"), siteName },
                             { QStringLiteral("operator_name"), operatorName } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ImpactAssessment ImpactAssessment::fromBody(const QByteArray &body)
{
    ImpactAssessment a;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const QJsonValue &value : object.value(QStringLiteral("facts")).toArray()) {
        const QJsonObject f = value.toObject();
        a.facts << AssessmentFact { f.value(QStringLiteral("key")).toString(),
                                    f.value(QStringLiteral("label_zh")).toString(),
                                    f.value(QStringLiteral("label_en")).toString(),
                                    f.value(QStringLiteral("value_zh")).toString(),
                                    f.value(QStringLiteral("value_en")).toString() };
    }
    const QJsonObject answerObject = object.value(QStringLiteral("answers")).toObject();
    for (auto it = answerObject.begin(); it != answerObject.end(); ++it)
        a.answers.insert(it.key(), it.value().toString());
    a.basis = AssessmentBasis::fromJson(object.value(QStringLiteral("basis")).toObject());
    a.siteName = object.value(QStringLiteral("site_name")).toString();
    a.operatorName = object.value(QStringLiteral("operator_name")).toString();
    return a;
}

QByteArray ImpactAssessment::computeSha256() const
{
    return QCryptographicHash::hash(canonicalBody(), QCryptographicHash::Sha256);
}

} // namespace consentry
