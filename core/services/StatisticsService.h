#pragma once

#include "Result.h"
#include "compliance/FilingRule.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace consentry {

class UnitOfWork;
class Vault;

// The dashboard's numbers and `consentry-cli stats`: what happened in a period (decisions and
// verifications, counted by the computer's local day from the audit log's hourly counts) and where the
// store stands now (people with face data against the filing threshold, deletions due, renewals). Counts
// only, no personal data. One read, no transaction; manager and auditor (ViewReports).
//
//   auto s = StatisticsService(vault).summary(today.addDays(-27), today);
//   s->weeks, s->days, s->peopleWithFaceData, s->deletionsDue ...
class StatisticsService
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsService)

public:
    // Provisions art. 15: filing at the face data of 100,000 people; the dashboard warns from 80,000.
    // The filing rule's numbers (compliance/FilingRule), as the Dashboard and `stats` show them.
    static constexpr qint64 kFilingThreshold = FilingRule::kThreshold;
    static constexpr qint64 kFilingWarningAt = FilingRule::kWarningAt;
    static constexpr int kDeletionsDueDays = 30;
    static constexpr int kMaxPeriodDays = 3660; // ten years: the longest period one summary covers

    struct Counts {
        qint64 verified = 0;
        qint64 notVerified = 0;
        qint64 total() const { return verified + notVerified; }
    };
    struct Week {
        QDate start; // Monday (ISO week), may lie before the period's first day
        qint64 enrollments = 0; // consents granted
        qint64 declines = 0; // consents declined: the person uses the alternative
        qint64 withdrawals = 0; // consents withdrawn by the person
    };
    struct Day {
        QDate day;
        QMap<QString, Counts> byMethod; // VerificationService::methodKey → counts; absent: none that day
        qint64 total() const;
    };
    enum class FilingLevel { Below, Approaching, Due };

    struct Summary {
        QDate from; // local days, inclusive
        QDate to;
        QList<Week> weeks; // every week touching [from, to], oldest first
        QList<Day> days; // every day of [from, to], oldest first
        QMap<QString, Counts> verificationsByMethod; // totals over the period
        qint64 enrollments = 0;
        qint64 declines = 0;
        qint64 withdrawals = 0;
        // Now, whatever the period:
        qint64 peopleWithFaceData = 0;
        qint64 filingThreshold = kFilingThreshold;
        qint64 filingWarningAt = kFilingWarningAt;
        std::optional<QDate> filingDueBy; // null until the threshold is reached (FilingRule: 30 working days)
        qint64 deletionsDue = 0; // residents with something deleted within kDeletionsDueDays (RetentionPolicy)
        qint64 consentsNeedingRenewal = 0;

        qint64 decisions() const { return enrollments + declines; }
        // Share of the period's decisions that chose the alternative; 0 when there were none (hasDecisions()).
        double alternativeShare() const;
        qint64 verifications() const;
        FilingLevel filingLevel() const;
    };

    explicit StatisticsService(Vault &vault);

    // [from, to] in local days. InvalidArgument for an empty, reversed or over-long period.
    Result<Summary> summary(const QDate &from, const QDate &to);

    static QDate weekStart(const QDate &day); // the Monday of its ISO week

private:
    // Grants in force marked for renewal after a material change (the consent lifecycle's own count, as
    // `status` reports it).
    static Result<qint64> consentsNeedingRenewal(UnitOfWork &work);
    Vault &m_vault;
};

} // namespace consentry
