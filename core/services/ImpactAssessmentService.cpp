#include "services/ImpactAssessmentService.h"

#include "platform/Clock.h"
#include "services/ComplianceFacts.h"
#include "services/UnitOfWork.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace consentry {

ImpactAssessmentService::ImpactAssessmentService(Vault &vault)
    : m_vault(vault)
{
}

Result<ImpactAssessment> ImpactAssessmentService::draft(const EngineFacts &engine)
{
    return UnitOfWork::read(m_vault, Permission::ViewReports, [&](UnitOfWork &work) -> Result<ImpactAssessment> {
        return ComplianceFacts::draft(work, engine);
    });
}

Status ImpactAssessmentService::saveAnswers(const QMap<QString, QString> &answers)
{
    return UnitOfWork::write(m_vault, Permission::ChangeSettings, [&](UnitOfWork &work) -> Status {
        QJsonObject stored;
        for (ImpactAssessment::Part part : ImpactAssessment::parts()) {
            const QString key = ImpactAssessment::partKey(part);
            const QString text = answers.value(key);
            if (text.size() > ImpactAssessment::kMaxAnswerLength)
                return makeError(ErrorKind::Policy,
                                 tr("The answer to \"%1\" is longer than %2 characters.")
                                     .arg(ImpactAssessment::partTitle(part))
                                     .arg(ImpactAssessment::kMaxAnswerLength));
            stored.insert(key, text);
        }
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            if (!stored.contains(it.key()))
                return makeError(ErrorKind::Internal, QStringLiteral("unknown assessment part %1").arg(it.key()));
        }
        using Answers = QMap<QString, QString>;
        TRY_ASSIGN(const Answers before, ComplianceFacts::draftAnswers(work));
        if (before == answers)
            return {};
        TRY(work.settings().setValue(ComplianceFacts::AssessmentDraftKey,
                                     QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)),
                                     work.actor()));
        TRY(work.audit(AuditKind::SettingsChanged, std::nullopt,
                       { { QStringLiteral("setting"), ComplianceFacts::AssessmentDraftKey } }));
        work.changed(UnitOfWork::Change::ComplianceChanged);
        return {};
    });
}

Result<int> ImpactAssessmentService::sign(const EngineFacts &engine)
{
    return UnitOfWork::write(m_vault, Permission::ChangeSettings, [&](UnitOfWork &work) -> Result<int> {
        TRY_ASSIGN(ImpactAssessment assessment, ComplianceFacts::draft(work, engine));
        if (const QStringList missing = assessment.unanswered(); !missing.isEmpty())
            return makeError(ErrorKind::Policy,
                             tr("Answer every part before signing; still empty: %1.").arg(missing.join(tr("; "))));
        assessment.signedBy = work.actor();
        assessment.signedAt = Clock::instance().now();
        TRY_ASSIGN(const int version, work.compliance().addAssessment(assessment));
        TRY(work.audit(AuditKind::AssessmentSigned, std::nullopt,
                       { { QStringLiteral("version"), version },
                         { QStringLiteral("sha256"), QString::fromLatin1(assessment.computeSha256().toHex()) } }));
        work.changed(UnitOfWork::Change::ComplianceChanged);
        return version;
    });
}

Result<std::optional<ImpactAssessment>> ImpactAssessmentService::latestSigned()
{
    return UnitOfWork::read(m_vault, Permission::ViewReports,
                            [](UnitOfWork &work) { return work.compliance().latestAssessment(); });
}

Result<QList<ImpactAssessment>> ImpactAssessmentService::history()
{
    return UnitOfWork::read(m_vault, Permission::ViewReports,
                            [](UnitOfWork &work) { return work.compliance().assessments(); });
}

Result<QStringList> ImpactAssessmentService::changesSinceSigned(const EngineFacts &engine)
{
    return UnitOfWork::read(m_vault, Permission::ViewReports, [&](UnitOfWork &work) -> Result<QStringList> {
        TRY_ASSIGN(const std::optional<ImpactAssessment> signedVersion, work.compliance().latestAssessment());
        if (!signedVersion)
            return makeError(ErrorKind::NotFound, tr("No impact assessment has been signed yet."));
        TRY_ASSIGN(const AssessmentBasis now, ComplianceFacts::currentBasis(work, engine));
        return signedVersion->basis.changedIn(now);
    });
}

} // namespace consentry
