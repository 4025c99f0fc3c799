#include "services/StatisticsService.h"

#include "domain/AuditKind.h"
#include "platform/Clock.h"
#include "services/FilingService.h"
#include "services/UnitOfWork.h"

namespace consentry {

qint64 StatisticsService::Day::total() const
{
    qint64 n = 0;
    for (const Counts &c : byMethod)
        n += c.total();
    return n;
}

double StatisticsService::Summary::alternativeShare() const
{
    return decisions() > 0 ? double(declines) / double(decisions()) : 0.0;
}

qint64 StatisticsService::Summary::verifications() const
{
    qint64 n = 0;
    for (const Counts &c : verificationsByMethod)
        n += c.total();
    return n;
}

StatisticsService::FilingLevel StatisticsService::Summary::filingLevel() const
{
    if (peopleWithFaceData >= filingThreshold)
        return FilingLevel::Due;
    if (peopleWithFaceData >= filingWarningAt)
        return FilingLevel::Approaching;
    return FilingLevel::Below;
}

StatisticsService::StatisticsService(Vault &vault)
    : m_vault(vault)
{
}

QDate StatisticsService::weekStart(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

Result<qint64> StatisticsService::consentsNeedingRenewal(UnitOfWork &work)
{
    return work.consents().countRenewalNeeded();
}

Result<StatisticsService::Summary> StatisticsService::summary(const QDate &from, const QDate &to)
{
    return UnitOfWork::read(m_vault, Permission::ViewReports, [&](UnitOfWork &work) -> Result<Summary> {
        if (!from.isValid() || !to.isValid() || from > to)
            return makeError(ErrorKind::InvalidArgument, tr("The period must start on or before the day it ends."));
        if (from.daysTo(to) >= kMaxPeriodDays)
            return makeError(ErrorKind::InvalidArgument,
                             tr("The period may be at most %1 days long.").arg(kMaxPeriodDays));
        Summary s;
        s.from = from;
        s.to = to;
        for (QDate week = weekStart(from); week <= to; week = week.addDays(7))
            s.weeks.append(Week { week });
        for (QDate day = from; day <= to; day = day.addDays(1))
            s.days.append(Day { day, {} });

        // The period's local days as UTC instants; the hourly counts are UTC hours.
        const QDateTime start = QDateTime(from, QTime(0, 0)).toUTC();
        const QDateTime end = QDateTime(to.addDays(1), QTime(0, 0)).toUTC();
        TRY_ASSIGN(const QList<ActivityRepository::Bucket> buckets, work.activity().between(start, end));
        QDateTime lastHour;
        QDate day;
        for (const ActivityRepository::Bucket &b : buckets) {
            if (b.hour != lastHour) { // rows come in hour order: one time-zone conversion per hour
                lastHour = b.hour;
                day = b.hour.toLocalTime().date();
            }
            if (day < from || day > to)
                continue; // the hour before a local midnight in a half-hour zone
            if (b.kind == AuditKind::Verification) {
                Counts &daily = s.days[from.daysTo(day)].byMethod[b.method];
                Counts &total = s.verificationsByMethod[b.method];
                if (b.result == QLatin1String("verified")) {
                    daily.verified += b.count;
                    total.verified += b.count;
                } else {
                    daily.notVerified += b.count;
                    total.notVerified += b.count;
                }
                continue;
            }
            Week &week = s.weeks[weekStart(from).daysTo(weekStart(day)) / 7];
            if (b.kind == AuditKind::ConsentGranted) {
                week.enrollments += b.count;
                s.enrollments += b.count;
            } else if (b.kind == AuditKind::ConsentDeclined) {
                week.declines += b.count;
                s.declines += b.count;
            } else if (b.kind == AuditKind::ConsentWithdrawn) {
                week.withdrawals += b.count;
                s.withdrawals += b.count;
            }
        }

        // People with face data and the filing deadline: the filing rule's own answer (the compliance centre's).
        TRY_ASSIGN(const FilingService::State filing, FilingService::stateIn(work));
        s.peopleWithFaceData = filing.peopleWithFaceData;
        if (filing.deadline.isValid())
            s.filingDueBy = filing.deadline;
        // Deletions due: the Residents screen's own filter, so the count is the list a manager opens.
        TRY_ASSIGN(const ResidentListQuery list, work.residentList());
        ResidentFilter due;
        due.retentionDueWithinDays = kDeletionsDueDays;
        TRY_ASSIGN(s.deletionsDue, list.count(due));
        TRY_ASSIGN(s.consentsNeedingRenewal, consentsNeedingRenewal(work));
        return s;
    });
}

} // namespace consentry
