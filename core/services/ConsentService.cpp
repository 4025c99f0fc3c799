#include "services/ConsentService.h"

#include "platform/Clock.h"
#include "services/Vault.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace consentry {

ConsentService::ConsentService(Vault &vault)
    : m_vault(vault)
{
}

Status ConsentService::validate(Vault &vault, Consent &c, qint64 residentId)
{
    Result<std::optional<Resident>> resident = vault.residentRepository().find(residentId);
    if (!resident)
        return resident.error();
    if (!resident.value())
        return makeError(ErrorKind::NotFound, tr("There is no resident with id %1.").arg(residentId));
    Result<std::optional<NoticeVersion>> notice = vault.noticeRepository().byId(c.noticeVersionId);
    if (!notice)
        return notice.error();
    if (!notice.value())
        return makeError(ErrorKind::Policy, tr("The consent refers to a notice version that does not exist."));
    if (c.signer.trimmed().isEmpty())
        return makeError(ErrorKind::Policy, tr("The consent has no signer."));
    if (!c.signedAt.isValid())
        return makeError(ErrorKind::Policy, tr("The consent has no signing time."));
    if (c.signedAt > Clock::instance().now().addSecs(60))
        return makeError(ErrorKind::Policy, tr("The consent's signing time is in the future."));
    if (c.witness.isEmpty())
        c.witness = vault.session().userName;
    Result<std::optional<StaffUser>> witness = vault.userRepository().find(c.witness);
    if (!witness)
        return witness.error();
    if (!witness.value() && !vault.session().viaRecoveryKey)
        return makeError(ErrorKind::Policy, tr("The witness \"%1\" is not a user of this store.").arg(c.witness));
    if (resident.value()->isMinorOn(c.signedAt.date())
        && (c.guardianName.trimmed().isEmpty() || c.guardianRelation.trimmed().isEmpty()))
        return makeError(ErrorKind::Policy,
                         tr("The resident is under 14: the consent needs the guardian's name and relation."));
    if (c.decision == Consent::Decision::Declined && c.alternative.trimmed().isEmpty())
        return makeError(ErrorKind::Policy,
                         tr("A declined consent must record the alternative way of verification offered."));
    return {};
}

Result<qint64> ConsentService::insert(Vault &vault, Consent consent, const QByteArray &signatureImage)
{
    if (Status ok = validate(vault, consent, consent.residentId); !ok)
        return ok.error();
    Result<qint64> id = vault.consentRepository().add(consent);
    if (!id)
        return id.error();
    if (!signatureImage.isEmpty()) {
        if (Result<qint64> ok = vault.consentRepository().addSignature(id.value(), signatureImage); !ok)
            return ok.error();
    }
    const QString kind
        = consent.decision == Consent::Decision::Granted ? AuditLog::ConsentGranted : AuditLog::ConsentDeclined;
    if (Result<qint64> ok = vault.auditLog().append(
            kind, vault.session().userName, consent.residentId,
            { { QStringLiteral("consent_id"), static_cast<double>(id.value()) },
              { QStringLiteral("notice_version_id"), static_cast<double>(consent.noticeVersionId) } });
        !ok)
        return ok.error();
    return id;
}

Result<qint64> ConsentService::record(Consent consent, const QByteArray &signatureImage)
{
    if (Status ok = m_vault.require(Permission::Enroll); !ok)
        return ok.error();
    Transaction tx(m_vault.database());
    if (Status ok = tx.begin(); !ok)
        return ok.error();
    Result<qint64> id = insert(m_vault, std::move(consent), signatureImage);
    if (!id)
        return id.error();
    if (Status ok = tx.commit(); !ok)
        return ok.error();
    return id;
}

Result<ConsentService::WithdrawalReceipt> ConsentService::withdraw(qint64 residentId)
{
    if (Status ok = m_vault.require(Permission::WithdrawConsent); !ok)
        return ok.error();
    Transaction tx(m_vault.database());
    if (Status ok = tx.begin(); !ok)
        return ok.error();
    Result<std::optional<Resident>> resident = m_vault.residentRepository().find(residentId);
    if (!resident)
        return resident.error();
    if (!resident.value())
        return makeError(ErrorKind::NotFound, tr("There is no resident with id %1.").arg(residentId));
    WithdrawalReceipt receipt;
    receipt.residentId = residentId;
    receipt.at = Clock::instance().now();
    Result<int> withdrawn = m_vault.consentRepository().withdrawAll(residentId, m_vault.session().userName);
    if (!withdrawn)
        return withdrawn.error();
    receipt.consentsWithdrawn = withdrawn.value();
    Result<int> deleted = m_vault.templateRepository().removeOfResident(residentId);
    if (!deleted)
        return deleted.error();
    receipt.templatesDeleted = deleted.value();
    Result<qint64> event
        = m_vault.auditLog().append(AuditLog::ConsentWithdrawn, m_vault.session().userName, residentId,
                                    { { QStringLiteral("consents_withdrawn"), receipt.consentsWithdrawn },
                                      { QStringLiteral("templates_deleted"), receipt.templatesDeleted } });
    if (!event)
        return event.error();
    receipt.auditEventId = event.value();
    if (receipt.templatesDeleted > 0) {
        if (Result<qint64> ok
            = m_vault.auditLog().append(AuditLog::TemplateDeleted, m_vault.session().userName, residentId,
                                        { { QStringLiteral("count"), receipt.templatesDeleted },
                                          { QStringLiteral("reason"), QStringLiteral("withdrawal") } });
            !ok)
            return ok.error();
    }
    if (Status ok = tx.commit(); !ok)
        return ok.error();
    return receipt;
}

Result<QList<Consent>> ConsentService::ofResident(qint64 residentId)
{
    if (Status ok = m_vault.require(Permission::ViewResidents); !ok)
        return ok.error();
    return m_vault.consentRepository().ofResident(residentId);
}

} // namespace consentry
