#include "compliance/RetentionPolicy.h"

#include "platform/Language.h"

#include <algorithm>

namespace consentry {

namespace {
// Who still holds something the policy deletes: templates, or a grant in force (it ends at the due date).
const char *const kHoldsSomething = "(template_count > 0 OR consent_state IN ('active', 'renewal'))";
} // namespace

std::optional<QDate> RetentionPolicy::dueDate(const QDate &moveOut, const QDateTime &oldestTemplate,
                                              bool holdsTemplatesOrGrant) const
{
    if (!holdsTemplatesOrGrant)
        return std::nullopt;
    std::optional<QDate> due;
    if (moveOut.isValid())
        due = moveOut.addDays(retentionDays);
    if (oldestTemplate.isValid()) {
        const QDate byAge = oldestTemplate.toUTC().date().addDays(maxTemplateAgeDays);
        due = due ? std::min(*due, byAge) : byAge;
    }
    return due;
}

RetentionPolicy::Sql RetentionPolicy::dueDateSql() const
{
    // Stored times are ISO-8601 UTC, so their first ten characters are the UTC day.
    return { QStringLiteral(
                 "(CASE WHEN %1 THEN nullif(min(coalesce(date(move_out, :due_after_move_out), '9999-12-31'), "
                 "coalesce(date(substr(oldest_template_at, 1, 10), :due_after_template), '9999-12-31')), "
                 "'9999-12-31') END)")
                 .arg(QString::fromLatin1(kHoldsSomething)),
             { { QStringLiteral(":due_after_move_out"), QStringLiteral("+%1 days").arg(retentionDays) },
               { QStringLiteral(":due_after_template"), QStringLiteral("+%1 days").arg(maxTemplateAgeDays) } } };
}

RetentionPolicy::Sql RetentionPolicy::dueOnOrBeforeSql(const QDate &last) const
{
    // due <= last  <=>  move_out + N <= last  or  day(oldest template) + M <= last.
    return { QStringLiteral("((move_out <= :due_moved_out_by OR oldest_template_at < :due_template_before) AND %1)")
                 .arg(QString::fromLatin1(kHoldsSomething)),
             { { QStringLiteral(":due_moved_out_by"), moveOutCutoff(last).toString(Qt::ISODate) },
               { QStringLiteral(":due_template_before"),
                 last.addDays(1 - maxTemplateAgeDays).toString(Qt::ISODate) } } };
}

RetentionPolicy::Sql RetentionPolicy::dueByMoveOutSql(const QDate &last) const
{
    return { QStringLiteral("(move_out <= :due_moved_out_by AND %1)").arg(QString::fromLatin1(kHoldsSomething)),
             { { QStringLiteral(":due_moved_out_by"), moveOutCutoff(last).toString(Qt::ISODate) } } };
}

RetentionPolicy RetentionPolicy::fromProfile(const SiteProfile &profile, int fallbackMaxAge)
{
    RetentionPolicy policy;
    policy.retentionDays = std::max(0, profile.retentionDays);
    policy.maxTemplateAgeDays = profile.maxRetentionDays > 0 ? profile.maxRetentionDays : fallbackMaxAge;
    policy.siteType = profile.siteType;
    return policy;
}

QString RetentionPolicy::sentence(const QString &language) const
{
    const bool hotel = siteType == SiteProfile::SiteType::Hotel;
    const bool compound = siteType == SiteProfile::SiteType::Compound;
    if (language == QLatin1String("zh_CN")) {
        const QString event = hotel ? QStringLiteral("退房")
            : compound              ? QStringLiteral("迁出")
                                    : QStringLiteral("迁出或退房");
        const QString after = retentionDays > 0 ? QStringLiteral("%1后%2天").arg(event).arg(retentionDays)
                                                : QStringLiteral("%1当日").arg(event);
        return QStringLiteral("人脸信息在%1删除，且自采集之日起最长保存%2天，以先到者为准；撤回同意的，立即删除。")
            .arg(after)
            .arg(maxTemplateAgeDays);
    }
    const QString event = hotel ? QStringLiteral("checkout")
        : compound              ? QStringLiteral("move-out")
                                : QStringLiteral("move-out or checkout");
    const QString after = retentionDays == 1 ? QStringLiteral("1 day after %1").arg(event)
        : retentionDays > 0                  ? QStringLiteral("%1 days after %2").arg(retentionDays).arg(event)
                                             : QStringLiteral("on the day of %1").arg(event);
    return QStringLiteral("Face data is deleted %1, and at the latest %2 days after it was collected, whichever "
                          "comes first; it is deleted at once if consent is withdrawn.")
        .arg(after)
        .arg(maxTemplateAgeDays);
}

QString RetentionPolicy::describe() const
{
    return sentence(Language::current() == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en"));
}

QString RetentionPolicy::clockEventKey() const
{
    return siteType == SiteProfile::SiteType::Hotel ? QStringLiteral("checkout") : QStringLiteral("move_out");
}

QJsonObject RetentionPolicy::toJson(const QString &language) const
{
    return {
        { QStringLiteral("site_type"), SiteProfile::siteTypeKey(siteType) },
        { QStringLiteral("clock_starts_at"), clockEventKey() },
        { QStringLiteral("retention_days"), retentionDays },
        { QStringLiteral("max_retention_days"), maxTemplateAgeDays },
        { QStringLiteral("max_counted_from"), QStringLiteral("enrollment") },
        { QStringLiteral("rule"), QStringLiteral("min(move_out + retention_days, enrollment + max_retention_days)") },
        { QStringLiteral("sentence"), sentence(language) },
    };
}

} // namespace consentry
