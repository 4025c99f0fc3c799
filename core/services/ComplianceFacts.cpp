#include "services/ComplianceFacts.h"

#include "platform/Clock.h"
#include "services/UnitOfWork.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace consentry::ComplianceFacts {

namespace {

bool zh(const QString &language)
{
    return language == QLatin1String("zh_CN");
}

QString notSetZh(const QString &what)
{
    return QStringLiteral("[未设置：%1]").arg(what);
}

QString notSetEn(const QString &what)
{
    return QStringLiteral("[not set: %1]").arg(what);
}

QString orZh(const QString &value, const QString &what)
{
    return value.trimmed().isEmpty() ? notSetZh(what) : value.trimmed();
}

QString orEn(const QString &value, const QString &what)
{
    return value.trimmed().isEmpty() ? notSetEn(what) : value.trimmed();
}

QString methodZh(SiteProfile::VerificationMode mode)
{
    switch (mode) {
    case SiteProfile::VerificationMode::OneToOne: return QStringLiteral("一对一核验");
    case SiteProfile::VerificationMode::OneToMany: return QStringLiteral("一对多辨识");
    case SiteProfile::VerificationMode::Unset: break;
    }
    return notSetZh(QStringLiteral("处理方式"));
}

QString methodEn(SiteProfile::VerificationMode mode)
{
    switch (mode) {
    case SiteProfile::VerificationMode::OneToOne: return QStringLiteral("one-to-one verification");
    case SiteProfile::VerificationMode::OneToMany: return QStringLiteral("one-to-many identification");
    case SiteProfile::VerificationMode::Unset: break;
    }
    return notSetEn(QStringLiteral("method"));
}

QString retentionZh(const SiteProfile &profile, int maxDays)
{
    const QString moveOut = profile.siteType == SiteProfile::SiteType::Hotel ? QStringLiteral("退房")
        : profile.siteType == SiteProfile::SiteType::Compound                ? QStringLiteral("迁出")
                                                                             : QStringLiteral("迁出或退房");
    return QStringLiteral("%1后%2天内删除人脸特征模板，且自采集之日起最长不超过%3天；撤回同意后立即删除")
        .arg(moveOut)
        .arg(profile.retentionDays)
        .arg(maxDays);
}

QString retentionEn(const SiteProfile &profile, int maxDays)
{
    const QString moveOut = profile.siteType == SiteProfile::SiteType::Hotel ? QStringLiteral("checkout")
        : profile.siteType == SiteProfile::SiteType::Compound                ? QStringLiteral("move-out")
                                                                             : QStringLiteral("move-out or checkout");
    return QStringLiteral("face templates are deleted %1 days after %2, and at the latest %3 days after they were "
                          "made; at once when consent is withdrawn")
        .arg(profile.retentionDays)
        .arg(moveOut)
        .arg(maxDays);
}

} // namespace

Result<AssessmentBasis> currentBasis(UnitOfWork &work, const EngineFacts &engine)
{
    TRY_ASSIGN(const SiteProfile profile, work.settings().siteProfile());
    TRY_ASSIGN(const RetentionPolicy policy, work.retentionPolicy());
    AssessmentBasis basis;
    basis.purpose = profile.purpose.trimmed();
    basis.method = SiteProfile::verificationModeKey(profile.verificationMode);
    TRY_ASSIGN(basis.engines, work.compliance().storedEngines());
    if (!engine.key.isEmpty() && !basis.engines.contains(engine.key))
        basis.engines << engine.key;
    basis.engines.sort();
    basis.retentionDays = policy.retentionDays;
    basis.maxRetentionDays = policy.maxTemplateAgeDays;
    return basis;
}

Result<QMap<QString, QString>> draftAnswers(UnitOfWork &work)
{
    TRY_ASSIGN(const QString stored, work.settings().value(AssessmentDraftKey));
    QMap<QString, QString> answers;
    const QJsonObject object = QJsonDocument::fromJson(stored.toUtf8()).object();
    for (ImpactAssessment::Part part : ImpactAssessment::parts()) {
        const QString key = ImpactAssessment::partKey(part);
        answers.insert(key, object.value(key).toString());
    }
    return answers;
}

