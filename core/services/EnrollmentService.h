#pragma once

#include "Result.h"
#include "domain/Consent.h"
#include "domain/Receipts.h"
#include "domain/Resident.h"
#include "domain/StoredTemplate.h"
#include "vision/FaceTemplate.h"

#include <QCoreApplication>
#include <QList>

#include <optional>
#include <vector>

namespace consentry {

class GalleryService;
class UnitOfWork;
class Vault;

// One sample that enrollment will store: the template (never the picture) and its quality.
struct EnrollmentTemplate {
    FaceTemplate faceTemplate;
    double quality = 0.0; // sharpness of the face (QualityReport::sharpness)
};

// The end of every enrollment, from the wizard or from a paper consent (`consentry-cli enroll`): the
// duplicate check against the gallery and the records (ResidentService::enrollIn: resident, consent,
// signature, templates, audit events, a manager's duplicate decision) in one unit of work, then the
// in-memory gallery. A refusal is recorded with its
// alternative and nothing biometric. Nothing is stored before save: cancelling a capture leaves nothing.
class EnrollmentService
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentService)

public:
    struct Duplicate {
        qint64 residentId = 0;
        QString name;
        float score = 0;
    };
    enum class DuplicatePolicy {
        Refuse, // a face that matches another resident is not enrolled
        ManagerOverride, // a manager has looked and decided it is a different person (twins, relatives)
    };

    EnrollmentService(Vault &vault, GalleryService &gallery);

    // The resident (if any) whose templates match any of `templates` at or above the gallery's threshold:
    // the best-scoring one. Staff and manager.
    // `exclude`: a person left out of the search (re-enrollment: the person themselves).
    Result<std::optional<Duplicate>> findDuplicate(const std::vector<EnrollmentTemplate> &templates,
                                                   std::optional<qint64> exclude = std::nullopt) const;

    // Granted consent and its templates, all or nothing; the gallery learns them after the commit.
    // A duplicate is refused (Policy, naming the resident) unless a manager overrides.
    Result<EnrollmentReceipt> enroll(const Resident &resident, const Consent &consent,
                                     const std::vector<EnrollmentTemplate> &templates, const QByteArray &signaturePng,
                                     DuplicatePolicy policy = DuplicatePolicy::Refuse);
    // A declined consent: the person, the decision and the alternative chosen; no face data at all.
    Result<EnrollmentReceipt> recordDeclined(const Resident &resident, const Consent &consent,
                                             const QByteArray &signaturePng);

    // What re-enrolling this resident needs first: a renewed consent when no grant is in force (withdrawn,
    // declined, ended by the retention rule), when the grant was given on an older notice, or when the stored
    // face data was made by another engine than the one in use (a change of method). `reason` says which, in
    // the user's language. Staff and manager.
    struct ReenrollmentNeeds {
        bool consent = false;
        QString reason;
    };
    Result<ReenrollmentNeeds> reenrollmentNeeds(qint64 residentId) const;
    // New samples for an existing resident: `renewed` (required when reenrollmentNeeds says so) recorded, the
    // old templates replaced and the event audited in one unit of work; then the gallery follows. The
    // duplicate check ignores the resident's own templates.
    Result<EnrollmentReceipt> reenroll(qint64 residentId, const std::optional<Consent> &renewed,
                                       const std::vector<EnrollmentTemplate> &templates, const QByteArray &signaturePng,
                                       DuplicatePolicy policy = DuplicatePolicy::Refuse);

    static constexpr int kMinTemplates = 1;

private:
    Result<std::optional<Duplicate>> findDuplicateIn(UnitOfWork &work, const std::vector<EnrollmentTemplate> &templates,
                                                     std::optional<qint64> exclude = std::nullopt) const;
    Result<ReenrollmentNeeds> needsIn(UnitOfWork &work, qint64 residentId) const;
    // What enrollment and re-enrollment both check: enough samples, all of this engine, and no match with another
    // person unless a manager decided it is a different one. The samples as stored, and the match accepted.
    struct Samples {
        QList<StoredTemplate> stored;
        std::optional<Duplicate> duplicate;
    };
    Result<Samples> acceptSamplesIn(UnitOfWork &work, const std::vector<EnrollmentTemplate> &templates,
                                    std::optional<qint64> exclude, DuplicatePolicy policy) const;
    // The saved templates into the gallery in memory (the receipt's ids, in the order of `templates`).
    void addToGallery(const EnrollmentReceipt &saved, const std::vector<EnrollmentTemplate> &templates);
    Vault &m_vault;
    GalleryService &m_gallery;
};

} // namespace consentry
