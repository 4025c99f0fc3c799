#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace consentry {

// Provisions art. 15: a processor that stores the face data of 100,000 people or more files with the
// provincial cyberspace office within 30 working days of reaching that number. The one home of the number,
// the warning level and the working-day arithmetic (weekends and the site's holidays are not working days).
class FilingRule
{
    Q_DECLARE_TR_FUNCTIONS(FilingRule)

public:
    static constexpr qint64 kThreshold = 100000;
    static constexpr qint64 kWarningAt = 80000; // the dashboard and the compliance centre warn from here
    static constexpr int kWorkingDays = 30;

    enum class Level { Below, Approaching, Due };
    static Level level(qint64 peopleWithFaceData);

    static bool isWorkingDay(const QDate &day, const QList<QDate> &holidays);
    // The last day to file: the `kWorkingDays`-th working day after `reached` (the day itself not counted).
    static QDate deadline(const QDate &reached, const QList<QDate> &holidays);
    // Working days from `today` (exclusive) to `deadline` (inclusive); negative when past.
    static int workingDaysLeft(const QDate &today, const QDate &deadline, const QList<QDate> &holidays);
};

} // namespace consentry
