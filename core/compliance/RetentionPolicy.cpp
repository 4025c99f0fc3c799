#include "compliance/RetentionPolicy.h"

#include <algorithm>

namespace consentry {

std::optional<QDate> RetentionPolicy::dueDate(const QDate &moveOut, const QDateTime &oldestTemplate) const
{
    std::optional<QDate> due;
    if (moveOut.isValid())
        due = moveOut.addDays(retentionDays);
    if (oldestTemplate.isValid()) {
        const QDate byAge = oldestTemplate.toUTC().addDays(maxTemplateAgeDays).date();
        due = due ? std::min(*due, byAge) : byAge;
    }
    return due;
}

QString RetentionPolicy::describe() const
{
    return tr("Face templates are deleted %1 days after the move-out or checkout date, and at the latest %2 days "
              "after they were made.")
        .arg(retentionDays)
        .arg(maxTemplateAgeDays);
}

} // namespace consentry
