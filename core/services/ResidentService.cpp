#include "services/ResidentService.h"

#include "platform/Clock.h"
#include "services/ConsentService.h"
#include "services/TemplateService.h"
#include "services/Vault.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace consentry {

ResidentService::ResidentService(Vault &vault)
    : m_vault(vault)
{
}

Status ResidentService::validate(const Resident &r)
{
    if (r.name.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidArgument, tr("The resident's name must not be empty."));
    if (r.name.size() > 200 || r.unit.size() > 100)
        return makeError(ErrorKind::InvalidArgument, tr("The resident's name or unit is too long."));
    if (r.dateOfBirth.isValid() && r.dateOfBirth > Clock::instance().now().date().addDays(1))
        return makeError(ErrorKind::InvalidArgument, tr("The date of birth is in the future."));
    if (r.moveIn.isValid() && r.moveOut.isValid() && r.moveOut < r.moveIn)
        return makeError(ErrorKind::InvalidArgument, tr("The move-out date is before the move-in date."));
    return {};
}

Result<qint64> ResidentService::create(const Resident &resident)
{
    if (Status ok = m_vault.require(Permission::Enroll); !ok)
        return ok.error();
    if (Status ok = validate(resident); !ok)
        return ok.error();
    Transaction tx(m_vault.database());
    if (Status ok = tx.begin(); !ok)
        return ok.error();
    Result<qint64> id = m_vault.residentRepository().add(resident);
    if (!id)
        return id.error();
    if (Result<qint64> ok
        = m_vault.auditLog().append(AuditLog::ResidentCreated, m_vault.session().userName, id.value());
        !ok)
        return ok.error();
    if (Status ok = tx.commit(); !ok)
        return ok.error();
    return id;
}

Status ResidentService::update(const Resident &resident)
{
    if (Status ok = m_vault.require(Permission::Enroll); !ok)
        return ok;
    if (Status ok = validate(resident); !ok)
        return ok;
    Transaction tx(m_vault.database());
    if (Status ok = tx.begin(); !ok)
        return ok;
    if (Status ok = m_vault.residentRepository().update(resident); !ok)
        return ok;
    if (Result<qint64> ok
        = m_vault.auditLog().append(AuditLog::ResidentEdited, m_vault.session().userName, resident.id);
        !ok)
        return ok.error();
    return tx.commit();
}

Result<QList<Resident>> ResidentService::list()
{
    if (Status ok = m_vault.require(Permission::ViewResidents); !ok)
        return ok.error();
    return m_vault.residentRepository().all();
}

Result<Resident> ResidentService::get(qint64 id)
{
    if (Status ok = m_vault.require(Permission::ViewResidents); !ok)
        return ok.error();
    Result<std::optional<Resident>> found = m_vault.residentRepository().find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorKind::NotFound, tr("There is no resident with id %1.").arg(id));
    return *found.value();
}

Result<ResidentService::DeletionReceipt> ResidentService::remove(qint64 id)
{
    if (Status ok = m_vault.require(Permission::DeleteResidents); !ok)
        return ok.error();
    Transaction tx(m_vault.database());
    if (Status ok = tx.begin(); !ok)
        return ok.error();
    Result<std::optional<Resident>> found = m_vault.residentRepository().find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorKind::NotFound, tr("There is no resident with id %1.").arg(id));
    DeletionReceipt receipt;
    receipt.residentId = id;
    Result<int> templates = m_vault.templateRepository().removeOfResident(id);
    if (!templates)
        return templates.error();
    receipt.templatesDeleted = templates.value();
    Result<QList<Consent>> consents = m_vault.consentRepository().ofResident(id);
    if (!consents)
        return consents.error();
    receipt.consentsDeleted = static_cast<int>(consents->size());
    if (Status ok = m_vault.residentRepository().remove(id); !ok)
        return ok.error();
    Result<qint64> event
        = m_vault.auditLog().append(AuditLog::ResidentDeleted, m_vault.session().userName, id,
                                    { { QStringLiteral("templates_deleted"), receipt.templatesDeleted },
                                      { QStringLiteral("consents_deleted"), receipt.consentsDeleted } });
    if (!event)
        return event.error();
    receipt.auditEventId = event.value();
    if (Status ok = tx.commit(); !ok)
        return ok.error();
    return receipt;
}

Result<ResidentService::Enrollment> ResidentService::enroll(const Resident &resident, Consent consent,
                                                            const QList<StoredTemplate> &templates,
                                                            const QByteArray &signatureImage)
{
    if (Status ok = m_vault.require(Permission::Enroll); !ok)
        return ok.error();
    if (Status ok = validate(resident); !ok)
        return ok.error();
    if (consent.decision != Consent::Decision::Granted && !templates.isEmpty())
        return makeError(ErrorKind::Policy,
                         tr("Face templates are kept only with a granted consent; nothing was saved."));
    Transaction tx(m_vault.database());
    if (Status ok = tx.begin(); !ok)
        return ok.error();
    Enrollment result;
    Result<qint64> id = m_vault.residentRepository().add(resident);
    if (!id)
        return id.error();
    result.residentId = id.value();
    if (Result<qint64> ok
        = m_vault.auditLog().append(AuditLog::ResidentCreated, m_vault.session().userName, id.value());
        !ok)
        return ok.error();
    consent.residentId = id.value();
    Result<qint64> consentId = ConsentService::insert(m_vault, consent, signatureImage);
    if (!consentId)
        return consentId.error();
    result.consentId = consentId.value();
    for (StoredTemplate face : templates) {
        face.residentId = id.value();
        Result<qint64> templateId = TemplateService::insert(m_vault, face);
        if (!templateId)
            return templateId.error();
        result.templateIds << templateId.value();
    }
    if (Status ok = tx.commit(); !ok)
        return ok.error();
    return result;
}

} // namespace consentry
