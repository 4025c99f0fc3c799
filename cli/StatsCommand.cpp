#include "StatsCommand.h"

#include "StoreAccess.h"
#include "platform/Clock.h"
#include "services/StatisticsService.h"
#include "services/VerificationService.h"

#include <QJsonArray>

namespace consentry::cli {

namespace {
constexpr int kDefaultDays = 28;
} // namespace

QString StatsCommand::summary() const
{
    return tr("Show the dashboard's numbers: people with face data against the filing threshold, decisions and "
              "verifications in a period, renewals and deletions due.");
}

QString StatsCommand::notes() const
{
    return tr("The period is the last N days up to today (default %1), counted by this computer's local day. "
              "People with face data, renewals and deletions due are counted as of now. Manager or auditor.")
        .arg(kDefaultDays);
}

QList<QCommandLineOption> StatsCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("days"),
                                tr("Count the last N days (1 to %1).").arg(StatisticsService::kMaxPeriodDays),
                                QStringLiteral("N"), QString::number(kDefaultDays)) };
}

int StatsCommand::run(Context &context)
{
    bool isNumber = false;
    const int days = context.value(QStringLiteral("days")).toInt(&isNumber);
    if (!isNumber || days < 1 || days > StatisticsService::kMaxPeriodDays)
        return context.fail(1,
                            tr("--days must be a whole number from 1 to %1.").arg(StatisticsService::kMaxPeriodDays));
    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context);
    if (!vault)
        return context.fail(vault.error());
    const QDate today = Clock::instance().now().toLocalTime().date();
    Result<StatisticsService::Summary> summary
        = StatisticsService(*vault.value()).summary(today.addDays(1 - days), today);
    if (!summary)
        return context.fail(summary.error());
    const StatisticsService::Summary &s = summary.value();

    QJsonObject byMethod;
    QStringList methodLines;
    for (auto it = s.verificationsByMethod.cbegin(); it != s.verificationsByMethod.cend(); ++it) {
        byMethod.insert(it.key(),
                        QJsonObject { { QStringLiteral("verified"), double(it.value().verified) },
                                      { QStringLiteral("not_verified"), double(it.value().notVerified) },
                                      { QStringLiteral("total"), double(it.value().total()) } });
        const std::optional<VerificationService::Method> method = VerificationService::methodFromKey(it.key());
        methodLines << tr("  %1: %2 verified, %3 not verified")
                           .arg(method ? VerificationService::describe(*method) : it.key())
                           .arg(it.value().verified)
                           .arg(it.value().notVerified);
    }
    QJsonArray weeks;
    for (const StatisticsService::Week &w : s.weeks)
        weeks.append(QJsonObject { { QStringLiteral("week_start"), w.start.toString(Qt::ISODate) },
                                   { QStringLiteral("enrollments"), double(w.enrollments) },
                                   { QStringLiteral("declines"), double(w.declines) },
                                   { QStringLiteral("withdrawals"), double(w.withdrawals) } });
    const QJsonObject json {
        { QStringLiteral("period"),
          QJsonObject { { QStringLiteral("from"), s.from.toString(Qt::ISODate) },
                        { QStringLiteral("to"), s.to.toString(Qt::ISODate) },
                        { QStringLiteral("days"), days } } },
        { QStringLiteral("people_with_face_data"), double(s.peopleWithFaceData) },
        { QStringLiteral("filing_threshold"), double(s.filingThreshold) },
        { QStringLiteral("filing_warning_at"), double(s.filingWarningAt) },
        { QStringLiteral("filing_due_by"),
          s.filingDueBy ? QJsonValue(s.filingDueBy->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("enrollments"), double(s.enrollments) },
        { QStringLiteral("declines"), double(s.declines) },
        { QStringLiteral("withdrawals"), double(s.withdrawals) },
        { QStringLiteral("alternative_share"), s.alternativeShare() },
        { QStringLiteral("verifications"), byMethod },
        { QStringLiteral("weeks"), weeks },
        { QStringLiteral("consents_needing_renewal"), double(s.consentsNeedingRenewal) },
        { QStringLiteral("deletions_due_30d"), double(s.deletionsDue) },
    };
    QStringList lines;
    lines << tr("People with face data: %1 (filing required from %2)").arg(s.peopleWithFaceData).arg(s.filingThreshold);
    lines << tr("Period: %1 to %2").arg(s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate));
    lines << tr("Consents granted: %1, declined (alternative): %2, withdrawn: %3")
                 .arg(s.enrollments)
                 .arg(s.declines)
                 .arg(s.withdrawals);
    lines << tr("Verifications: %1").arg(s.verifications());
    lines += methodLines;
    lines << tr("Consents needing renewal: %1").arg(s.consentsNeedingRenewal);
    lines << tr("Face data due for deletion in the next %1 days: %2")
                 .arg(StatisticsService::kDeletionsDueDays)
                 .arg(s.deletionsDue);
    return context.succeed(lines.join(QLatin1Char('\n')), json);
}

} // namespace consentry::cli
