#include "services/TemplateService.h"

#include "services/Vault.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace consentry {

TemplateService::TemplateService(Vault &vault)
    : m_vault(vault)
{
}

Result<qint64> TemplateService::insert(Vault &vault, const StoredTemplate &face)
{
    if (face.vector.isEmpty() || face.engineId.isEmpty())
        return makeError(ErrorKind::InvalidArgument, tr("A face template needs an engine and a vector."));
    Result<bool> consented = vault.consentRepository().hasActiveGrant(face.residentId);
    if (!consented)
        return consented.error();
    if (!consented.value())
        return makeError(
            ErrorKind::Policy,
            tr("Resident %1 has no granted consent in force, so no face data may be stored.").arg(face.residentId));
    Result<qint64> id = vault.templateRepository().add(face);
    if (!id)
        return id.error();
    if (Result<qint64> ok
        = vault.auditLog().append(AuditLog::TemplateCreated, vault.session().userName, face.residentId,
                                  { { QStringLiteral("template_id"), static_cast<double>(id.value()) },
                                    { QStringLiteral("engine"), face.engineId } });
        !ok)
        return ok.error();
    return id;
}

Result<qint64> TemplateService::add(const StoredTemplate &face)
{
    if (Status ok = m_vault.require(Permission::Enroll); !ok)
        return ok.error();
    Transaction tx(m_vault.database());
    if (Status ok = tx.begin(); !ok)
        return ok.error();
    Result<qint64> id = insert(m_vault, face);
    if (!id)
        return id.error();
    if (Status ok = tx.commit(); !ok)
        return ok.error();
    return id;
}

Status TemplateService::gallery(const QString &engineId, const TemplateRepository::GalleryRow &visit, qint64 *expected)
{
    if (Status ok = m_vault.require(Permission::Verify); !ok)
        return ok;
    const TemplateRepository repository = m_vault.templateRepository();
    if (expected) {
        Result<qint64> count = repository.countOfEngine(engineId);
        if (!count)
            return count.error();
        *expected = count.value();
    }
    return repository.forEachOfEngine(engineId, visit);
}

Status TemplateService::recordMatch(qint64 templateId)
{
    if (Status ok = m_vault.require(Permission::Verify); !ok)
        return ok;
    return m_vault.templateRepository().markMatched(templateId);
}

Result<QList<StoredTemplate>> TemplateService::ofResident(qint64 residentId)
{
    if (Status ok = m_vault.require(Permission::ViewResidents); !ok)
        return ok.error();
    return m_vault.templateRepository().ofResident(residentId);
}

} // namespace consentry
