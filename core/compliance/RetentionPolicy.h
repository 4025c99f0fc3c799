#pragma once

#include "domain/SiteProfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace consentry {

// How long face templates are kept (Provisions art. 8; PIPL art. 19, 47): until `retentionDays` after the
// resident's move-out/checkout date (the site profile's retention_days), and never longer than
// `maxTemplateAgeDays` after the template was made (the profile's max_retention_days, counted from
// enrollment), whatever the move-out date says. There is no "forever": both limits are finite by construction.
// due = min(move-out + retentionDays, collected + maxTemplateAgeDays); docs/adr/0009-retention-model-and-re-consent.md.
//
// sentence() is the one statement of the rule in words: the notice, the signs, the settings page, the
// receipts, the access copy and the Residents screen all print it, so no document can say another number.
//
// The one statement of the rule: dueDate() in C++, and the same rule in SQL (dueDateSql(), dueWithinSql())
// for the Residents screen's column, sort and filter; tests/people/tst_rules checks the two against
// each other. The purge (ResidentService) deletes at the cutoffs below.
struct RetentionPolicy {
    Q_DECLARE_TR_FUNCTIONS(RetentionPolicy)

public:
    static constexpr int kDefaultMaxTemplateAgeDays = 365;
    static constexpr int kMaxDays = 3650; // as SiteProfile::kMaxRetentionDays

    // SQL text plus the values of its named parameters, to bind by name.
    struct Sql {
        QString text;
        QList<std::pair<QString, QString>> parameters; // (":name", value)
    };

    int retentionDays = 0; // after move-out; 0 = on the move-out day
    int maxTemplateAgeDays = kDefaultMaxTemplateAgeDays; // 1 .. kMaxDays
    SiteProfile::SiteType siteType = SiteProfile::SiteType::Unset; // sets the words (退房 / 迁出)

    // The rule a site profile states: retention_days after move-out, max_retention_days after enrollment
    // (`fallbackMaxAge` while the profile does not set it yet).
    static RetentionPolicy fromProfile(const SiteProfile &profile, int fallbackMaxAge = kDefaultMaxTemplateAgeDays);

    // Residents who moved out on or before this day are due on `today`.
    QDate moveOutCutoff(const QDate &today) const { return today.addDays(-retentionDays); }
    // Templates made at or before this instant are due at `now`.
    QDateTime ageCutoff(const QDateTime &now) const { return now.addDays(-maxTemplateAgeDays); }
    // The first day on which something of this person is purged: `retentionDays` after the move-out date or
    // `maxTemplateAgeDays` after the oldest template was made (UTC day), whichever comes first; nothing when
    // the person holds neither templates nor a grant in force.
    std::optional<QDate> dueDate(const QDate &moveOut, const QDateTime &oldestTemplate,
                                 bool holdsTemplatesOrGrant) const;

    // dueDate() over residents(move_out, oldest_template_at, template_count, consent_state); NULL for nothing.
    Sql dueDateSql() const;
    // The rows whose dueDate() is on or before `last`, written so that the move_out and oldest_template_at
    // indexes answer it.
    Sql dueOnOrBeforeSql(const QDate &last) const;
    // The rows due on or before `last` because of their move-out date (the purge's first step).
    Sql dueByMoveOutSql(const QDate &last) const;

    static bool isValidMaxAge(int days) { return days >= 1 && days <= kMaxDays; }
    // The rule in one sentence, in `language` (zh_CN or en, whatever the interface language: a bilingual
    // sign prints both): "人脸信息在退房后30天删除，且自采集之日起最长保存90天，以先到者为准；撤回同意的，立即删除。"
    QString sentence(const QString &language) const;
    // sentence() in the interface language, for the screens and the CLI.
    QString describe() const;
    // The rule for scripts (`status --json`'s retention_rule): the two limits, the event the clock starts
    // from and the sentence.
    QJsonObject toJson(const QString &language) const;
    // "checkout" for a hotel, "move_out" otherwise: what starts the clock.
    QString clockEventKey() const;
};

} // namespace consentry
