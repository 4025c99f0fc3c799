#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace consentry {

// Who runs the facial recognition and how to reach them: the keys of ../shared/CLI.md's site profile.
// The store keeps one; signage, the notice and reports are filled from it.
struct SiteProfile {
    Q_DECLARE_TR_FUNCTIONS(SiteProfile)

public:
    QString siteName;
    QString operatorName;
    QString contactPhone;
    QString contactAddress;
    QString contactEmail;
    QString purpose;
    int retentionDays = 0;
    QStringList alternatives; // non-facial ways to verify identity offered at this site
    QString noticeUrl; // where the full notice can be read (the signage QR code)

    QJsonObject toJson() const;
    // Strict: unknown keys, wrong types and out-of-range values are refused with a sentence naming the key.
    static Result<SiteProfile> fromJson(const QJsonObject &object);
    static Result<SiteProfile> fromJsonFile(const QString &path);

    // What is missing before the profile can be shown to residents (empty when complete).
    QStringList missingFields() const;

    static constexpr int kMaxRetentionDays = 3650;
    static constexpr int kMaxNoticeUrlLength = 512; // still a legible QR code on an A6 sign
    friend bool operator==(const SiteProfile &a, const SiteProfile &b);
};

} // namespace consentry
