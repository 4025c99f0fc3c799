#include "compliance/FilingRule.h"

namespace consentry {

FilingRule::Level FilingRule::level(qint64 peopleWithFaceData)
{
    if (peopleWithFaceData >= kThreshold)
        return Level::Due;
    if (peopleWithFaceData >= kWarningAt)
        return Level::Approaching;
    return Level::Below;
}

bool FilingRule::isWorkingDay(const QDate &day, const QList<QDate> &holidays)
{
    return day.dayOfWeek() <= 5 && !holidays.contains(day);
}

QDate FilingRule::deadline(const QDate &reached, const QList<QDate> &holidays)
{
    if (!reached.isValid())
        return QDate();
    QDate day = reached;
    for (int counted = 0; counted < kWorkingDays;) {
        day = day.addDays(1);
        if (isWorkingDay(day, holidays))
            ++counted;
    }
    return day;
}

int FilingRule::workingDaysLeft(const QDate &today, const QDate &deadline, const QList<QDate> &holidays)
{
    if (!today.isValid() || !deadline.isValid())
        return 0;
    int count = 0;
    if (today < deadline) {
        for (QDate day = today.addDays(1); day <= deadline; day = day.addDays(1))
            count += isWorkingDay(day, holidays) ? 1 : 0;
        return count;
    }
    for (QDate day = deadline.addDays(1); day <= today; day = day.addDays(1))
        count -= isWorkingDay(day, holidays) ? 1 : 0;
    return count;
}

} // namespace consentry
