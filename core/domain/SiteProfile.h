#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace consentry {

// Who runs the facial recognition and how to reach them: the keys of ../shared/CLI.md's site profile.
// The store keeps one; signage, the notice and reports are filled from it.
struct SiteProfile {
    Q_DECLARE_TR_FUNCTIONS(SiteProfile)

public:
    // What kind of site this is: it sets the words a resident reads (住客/退房 in a hotel, 住户/迁出 in a
    // residential compound) and the defaults of the retention rule and the verification mode.
    enum class SiteType { Unset, Hotel, Compound };
    // Provisions art. 4: one-to-one verification against the person staff name is the less intrusive way;
    // one-to-many identification searches everyone enrolled.
    enum class VerificationMode { Unset, OneToOne, OneToMany };

    QString siteName;
    QString operatorName;
    QString contactPhone;
    QString contactAddress;
    QString contactEmail;
    QString purpose;
    int retentionDays = 0;
    QStringList alternatives; // non-facial ways to verify identity offered at this site
    QString noticeUrl; // where the full notice can be read (the signage QR code)
    SiteType siteType = SiteType::Unset; // "site_type": "hotel" | "compound"
    // "max_retention_days": the ceiling counted from enrollment, whatever the move-out date says; 0 = not set.
    int maxRetentionDays = 0;
    VerificationMode verificationMode = VerificationMode::Unset; // "verification_mode": "one_to_one" | "one_to_many"
    // "verification_record_days": how long a record of a verification (who, when, how, outcome) is kept.
    int verificationRecordDays = kDefaultVerificationRecordDays;
    // "record_retention_days": how long the non-biometric records of a person whose face data is gone are
    // kept before they are reduced to what the audit chain needs; at least 3 years (Provisions art. 9).
    int recordRetentionDays = kDefaultRecordRetentionDays;
    // "renewal_grace_days": after a material change of the notice, how long an old consent may be renewed
    // before its face data is deleted.
    int renewalGraceDays = kDefaultRenewalGraceDays;
    QString minorsRules; // "minors_rules": the site's special rules for children under 14 (PIPL art. 31)
    QString backupLocation; // "backup_location": where the encrypted backups are kept

    QJsonObject toJson() const;
    // Strict: unknown keys, wrong types and out-of-range values are refused with a sentence naming the key.
    static Result<SiteProfile> fromJson(const QJsonObject &object);
    static Result<SiteProfile> fromJsonFile(const QString &path);

    // What is missing before the profile can be shown to residents (empty when complete): the keys of the
    // fields the notice cannot do without (the processor, a way to contact them, the purpose, the retention
    // period, the other ways to verify identity). The one test of completeness: enrollment, consent and
    // notice publishing all ask it.
    QStringList missingFields() const;
    // The same in words for people (the interface language), never raw keys: "the operator's name, the purpose".
    QStringList missingFieldNames() const;
    static QString fieldName(const QString &key); // "operator_name" → "the name of the personal information handler"
    // A Policy error naming what is missing, with `what` refused ("No one can be enrolled"), or ok.
    Status checkComplete(const QString &refused) const;
    // Rules between fields (retention after move-out within the ceiling counted from enrollment, the ceiling of
    // the site type); checked by fromJson, so a profile that breaks them is never stored.
    Status checkRetention() const;
    // The verification mode in force: the one set, else the site type's default, else one-to-many (what a
    // gallery search does).
    VerificationMode effectiveVerificationMode() const;

    // Fills what is not set yet with the defaults of a site type (the retention rule, the verification mode);
    // a value already set is kept.
    void applyDefaultsFor(SiteType type);

    static QString siteTypeKey(SiteType type); // "hotel", "compound", "" when unset
    static std::optional<SiteType> siteTypeFromKey(const QString &key);
    static QString verificationModeKey(VerificationMode mode); // "one_to_one", "one_to_many", ""
    static std::optional<VerificationMode> verificationModeFromKey(const QString &key);

    static constexpr int kMaxRetentionDays = 3650;
    static constexpr int kDefaultVerificationRecordDays = 90;
    static constexpr int kMaxVerificationRecordDays = 3650;
    static constexpr int kDefaultRecordRetentionDays = 1095; // 3 years
    static constexpr int kMinRecordRetentionDays = 1095;
    static constexpr int kMaxRecordRetentionDays = 36500;
    static constexpr int kDefaultRenewalGraceDays = 30;
    static constexpr int kMaxRenewalGraceDays = 365;
    // Defaults of the retention rule per site type (docs/adr: the retention model).
    static constexpr int kHotelRetentionDays = 30;
    static constexpr int kHotelMaxRetentionDays = 90;
    static constexpr int kCompoundRetentionDays = 30;
    static constexpr int kCompoundMaxRetentionDays = 365;
    // The highest max_retention_days a site type allows (docs/adr/0009): a hotel guest's stay is short.
    static constexpr int kHotelRetentionCeilingDays = 365;
    static constexpr int kMaxNoticeUrlLength = 512; // still a legible QR code on an A6 sign
    friend bool operator==(const SiteProfile &a, const SiteProfile &b);
};

} // namespace consentry
