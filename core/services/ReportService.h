#pragma once

#include "Result.h"
#include "compliance/RetentionPolicy.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace consentry {

class Vault;

// Counts for the status line, the dashboard and `consentry-cli status`. No personal data.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    struct StoreStatus {
        int schemaVersion = 0;
        qint64 residents = 0;
        qint64 templates = 0;
        qint64 activeConsents = 0;
        qint64 withdrawnConsents = 0;
        // People whose grant waits for renewal after a material change of the notice (issue 10 §3); the one
        // count the dashboard, `stats` and `status` show.
        qint64 consentsNeedingRenewal = 0;
        RetentionPolicy retention; // the rule in force (RetentionPolicy::toJson for scripts)
        QDate nextPurgeDue; // the first day the purge deletes something; invalid: nothing is due
        qint64 auditEvents = 0;
        QString currentNoticeVersion;
        QString storeId;
        QString cipherVersion;
    };

    explicit ReportService(Vault &vault);
    Result<StoreStatus> status(); // every role
    // PRAGMA cipher_integrity_check (SQLCipher 4.x) and integrity_check: reads and authenticates every page.
    Status checkIntegrity(); // manager, auditor

private:
    Vault &m_vault;
};

} // namespace consentry
