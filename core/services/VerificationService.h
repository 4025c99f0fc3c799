#pragma once

#include "Result.h"
#include "vision/DecisionBands.h"
#include "vision/Gallery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace consentry {

class UnitOfWork;
class Vault;

// Records who was verified, when, how, in which mode and with what result (Provisions art. 10: the face is
// never the only way through, so the alternatives are recorded the same way). No image and no template is
// ever stored: the face path takes the matches the caller's in-memory gallery computed, so this service
// needs no camera.
//
// A face comparison is first only assessed (assess(): accept, manual review or no match from DecisionBands);
// it becomes a recorded verification only when staff confirm it ("确认是本人"), through confirmFace():
//
//   auto matches = gallery.compareWith(residentId, probe);                     // one-to-one
//   auto result = VerificationService::assess(matches.value(), gallery.verificationBands(),
//                                             VerificationService::Mode::OneToOne, residentId);
//   ... staff look at the person and the result ...
//   VerificationService(vault).confirmFace(result);                            // staff, manager
//   VerificationService(vault).recordAlternative(id, Method::IdCard, true);
//
// Each verification is one row of verification_records (kept for the site's verification_record_days, then
// deleted by the scheduled purge) and one "verification" audit event that names the record's number, the
// mode, method and result, but not the person: the audit chain is kept for good and must not become a
// movement trail. "Last verified" on the resident and "last matched" on the template are updated.
class VerificationService
{
    Q_DECLARE_TR_FUNCTIONS(VerificationService)

public:
    enum class Method { Face, IdCard, StaffCheck, Other };
    enum class Outcome { Verified, NotVerified };
    // One-to-one: against the templates of the person staff named (the less intrusive way, Provisions
    // art. 4). One-to-many: the whole gallery is searched.
    enum class Mode { OneToOne, OneToMany };

    // What a face comparison shows, before anyone decides: the band and, unless no match, the candidate.
    struct FaceResult {
        Mode mode = Mode::OneToOne;
        DecisionBands::Band band = DecisionBands::Band::NoMatch;
        std::optional<qint64> residentId; // the candidate (one-to-one: the person named; else the best)
        qint64 templateId = 0;
        float score = 0; // the best score seen (not shown to people)
    };

    struct Record {
        QDateTime at;
        Method method = Method::Face;
        std::optional<Mode> mode; // face path only
        Outcome outcome = Outcome::NotVerified;
        std::optional<qint64> residentId; // only when verified (a non-match names nobody)
        qint64 templateId = 0; // face path, verified
        float score = 0; // face path: the best score seen
        QString reason; // "confirmed_by_staff" (face), "checked" (another way)
        qint64 recordId = 0; // the row of verification_records
        qint64 auditEventId = 0;
    };

    explicit VerificationService(Vault &vault);

    // The three outcomes from the site's bands. `matches` as GalleryService::search / compareWith return them
    // (any order). One-to-one: only a match of `claimed` counts; anyone else's score is ignored.
    static FaceResult assess(const std::vector<GalleryMatch> &matches, const DecisionBands &bands, Mode mode,
                             std::optional<qint64> claimed = std::nullopt);
    // Staff looked at the person and confirmed the face result (accept or manual review): recorded as verified
    // if the candidate still holds a grant in force and the template still exists. A no-match result cannot
    // be confirmed. Staff, manager.
    Result<Record> confirmFace(const FaceResult &result);
    // ID card, staff who know the person, or another way the site offers. Method::Face is refused.
    Result<Record> recordAlternative(qint64 residentId, Method method, bool verified); // staff, manager
    // A search run outside the Verify screen (CLI `identify`): who ran it, when and with what outcome
    // ("match", "unknown", "no_face") and how many faces were searched — no image, no name. Staff, manager.
    Result<qint64> recordIdentification(const QString &outcome, int faces, const QString &source);

    static QString methodKey(Method method); // "face", "id_card", "staff_check", "other"
    static std::optional<Method> methodFromKey(const QString &key);
    static QString describe(Method method); // translated
    static QString modeKey(Mode mode); // "one_to_one", "one_to_many" (as SiteProfile's verification_mode)
    static QString describe(Mode mode); // translated
    // The site's default (SiteProfile::verificationMode); one-to-one when the profile names none.
    static Mode defaultMode(Vault &vault);

private:
    static Result<Record> store(UnitOfWork &work, Record record);
    Vault &m_vault;
};

} // namespace consentry