Result<ImpactAssessment> draft(UnitOfWork &work, const EngineFacts &engine)
{
    TRY_ASSIGN(const SiteProfile profile, work.settings().siteProfile());
    TRY_ASSIGN(const RetentionPolicy policy, work.retentionPolicy());
    ComplianceRepository records = work.compliance();
    TRY_ASSIGN(const qint64 people, records.peopleWithFaceData());
    TRY_ASSIGN(const qint64 residents, work.residents().count());
    TRY_ASSIGN(const qint64 active, records.residentsInState(QStringLiteral("active")));
    TRY_ASSIGN(const qint64 declined, records.residentsInState(QStringLiteral("declined")));
    TRY_ASSIGN(const qint64 templates, work.templates().count());
    using RoleCounts = QMap<QString, qint64>;
    TRY_ASSIGN(const RoleCounts roles, records.usersByRole());
    TRY_ASSIGN(const qint64 events, work.auditLog().count());
    TRY_ASSIGN(const QList<Device> devices, records.devices());
    TRY_ASSIGN(const QStringList engines, records.storedEngines());

    ImpactAssessment a;
    a.siteName = profile.siteName;
    a.operatorName = profile.operatorName;
    TRY_ASSIGN(a.basis, currentBasis(work, engine));
    TRY_ASSIGN(a.answers, draftAnswers(work));

    auto fact = [&a](const QString &key, const QString &labelZh, const QString &labelEn, const QString &valueZh,
                     const QString &valueEn) {
        a.facts << AssessmentFact { key, labelZh, labelEn, valueZh, valueEn };
    };
    fact(QStringLiteral("operator"), QStringLiteral("个人信息处理者"), QStringLiteral("Processor"),
         orZh(profile.operatorName, QStringLiteral("个人信息处理者名称")),
         orEn(profile.operatorName, QStringLiteral("processor")));
    fact(QStringLiteral("site"), QStringLiteral("场所"), QStringLiteral("Site"),
         orZh(profile.siteName, QStringLiteral("场所名称")), orEn(profile.siteName, QStringLiteral("site name")));
    fact(QStringLiteral("purpose"), QStringLiteral("处理目的"), QStringLiteral("Purpose"),
         orZh(profile.purpose, QStringLiteral("处理目的")), orEn(profile.purpose, QStringLiteral("purpose")));
    fact(QStringLiteral("method"), QStringLiteral("处理方式"), QStringLiteral("Method"),
         methodZh(profile.verificationMode), methodEn(profile.verificationMode));
    fact(QStringLiteral("people_with_face_data"), QStringLiteral("存储人脸信息的人数"),
         QStringLiteral("People with face data stored"), QString::number(people), QString::number(people));
    fact(QStringLiteral("residents"), QStringLiteral("登记人数"), QStringLiteral("People registered"),
         QString::number(residents), QString::number(residents));
    fact(QStringLiteral("active_consents"), QStringLiteral("单独同意有效的人数"),
         QStringLiteral("People with a separate consent in force"), QString::number(active), QString::number(active));
    fact(QStringLiteral("declines"), QStringLiteral("不同意并改用其他身份验证方式的人数"),
         QStringLiteral("People who declined and use another way"), QString::number(declined),
         QString::number(declined));
    fact(QStringLiteral("templates"), QStringLiteral("人脸特征模板数"), QStringLiteral("Face templates stored"),
         QString::number(templates), QString::number(templates));
    {
        QString zhEngine = engine.name.isEmpty() ? QStringLiteral("[未设置：识别引擎]")
                                                 : QStringLiteral("%1（版本%2）").arg(engine.name, engine.version);
        QString enEngine = engine.name.isEmpty() ? QStringLiteral("[not set: engine]")
                                                 : QStringLiteral("%1 (version %2)").arg(engine.name, engine.version);
        if (!engines.isEmpty()) {
            zhEngine += QStringLiteral("；已存储模板的引擎：%1").arg(engines.join(QStringLiteral("、")));
            enEngine += QStringLiteral("; engines of the stored templates: %1").arg(engines.join(QStringLiteral(", ")));
        }
        fact(QStringLiteral("engine"), QStringLiteral("识别引擎"), QStringLiteral("Recognition engine"), zhEngine,
             enEngine);
    }
    fact(QStringLiteral("threshold"), QStringLiteral("判定阈值"), QStringLiteral("Decision threshold"),
         engine.threshold > 0 ? QStringLiteral("%1（余弦相似度）").arg(engine.threshold, 0, 'f', 3)
                              : QStringLiteral("[未设置：判定阈值]"),
         engine.threshold > 0 ? QStringLiteral("%1 (cosine similarity)").arg(engine.threshold, 0, 'f', 3)
                              : QStringLiteral("[not set: threshold]"));
    fact(QStringLiteral("accuracy"), QStringLiteral("实测准确率"), QStringLiteral("Measured accuracy"),
         engine.accuracy.isEmpty() ? QStringLiteral("尚未在本场所实测") : engine.accuracy,
         engine.accuracy.isEmpty() ? QStringLiteral("not yet measured at this site") : engine.accuracy);
    fact(QStringLiteral("retention"), QStringLiteral("保存期限"), QStringLiteral("Retention period"),
         retentionZh(profile, policy.maxTemplateAgeDays), retentionEn(profile, policy.maxTemplateAgeDays));
    fact(QStringLiteral("storage"), QStringLiteral("存储地点"), QStringLiteral("Storage"),
         QStringLiteral("仅存储于本设备的加密数据库（SQLCipher，256位密钥），不通过互联网对外传输；加密备份存放于%1")
             .arg(orZh(profile.backupLocation, QStringLiteral("备份存放地点"))),
         QStringLiteral("only in an encrypted database on this computer (SQLCipher, 256-bit key), never sent over the "
                        "internet; encrypted backups are kept at %1")
             .arg(orEn(profile.backupLocation, QStringLiteral("backup location"))));
    fact(QStringLiteral("encryption"), QStringLiteral("加密与密钥"), QStringLiteral("Encryption and keys"),
         QStringLiteral("数据库密钥随机生成，按账户以口令派生密钥（Argon2id）加密保存，另有一份恢复密钥"),
         QStringLiteral("a random database key, wrapped per account under a password-derived key (Argon2id), plus a "
                        "recovery key"));
    fact(QStringLiteral("roles"), QStringLiteral("账户与角色"), QStringLiteral("Accounts and roles"),
         QStringLiteral("管理员%1名，工作人员%2名，审计员%3名")
             .arg(roles.value(QStringLiteral("manager")))
             .arg(roles.value(QStringLiteral("staff")))
             .arg(roles.value(QStringLiteral("auditor"))),
         QStringLiteral("%1 manager(s), %2 staff, %3 auditor(s)")
             .arg(roles.value(QStringLiteral("manager")))
             .arg(roles.value(QStringLiteral("staff")))
             .arg(roles.value(QStringLiteral("auditor"))));
    fact(QStringLiteral("audit"), QStringLiteral("审计日志"), QStringLiteral("Audit log"),
         QStringLiteral("哈希链审计日志，共%1条记录，不含人脸图像和人脸特征模板").arg(events),
         QStringLiteral("hash-chained audit log of %1 events, without face pictures or templates").arg(events));
    fact(QStringLiteral("alternatives"), QStringLiteral("其他身份验证方式"),
         QStringLiteral("Other ways to verify identity"),
         profile.alternatives.isEmpty() ? notSetZh(QStringLiteral("其他身份验证方式"))
                                        : profile.alternatives.join(QStringLiteral("、")),
         profile.alternatives.isEmpty() ? notSetEn(QStringLiteral("other ways"))
                                        : profile.alternatives.join(QStringLiteral("; ")));
    {
        QStringList zhDevices;
        QStringList enDevices;
        for (const Device &d : devices) {
            zhDevices << QStringLiteral("%1（%2：%3）")
                             .arg(d.name, DeviceLocation::nameIn(d.locationType, QStringLiteral("zh_CN")), d.area);
            enDevices << QStringLiteral("%1 (%2: %3)")
                             .arg(d.name, DeviceLocation::nameIn(d.locationType, QStringLiteral("en")), d.area);
        }
        fact(QStringLiteral("devices"), QStringLiteral("设备"), QStringLiteral("Devices"),
             devices.isEmpty()
                 ? QStringLiteral("尚未登记设备")
                 : QStringLiteral("%1台：%2").arg(devices.size()).arg(zhDevices.join(QStringLiteral("；"))),
             devices.isEmpty()
                 ? QStringLiteral("no device registered yet")
                 : QStringLiteral("%1: %2").arg(devices.size()).arg(enDevices.join(QStringLiteral("; "))));
    }
    fact(QStringLiteral("minors"), QStringLiteral("不满十四周岁的专门规则"),
         QStringLiteral("Rules for children under 14"),
         orZh(profile.minorsRules, QStringLiteral("不满十四周岁的专门规则")),
         orEn(profile.minorsRules, QStringLiteral("rules for children under 14")));
    return a;
}

