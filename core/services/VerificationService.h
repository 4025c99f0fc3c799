#pragma once

#include "Result.h"
#include "vision/Gallery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace consentry {

class UnitOfWork;
class Vault;

// Records who was verified, when, how and with what result (Provisions art. 10: the face is never the only
// way through, so the alternatives are recorded the same way). No image and no template is ever stored: the
// face path takes the matches the caller's in-memory Gallery computed, so this service needs no camera.
//
//   auto matches = gallery.search(probe, 3);                              // vision, in the verify screen
//   VerificationService(vault).recordFace(matches.value(), threshold);    // staff, manager
//   VerificationService(vault).recordAlternative(id, Method::IdCard, true);
//
// A verification updates the resident's "last verified" and the matched template's "last matched", and
// appends a "verification" audit event.
class VerificationService
{
    Q_DECLARE_TR_FUNCTIONS(VerificationService)

public:
    enum class Method { Face, IdCard, StaffCheck, Other };
    enum class Outcome { Verified, NotVerified };

    struct Record {
        QDateTime at;
        Method method = Method::Face;
        Outcome outcome = Outcome::NotVerified;
        std::optional<qint64> residentId; // only when verified (a non-match names nobody)
        qint64 templateId = 0; // face path, verified
        float score = 0; // face path: the best score seen
        QString reason; // "match", "below_threshold", "no_face_match", "no_active_consent", "checked"
        qint64 auditEventId = 0;
    };

    explicit VerificationService(Vault &vault);

    // `matches` as Gallery::search returns them (any order); `threshold` from calibration. A best match at or
    // above the threshold verifies its resident if they still hold a grant in force and the template exists.
    Result<Record> recordFace(const std::vector<GalleryMatch> &matches, float threshold); // staff, manager
    // ID card, staff who know the person, or another way the site offers. Method::Face is refused.
    Result<Record> recordAlternative(qint64 residentId, Method method, bool verified); // staff, manager

    static QString methodKey(Method method); // "face", "id_card", "staff_check", "other"
    static std::optional<Method> methodFromKey(const QString &key);
    static QString describe(Method method); // translated

private:
    static Result<Record> store(UnitOfWork &work, Record record);
    Vault &m_vault;
};

} // namespace consentry
