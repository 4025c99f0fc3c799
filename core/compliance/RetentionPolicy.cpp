#include "compliance/RetentionPolicy.h"

#include <algorithm>

namespace consentry {

namespace {
// Who still holds something the policy deletes: templates, or a grant in force (it ends at the due date).
const char *const kHoldsSomething = "(template_count > 0 OR consent_state = 'active')";
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

QString RetentionPolicy::describe() const
{
    return tr("Face templates are deleted %1 days after the move-out or checkout date, and at the latest %2 days "
              "after they were made.")
        .arg(retentionDays)
        .arg(maxTemplateAgeDays);
}

} // namespace consentry
