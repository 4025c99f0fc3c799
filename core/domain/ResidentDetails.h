#pragma once

#include "domain/AuditEvent.h"
#include "domain/Consent.h"
#include "domain/Resident.h"
#include "domain/ResidentRow.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace consentry {

// Everything the store holds about one person, as the screens, receipts and the access package show it.
struct ResidentDetails {
    // One template as the screens may see it: everything but the numbers.
    struct TemplateInfo {
        qint64 id = 0;
        QString engineId;
        QString modelSha256Hex;
        int bytes = 0;
        double quality = 0;
        QDateTime createdAt;
        QDateTime lastMatchedAt; // invalid: never matched
    };
    struct ConsentEntry {
        Consent consent;
        QString noticeVersion; // "1", "2", …
        QString noticeLanguage; // "zh_CN", "en"
        QString noticeSha256Hex;
        bool hasSignature = false;
    };

    // One verification of this person, kept for the site's verification_record_days (no image, no score).
    struct VerificationEntry {
        QDateTime at;
        QString mode; // "one_to_one", "one_to_many", "none" (another way)
        QString method; // VerificationService::methodKey
        QString result; // "verified", "not_verified"
        QString staff;
    };

    Resident resident;
    ResidentRow row; // state, minor, template count, last verified, retention due
    QList<ConsentEntry> consents; // oldest first
    QList<TemplateInfo> templates;
    QList<VerificationEntry> verifications; // oldest first; only those not yet purged
    QList<AuditEvent> events; // of this person, oldest first (empty unless auditVisible)
    bool auditVisible = false; // the role may read the audit log (manager, auditor)
};

} // namespace consentry
