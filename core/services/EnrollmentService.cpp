#include "services/EnrollmentService.h"

#include "repo/AuditLog.h"
#include "services/GalleryService.h"
#include "services/ResidentService.h"
#include "services/Vault.h"
#include "storage/Transaction.h"

namespace consentry {

EnrollmentService::EnrollmentService(Vault &vault, GalleryService &gallery)
    : m_vault(vault)
    , m_gallery(gallery)
{
}

Result<std::optional<EnrollmentService::Duplicate>>
EnrollmentService::findDuplicate(const std::vector<EnrollmentTemplate> &templates) const
{
    if (Status ok = m_vault.require(Permission::Enroll); !ok)
        return ok.error();
    if (!m_gallery.isLoaded()) {
        if (Status ok = m_gallery.load(); !ok)
            return ok.error();
    }
    std::optional<Duplicate> best;
    for (const EnrollmentTemplate &t : templates) {
        Result<std::vector<GalleryMatch>> matches = m_gallery.search(t.faceTemplate, 1);
        if (!matches)
            return matches.error();
        if (matches->empty())
            continue;
        const GalleryMatch &top = matches->front();
        if (top.score >= m_gallery.threshold() && (!best || top.score > best->score))
            best = Duplicate { top.personId, QString(), top.score };
    }
    if (best) {
        Result<Resident> who = ResidentService(m_vault).get(best->residentId);
        best->name = who ? who->name : tr("resident %1").arg(best->residentId);
    }
    return best;
}

Result<EnrollmentService::Saved> EnrollmentService::enroll(const Resident &resident, const Consent &consent,
                                                           const std::vector<EnrollmentTemplate> &templates,
                                                           const QByteArray &signaturePng, DuplicatePolicy policy)
{
    if (Status ok = m_vault.require(Permission::Enroll); !ok)
        return ok.error();
    if (consent.decision != Consent::Decision::Granted)
        return makeError(ErrorKind::Policy,
                         tr("Face data may be stored only with a granted consent; nothing was saved."));
    if (static_cast<int>(templates.size()) < kMinTemplates)
        return makeError(ErrorKind::InvalidArgument, tr("There is no good face sample to store; capture again."));
    for (const EnrollmentTemplate &t : templates) {
        if (!t.faceTemplate.isValid() || t.faceTemplate.engine() != m_gallery.engine())
            return makeError(ErrorKind::InvalidArgument,
                             tr("A face sample was made by another face engine; capture again."));
    }
    if (policy == DuplicatePolicy::ManagerOverride && m_vault.session().role != Role::Manager)
        return makeError(ErrorKind::Policy,
                         tr("Only a manager may enroll a face that matches another resident; ask a manager."));

    Result<std::optional<Duplicate>> duplicate = findDuplicate(templates);
    if (!duplicate)
        return duplicate.error();
    if (duplicate.value() && policy == DuplicatePolicy::Refuse)
        return makeError(ErrorKind::Policy,
                         tr("This face already matches resident %1 (id %2, score %3); nothing was saved. "
                            "A manager must decide whether this is a different person.")
                             .arg(duplicate.value()->name)
                             .arg(duplicate.value()->residentId)
                             .arg(double(duplicate.value()->score), 0, 'f', 2));

    QList<StoredTemplate> stored;
    for (const EnrollmentTemplate &t : templates)
        stored << GalleryService::toStored(t.faceTemplate, t.quality);
    Result<ResidentService::Enrollment> done = ResidentService(m_vault).enroll(resident, consent, stored, signaturePng);
    if (!done)
        return done.error();

    Saved saved { done->residentId, done->consentId, done->templateIds };
    for (int i = 0; i < saved.templateIds.size(); ++i) {
        // The store is the truth; a gallery that refuses a row is reloaded rather than left incomplete.
        if (!m_gallery.add(saved.templateIds.at(i), saved.residentId,
                           templates.at(static_cast<size_t>(i)).faceTemplate)) {
            (void)m_gallery.load();
            break;
        }
    }
    if (duplicate.value()) {
        // The manager's decision is part of the record (no face data in it, only the ids and the score).
        Transaction tx(m_vault.database());
        if (tx.begin().ok()
            && m_vault.auditLog()
                   .append(
                       QStringLiteral("duplicate_accepted"), m_vault.session().userName, saved.residentId,
                       { { QStringLiteral("matched_resident_id"), static_cast<double>(duplicate.value()->residentId) },
                         { QStringLiteral("score"), double(duplicate.value()->score) } })
                   .ok())
            (void)tx.commit();
    }
    return saved;
}

Result<EnrollmentService::Saved> EnrollmentService::recordDeclined(const Resident &resident, const Consent &consent,
                                                                   const QByteArray &signaturePng)
{
    if (Status ok = m_vault.require(Permission::Enroll); !ok)
        return ok.error();
    if (consent.decision != Consent::Decision::Declined)
        return makeError(ErrorKind::InvalidArgument, tr("This consent is not a refusal."));
    Result<ResidentService::Enrollment> done = ResidentService(m_vault).enroll(resident, consent, {}, signaturePng);
    if (!done)
        return done.error();
    return Saved { done->residentId, done->consentId, {} };
}

} // namespace consentry
