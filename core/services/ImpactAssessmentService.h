#pragma once

#include "Result.h"
#include "compliance/ImpactAssessment.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <optional>

namespace consentry {

class Vault;

// The impact assessment (个人信息保护影响评估): a draft (today's facts from the store and the manager's
// answers, saved as they are written), signing by a manager (freezes a numbered version with its SHA-256,
// immutable in SQL, kept at least three years; a later edit is signed as a new version) and whether the
// signed version still holds (purpose, method, engine and retention unchanged). Reading: manager, auditor.
class ImpactAssessmentService
{
    Q_DECLARE_TR_FUNCTIONS(ImpactAssessmentService)

public:
    explicit ImpactAssessmentService(Vault &vault);

    // Today's facts and the saved answers (manager, auditor).
    Result<ImpactAssessment> draft(const EngineFacts &engine = {});
    Status saveAnswers(const QMap<QString, QString> &answers); // manager
    // Signs the draft as the next version (manager); refused while an answer is empty. Returns the version.
    Result<int> sign(const EngineFacts &engine = {});
    // The newest signed version, none when nothing was signed (manager, auditor).
    Result<std::optional<ImpactAssessment>> latestSigned();
    Result<QList<ImpactAssessment>> history(); // every signed version, newest first
    // What changed since the newest signed version (keys: purpose, method, engine, retention); empty when it
    // still holds. NotFound when nothing was signed.
    Result<QStringList> changesSinceSigned(const EngineFacts &engine = {});

private:
    Vault &m_vault;
};

} // namespace consentry
