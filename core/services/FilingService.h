#pragma once

#include "Result.h"
#include "compliance/FilingRule.h"
#include "domain/Device.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace consentry {

class UnitOfWork;
class Vault;

// The filing duty (备案, Provisions art. 15): how many people have face data stored, the deadline once 100,000
// is reached (30 working days; weekends and the site's holidays excluded), the filings a manager recorded,
// reminders of change filings and deregistration, and the filing pack (PDF + JSON). Reading: manager,
// auditor; recording and settings: manager.
class FilingService
{
    Q_DECLARE_TR_FUNCTIONS(FilingService)

public:
    struct State {
        qint64 peopleWithFaceData = 0;
        FilingRule::Level level = FilingRule::Level::Below;
        QDate reachedOn; // the day the threshold was reached (by the data kept now); invalid below it
        QDate deadline; // invalid below the threshold
        int workingDaysLeft = 0; // negative when past
        QList<QDate> holidays;
        QList<FilingRecord> filings; // newest first
        bool filed = false; // an initial filing is recorded and not deregistered since
        QStringList reminders; // translated sentences: change filing, deregistration
        QString summary; // translated: one sentence for the screens and the CLI
    };

    explicit FilingService(Vault &vault);

    Result<State> state();
    static Result<State> stateIn(UnitOfWork &work); // the same inside another service's work (the compliance centre)
    Status setHolidays(const QList<QDate> &days); // manager
    Result<qint64> record(const FilingRecord &filing); // manager; the date not in the future, a reference
    // The processing rules and operating procedures (材料四): the manager's text, else generated from the settings.
    Result<QString> processingRules(const QString &language = QStringLiteral("zh_CN"));
    Status setProcessingRules(const QString &text); // manager; empty goes back to the generated text
    // Writes filing-pack.pdf and filing-pack.json into `outDir` (made when missing); all or nothing. NotFound
    // when no impact assessment is signed (it is the fifth material). Returns the files written.
    Result<QStringList> writePack(const QString &outDir, const QString &language = QStringLiteral("zh_CN"));

    static constexpr int kMaxRulesLength = 20000;
    static constexpr int kMaxReferenceLength = 200;

private:
    Vault &m_vault;
};

} // namespace consentry
