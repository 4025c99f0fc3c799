#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace consentry {

// How long face templates are kept (Provisions art. 8; PIPL art. 19, 47): until `retentionDays` after the
// resident's move-out/checkout date (the site profile's retention_days), and never longer than
// `maxTemplateAgeDays` after the template was made, whatever the move-out date says. There is no
// "forever": both limits are finite by construction.
struct RetentionPolicy {
    Q_DECLARE_TR_FUNCTIONS(RetentionPolicy)

public:
    static constexpr int kDefaultMaxTemplateAgeDays = 365;
    static constexpr int kMaxDays = 3650; // as SiteProfile::kMaxRetentionDays

    int retentionDays = 0; // after move-out; 0 = on the move-out day
    int maxTemplateAgeDays = kDefaultMaxTemplateAgeDays; // 1 .. kMaxDays

    // Residents who moved out on or before this day are due on `today`.
    QDate moveOutCutoff(const QDate &today) const { return today.addDays(-retentionDays); }
    // Templates made at or before this instant are due at `now`.
    QDateTime ageCutoff(const QDateTime &now) const { return now.addDays(-maxTemplateAgeDays); }
    // The first day on which something of this person is purged (nothing to purge: nullopt).
    std::optional<QDate> dueDate(const QDate &moveOut, const QDateTime &oldestTemplate) const;

    static bool isValidMaxAge(int days) { return days >= 1 && days <= kMaxDays; }
    // A sentence for the screens: "Templates are deleted 30 days after move-out, and at the latest 365 days
    // after they were made."
    QString describe() const;
};

} // namespace consentry