Result<qint64> consentsNeedingRenewal(UnitOfWork &work)
{
    return work.consents().countRenewalNeeded();
}

Result<QList<QDate>> holidays(UnitOfWork &work)
{
    TRY_ASSIGN(const QString stored, work.settings().value(HolidaysKey));
    QList<QDate> days;
    for (const QJsonValue &value : QJsonDocument::fromJson(stored.toUtf8()).array()) {
        const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
        if (day.isValid())
            days << day;
    }
    return days;
}

QString generatedProcessingRules(const SiteProfile &profile, int maxTemplateAgeDays, const QString &language)
{
    QStringList lines;
    if (zh(language)) {
        lines << QStringLiteral("一、处理目的：%1。").arg(orZh(profile.purpose, QStringLiteral("处理目的")))
              << QStringLiteral("二、处理方式：%1。采集人脸信息前，经办人向本人完整告知并取得单独同意；不满十四周岁的，"
                                "取得其父母或者其他监护人的单独同意。")
                     .arg(methodZh(profile.verificationMode))
              << QStringLiteral("三、不同意的人员使用其他身份验证方式：%1，不因此受到任何不利影响。")
                     .arg(profile.alternatives.isEmpty() ? notSetZh(QStringLiteral("其他身份验证方式"))
                                                         : profile.alternatives.join(QStringLiteral("、")))
              << QStringLiteral("四、保存期限：%1。保存期限届满由系统自动删除。")
                     .arg(retentionZh(profile, maxTemplateAgeDays))
              << QStringLiteral("五、人脸信息仅存储于本设备的加密数据库，不通过互联网对外传输；加密备份存放于%1。")
                     .arg(orZh(profile.backupLocation, QStringLiteral("备份存放地点")))
              << QStringLiteral("六、管理员、工作人员和审计员按角色授权操作，所有操作记入哈希链审计日志，并定期核验。")
              << QStringLiteral("七、本人可以查阅、复制、更正、删除其个人信息，撤回同意后人脸信息立即删除。");
    } else {
        lines << QStringLiteral("1. Purpose: %1.").arg(orEn(profile.purpose, QStringLiteral("purpose")))
              << QStringLiteral("2. Method: %1. Before face data is collected, staff give the person the complete "
                                "notice and obtain their separate consent; for a child under 14, the separate "
                                "consent of a parent or other guardian.")
                     .arg(methodEn(profile.verificationMode))
              << QStringLiteral("3. Anyone who declines uses another way to verify identity (%1) and suffers no "
                                "disadvantage.")
                     .arg(profile.alternatives.isEmpty() ? notSetEn(QStringLiteral("other ways"))
                                                         : profile.alternatives.join(QStringLiteral("; ")))
              << QStringLiteral("4. Retention: %1. The system deletes data when its retention period has run out.")
                     .arg(retentionEn(profile, maxTemplateAgeDays))
              << QStringLiteral("5. Face data is kept only in an encrypted database on this computer and never sent "
                                "over the internet; encrypted backups are kept at %1.")
                     .arg(orEn(profile.backupLocation, QStringLiteral("backup location")))
              << QStringLiteral("6. Managers, staff and auditors act within their roles; every act is written to a "
                                "hash-chained audit log that is verified regularly.")
              << QStringLiteral("7. People may access, copy, correct and delete their data; face data is deleted at "
                                "once when consent is withdrawn.");
    }
    return lines.join(QLatin1Char('\n'));
}

Result<QString> processingRules(UnitOfWork &work, const QString &language)
{
    TRY_ASSIGN(const QString stored, work.settings().value(ProcessingRulesKey));
    if (!stored.trimmed().isEmpty())
        return stored;
    TRY_ASSIGN(const SiteProfile profile, work.settings().siteProfile());
    TRY_ASSIGN(const RetentionPolicy policy, work.retentionPolicy());
    return generatedProcessingRules(profile, policy.maxTemplateAgeDays, language);
}

} // namespace consentry::ComplianceFacts
