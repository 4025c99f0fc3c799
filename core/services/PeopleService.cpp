#include "services/PeopleService.h"

#include "platform/Clock.h"
#include "print/DocumentRenderer.h"
#include "services/ReceiptDocuments.h"
#include "services/RetentionService.h"
#include "services/Vault.h"
#include "storage/Database.h"

namespace consentry {

PeopleService::PeopleService(Vault &vault)
    : m_vault(vault)
{
}

Result<ResidentDirectory> PeopleService::directory(Vault &vault)
{
    Result<RetentionPolicy> policy = RetentionService::readPolicy(vault);
    if (!policy)
        return policy.error();
    return ResidentDirectory(vault.database(), policy.value(), Clock::instance().now().date());
}

Result<QList<ResidentRow>> PeopleService::page(const ResidentFilter &filter, int offset, int limit)
{
    if (Status ok = m_vault.require(Permission::ViewResidents); !ok)
        return ok.error();
    Result<ResidentDirectory> dir = directory(m_vault);
    if (!dir)
        return dir.error();
    return dir->page(filter, offset, limit);
}

Result<qint64> PeopleService::count(const ResidentFilter &filter)
{
    if (Status ok = m_vault.require(Permission::ViewResidents); !ok)
        return ok.error();
    Result<ResidentDirectory> dir = directory(m_vault);
    if (!dir)
        return dir.error();
    return dir->count(filter);
}

Result<Resident> PeopleService::existingResident(Vault &vault, qint64 residentId)
{
    Result<std::optional<Resident>> resident = vault.residentRepository().find(residentId);
    if (!resident)
        return resident.error();
    if (!resident.value())
        return makeError(ErrorKind::NotFound, tr("There is no resident with id %1.").arg(residentId));
    return *resident.value();
}

Result<PeopleService::Details> PeopleService::collect(Vault &vault, qint64 residentId, bool withEvents)
{
    Details d;
    Result<Resident> resident = existingResident(vault, residentId);
    if (!resident)
        return resident.error();
    d.resident = resident.value();
    Result<ResidentDirectory> dir = directory(vault);
    if (!dir)
        return dir.error();
    Result<std::optional<ResidentRow>> row = dir->row(residentId);
    if (!row)
        return row.error();
    if (row.value())
        d.row = *row.value();
    Result<QList<Consent>> consents = vault.consentRepository().ofResident(residentId);
    if (!consents)
        return consents.error();
    for (const Consent &c : consents.value()) {
        ConsentEntry entry;
        entry.consent = c;
        Result<std::optional<NoticeVersion>> notice = vault.noticeRepository().byId(c.noticeVersionId);
        if (!notice)
            return notice.error();
        if (notice.value()) {
            entry.noticeVersion = notice.value()->version;
            entry.noticeLanguage = notice.value()->language;
            entry.noticeSha256Hex = QString::fromLatin1(notice.value()->sha256.toHex());
        }
        Result<QByteArray> signature = vault.consentRepository().signature(c.id);
        if (!signature)
            return signature.error();
        entry.hasSignature = !signature->isNull();
        d.consents << entry;
    }
    Result<QList<StoredTemplate>> templates = vault.templateRepository().ofResident(residentId);
    if (!templates)
        return templates.error();
    for (const StoredTemplate &t : templates.value()) {
        TemplateInfo info;
        info.id = t.id;
        info.engineId = t.engineId;
        info.modelSha256Hex = QString::fromLatin1(t.modelSha256.toHex());
        info.bytes = static_cast<int>(t.vector.size());
        info.quality = t.quality;
        info.createdAt = t.createdAt;
        info.lastMatchedAt = t.lastMatchedAt;
        d.templates << info;
    }
    d.auditVisible = withEvents;
    if (withEvents) {
        Result<QList<AuditEvent>> events = vault.auditLog().eventsOfResident(residentId);
        if (!events)
            return events.error();
        d.events = events.value();
    }
    return d;
}

Result<PeopleService::Details> PeopleService::details(qint64 residentId)
{
    if (Status ok = m_vault.require(Permission::ViewResidents); !ok)
        return ok.error();
    return collect(m_vault, residentId, AccessControl::allows(m_vault.session().role, Permission::ReadAudit));
}

Status PeopleService::editDetails(const Resident &resident)
{
    if (Status ok = m_vault.require(Permission::Enroll); !ok)
        return ok;
    Result<Resident> current = existingResident(m_vault, resident.id);
    if (!current)
        return current.error();
    Resident changed = current.value();
    changed.name = resident.name.trimmed();
    changed.unit = resident.unit.trimmed();
    changed.dateOfBirth = resident.dateOfBirth;
    changed.minorFlag = resident.minorFlag;
    changed.moveIn = resident.moveIn;
    changed.moveOut = resident.moveOut;
    changed.status = resident.status;
    return ResidentService(m_vault).update(changed);
}

Status PeopleService::setMoveOut(qint64 residentId, const QDate &moveOut)
{
    if (Status ok = m_vault.require(Permission::Enroll); !ok)
        return ok;
    Result<Resident> current = existingResident(m_vault, residentId);
    if (!current)
        return current.error();
    Resident changed = current.value();
    changed.moveOut = moveOut;
    changed.status = moveOut.isValid() && moveOut <= Clock::instance().now().date() ? Resident::Status::MovedOut
                                                                                    : Resident::Status::Active;
    return ResidentService(m_vault).update(changed);
}

Result<PeopleService::Withdrawal> PeopleService::withdraw(qint64 residentId, const QString &language)
{
    if (Status ok = m_vault.require(Permission::WithdrawConsent); !ok)
        return ok.error();
    Result<Resident> resident = existingResident(m_vault, residentId);
    if (!resident)
        return resident.error();
    Result<ConsentService::WithdrawalReceipt> receipt = ConsentService(m_vault).withdraw(residentId);
    if (!receipt)
        return receipt.error();
    Result<SiteProfile> site = m_vault.settingsRepository().siteProfile();
    Withdrawal w;
    w.receipt = receipt.value();
    w.document = ReceiptDocuments::withdrawal(site ? site.value() : SiteProfile(), resident.value(), w.receipt,
                                              m_vault.session().userName, language);
    w.text = ReceiptDocuments::withdrawalText(resident.value(), w.receipt);
    return w;
}

Result<PeopleService::Deletion> PeopleService::remove(qint64 residentId, const QString &language)
{
    if (Status ok = m_vault.require(Permission::DeleteResidents); !ok)
        return ok.error();
    Result<Resident> resident = existingResident(m_vault, residentId);
    if (!resident)
        return resident.error();
    Result<ResidentService::DeletionReceipt> receipt = ResidentService(m_vault).remove(residentId);
    if (!receipt)
        return receipt.error();
    Result<SiteProfile> site = m_vault.settingsRepository().siteProfile();
    Deletion d;
    d.receipt = receipt.value();
    d.document = ReceiptDocuments::deletion(site ? site.value() : SiteProfile(), resident.value(), d.receipt,
                                            Clock::instance().now(), m_vault.session().userName, language);
    return d;
}

Result<qint64> PeopleService::countNeedingReenrollment(const EngineId &active)
{
    if (Status ok = m_vault.require(Permission::ViewResidents); !ok)
        return ok.error();
    Result<ResidentDirectory> dir = directory(m_vault);
    if (!dir)
        return dir.error();
    return dir->countOnOtherEngine(active.key());
}

Result<QList<ResidentRow>> PeopleService::needingReenrollment(const EngineId &active, int offset, int limit)
{
    if (Status ok = m_vault.require(Permission::ViewResidents); !ok)
        return ok.error();
    Result<ResidentDirectory> dir = directory(m_vault);
    if (!dir)
        return dir.error();
    return dir->onOtherEngine(active.key(), offset, limit);
}

Result<int> PeopleService::writePdf(const Document &document, const QString &path)
{
    return DocumentRenderer(document).writePdf(path);
}

} // namespace consentry
