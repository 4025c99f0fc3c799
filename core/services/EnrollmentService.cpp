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
EnrollmentService::findDuplicate(const std::vector<EnrollmentTemplate> &templates) const
{
    return UnitOfWork::read(m_vault, Permission::Enroll,
                            [&](UnitOfWork &work) { return findDuplicateIn(work, templates); });
}

Result<std::optional<EnrollmentService::Duplicate>>
EnrollmentService::findDuplicateIn(UnitOfWork &work, const std::vector<EnrollmentTemplate> &templates) const
{
    if (!m_gallery.isLoaded())
        TRY(m_gallery.loadIn(work));
    std::optional<Duplicate> best;
    for (const EnrollmentTemplate &t : templates) {
        TRY_ASSIGN(const std::vector<GalleryMatch> matches, m_gallery.search(t.faceTemplate, 1));
        if (matches.empty())
            continue;
        const GalleryMatch &top = matches.front();
        if (top.score >= m_gallery.threshold() && (!best || top.score > best->score))
            best = Duplicate { top.personId, QString(), top.score };
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
              if (static_cast<int>(templates.size()) < kMinTemplates)
                  return makeError(ErrorKind::InvalidArgument,
                                   tr("There is no good face sample to store; capture again."));
              for (const EnrollmentTemplate &t : templates) {
                  if (!t.faceTemplate.isValid() || t.faceTemplate.engine() != m_gallery.engine())
                      return makeError(ErrorKind::InvalidArgument,
                                       tr("A face sample was made by another face engine; capture again."));
              }
              TRY_ASSIGN(const std::optional<Duplicate> duplicate, findDuplicateIn(work, templates));
              if (duplicate && policy == DuplicatePolicy::Refuse)
                  return makeError(ErrorKind::Policy,
                                   tr("This face already matches resident %1 (id %2, score %3); nothing was saved. "
                                      "A manager must decide whether this is a different person.")
                                       .arg(duplicate->name)
                                       .arg(duplicate->residentId)
                                       .arg(double(duplicate->score), 0, 'f', 2));
              QList<StoredTemplate> stored;
              for (const EnrollmentTemplate &t : templates)
                  stored << GalleryService::toStored(t.faceTemplate, t.quality);
              std::optional<ResidentService::AcceptedDuplicate> accepted;
              if (duplicate)
                  accepted = ResidentService::AcceptedDuplicate { duplicate->residentId, duplicate->score };
              return ResidentService::enrollIn(work, resident, consent, stored, signaturePng, accepted);
          });
    if (!saved)
        return saved;
    for (int i = 0; i < saved->templateIds.size(); ++i) {
        // The store is the truth; a gallery that refuses a row is reloaded rather than left incomplete.
        if (!m_gallery.add(saved->templateIds.at(i), saved->residentId,
                           templates.at(static_cast<size_t>(i)).faceTemplate)) {
            (void)m_gallery.load();
            break;
        }
    }
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
