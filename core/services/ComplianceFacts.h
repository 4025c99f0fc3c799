#pragma once

#include "Result.h"
#include "compliance/ImpactAssessment.h"
#include "domain/SiteProfile.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace consentry {

class UnitOfWork;

// Core-internal: what the compliance services read inside their unit of work — the facts an impact
// assessment states, the basis it is judged against, the filing numbers and the site's holidays. One home, so
// the assessment, the filing pack and the compliance centre state the same numbers.
namespace ComplianceFacts {

inline const QString AssessmentDraftKey = QStringLiteral("impact_assessment_draft");
inline const QString HolidaysKey = QStringLiteral("filing_holidays");
inline const QString ProcessingRulesKey = QStringLiteral("filing_processing_rules");

// Purpose, method, the engines of the stored templates (or `engine` when none is stored yet), retention.
Result<AssessmentBasis> currentBasis(UnitOfWork &work, const EngineFacts &engine);
// A new assessment with today's facts and the answers of the saved draft.
Result<ImpactAssessment> draft(UnitOfWork &work, const EngineFacts &engine);
Result<QMap<QString, QString>> draftAnswers(UnitOfWork &work);
Result<QList<QDate>> holidays(UnitOfWork &work);
// The processing rules and operating procedures as the manager edited them, else generated from the settings.
Result<QString> processingRules(UnitOfWork &work, const QString &language);
// People whose consent waits for renewal after a material change of the notice (issue 10 §3), as the
// consent repository counts them.
Result<qint64> consentsNeedingRenewal(UnitOfWork &work);
QString generatedProcessingRules(const SiteProfile &profile, int maxTemplateAgeDays, const QString &language);

} // namespace ComplianceFacts
} // namespace consentry
