#include "services/EnrollmentService.h"

#include "services/GalleryService.h"
#include "services/ResidentService.h"
#include "services/UnitOfWork.h"

namespace consentry {

EnrollmentService::EnrollmentService(Vault &vault, GalleryService &gallery)
    : m_vault(vault)
    , m_gallery(gallery)
{
}

Result<std::optional<EnrollmentService::Duplicate>>
EnrollmentService::findDuplicate(const std::vector<EnrollmentTemplate> &templates, std::optional<qint64> exclude) const
{
    return UnitOfWork::read(m_vault, Permission::Enroll,
                            [&](UnitOfWork &work) { return findDuplicateIn(work, templates, exclude); });
}

Result<std::optional<EnrollmentService::Duplicate>>
EnrollmentService::findDuplicateIn(UnitOfWork &work, const std::vector<EnrollmentTemplate> &templates,
                                   std::optional<qint64> exclude) const
{
    if (!m_gallery.isLoaded())
        TRY(m_gallery.loadIn(work));
    std::optional<Duplicate> best;
    for (const EnrollmentTemplate &t : templates) {
        // With one person left out (re-enrollment: the person themselves), the best of the others.
        TRY_ASSIGN(const std::vector<GalleryMatch> matches, m_gallery.search(t.faceTemplate, exclude ? 2 : 1));
        for (const GalleryMatch &top : matches) {
            if (exclude && top.personId == *exclude)
                continue;
            if (top.score >= m_gallery.threshold() && (!best || top.score > best->score))
                best = Duplicate { top.personId, QString(), top.score };
            break;
        }
    }
    if (best) {
        Result<Resident> who = ResidentService::existing(work, best->residentId);
        best->name = who ? who->name : tr("resident %1").arg(best->residentId);
    }
    return best;
}

Result<EnrollmentReceipt> EnrollmentService::enroll(const Resident &resident, const Consent &consent,
                                                    const std::vector<EnrollmentTemplate> &templates,
                                                    const QByteArray &signaturePng, DuplicatePolicy policy)
{
    QList<Permission> needs { Permission::Enroll };
    if (policy == DuplicatePolicy::ManagerOverride)
        needs << Permission::DecideDuplicates;
    Result<EnrollmentReceipt> saved
        = UnitOfWork::write(m_vault, needs, [&](UnitOfWork &work) -> Result<EnrollmentReceipt> {
              if (consent.decision != Consent::Decision::Granted)
                  return makeError(ErrorKind::Policy,
                                   tr("Face data may be stored only with a granted consent; nothing was saved."));
              TRY_ASSIGN(const Samples samples, acceptSamplesIn(work, templates, std::nullopt, policy));
              std::optional<ResidentService::AcceptedDuplicate> accepted;
              if (samples.duplicate)
                  accepted
                      = ResidentService::AcceptedDuplicate { samples.duplicate->residentId, samples.duplicate->score };
              return ResidentService::enrollIn(work, resident, consent, samples.stored, signaturePng, accepted);
          });
    if (saved)
        addToGallery(saved.value(), templates);
    return saved;
}

Result<EnrollmentService::Samples> EnrollmentService::acceptSamplesIn(UnitOfWork &work,
                                                                      const std::vector<EnrollmentTemplate> &templates,
                                                                      std::optional<qint64> exclude,
                                                                      DuplicatePolicy policy) const
{
    if (static_cast<int>(templates.size()) < kMinTemplates)
        return makeError(ErrorKind::InvalidArgument, tr("There is no good face sample to store; capture again."));
    for (const EnrollmentTemplate &t : templates) {
        if (!t.faceTemplate.isValid() || t.faceTemplate.engine() != m_gallery.engine())
            return makeError(ErrorKind::InvalidArgument,
                             tr("A face sample was made by another face engine; capture again."));
    }
    Samples samples;
    TRY_ASSIGN(samples.duplicate, findDuplicateIn(work, templates, exclude));
    if (samples.duplicate && policy == DuplicatePolicy::Refuse)
        return makeError(ErrorKind::Policy,
                         tr("This face already matches resident %1 (id %2, score %3); nothing was saved. "
                            "A manager must decide whether this is a different person.")
                             .arg(samples.duplicate->name)
                             .arg(samples.duplicate->residentId)
                             .arg(double(samples.duplicate->score), 0, 'f', 2));
    for (const EnrollmentTemplate &t : templates)
        samples.stored << GalleryService::toStored(t.faceTemplate, t.quality);
    return samples;
}

void EnrollmentService::addToGallery(const EnrollmentReceipt &saved, const std::vector<EnrollmentTemplate> &templates)
{
    for (int i = 0; i < saved.templateIds.size(); ++i) {
        // The store is the truth; a gallery that refuses a row is reloaded rather than left incomplete.
        if (!m_gallery.add(saved.templateIds.at(i), saved.residentId,
                           templates.at(static_cast<size_t>(i)).faceTemplate)) {
            (void)m_gallery.load();
            return;
        }
    }
}

Result<EnrollmentService::ReenrollmentNeeds> EnrollmentService::reenrollmentNeeds(qint64 residentId) const
{
    return UnitOfWork::read(m_vault, Permission::Enroll, [&](UnitOfWork &work) { return needsIn(work, residentId); });
}

Result<EnrollmentService::ReenrollmentNeeds> EnrollmentService::needsIn(UnitOfWork &work, qint64 residentId) const
{
    TRY(ResidentService::existing(work, residentId));
    ReenrollmentNeeds needs;
    // Whether a grant may carry face data is the consent rule's (ConsentRepository::hasActiveGrant: in force
    // and not waiting for renewal after a material change of the notice).
    TRY_ASSIGN(const bool usable, work.consents().hasActiveGrant(residentId));
    if (!usable) {
        TRY_ASSIGN(const QList<Consent> consents, work.consents().ofResident(residentId));
        bool waiting = false;
        for (const Consent &c : consents)
            waiting = waiting || c.needsRenewal();
        TRY_ASSIGN(const QString current, work.settings().currentNoticeVersion());
        needs.consent = true;
        needs.reason = waiting ? tr("The notice has changed in a material way since the resident consented (now "
                                    "version %1): they read it and decide again.")
                                     .arg(current)
                               : tr("There is no consent in force (it was declined, withdrawn or ended by the "
                                    "retention rule): the resident decides again on the notice in force.");
        return needs;
    }
    TRY_ASSIGN(const QList<StoredTemplate> stored, work.templates().ofResident(residentId));
    for (const StoredTemplate &t : stored) {
        if (!GalleryService::fromStored(t, m_gallery.engine())) {
            needs.consent = true;
            needs.reason = tr("The face engine has changed since the resident consented (now %1): they read the "
                              "notice and decide again.")
                               .arg(m_gallery.engine().name);
            return needs;
        }
    }
    return needs;
}

Result<EnrollmentReceipt> EnrollmentService::reenroll(qint64 residentId, const std::optional<Consent> &renewed,
                                                      const std::vector<EnrollmentTemplate> &templates,
                                                      const QByteArray &signaturePng, DuplicatePolicy policy)
{
    QList<Permission> needs { Permission::Enroll };
    if (policy == DuplicatePolicy::ManagerOverride)
        needs << Permission::DecideDuplicates;
    Result<EnrollmentReceipt> saved = UnitOfWork::write(
        m_vault, needs, [&](UnitOfWork &work) -> Result<EnrollmentReceipt> {
            TRY_ASSIGN(const ReenrollmentNeeds need, needsIn(work, residentId));
            if (need.consent && !renewed)
                return makeError(ErrorKind::Policy, need.reason);
            TRY_ASSIGN(const Samples samples, acceptSamplesIn(work, templates, residentId, policy));
            const std::optional<Duplicate> &duplicate = samples.duplicate;
            TRY_ASSIGN(EnrollmentReceipt receipt,
                       ResidentService::replaceTemplatesIn(work, residentId, renewed, signaturePng, samples.stored));
            if (duplicate)
                TRY(work.audit(AuditKind::DuplicateAccepted, residentId,
                               { { QStringLiteral("matched_resident_id"), static_cast<double>(duplicate->residentId) },
                                 { QStringLiteral("score"), double(duplicate->score) } }));
            return receipt;
        });
    if (!saved)
        return saved;
    m_gallery.removeResident(residentId);
    addToGallery(saved.value(), templates);
    return saved;
}

Result<EnrollmentReceipt> EnrollmentService::recordDeclined(const Resident &resident, const Consent &consent,
                                                            const QByteArray &signaturePng)
{
    return UnitOfWork::write(m_vault, Permission::Enroll, [&](UnitOfWork &work) -> Result<EnrollmentReceipt> {
        if (consent.decision != Consent::Decision::Declined)
            return makeError(ErrorKind::InvalidArgument, tr("This consent is not a refusal."));
        return ResidentService::enrollIn(work, resident, consent, {}, signaturePng, std::nullopt);
    });
}

} // namespace consentry
