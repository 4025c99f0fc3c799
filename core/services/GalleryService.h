#pragma once

#include "Result.h"
#include "domain/StoredTemplate.h"
#include "vision/DecisionBands.h"
#include "vision/EngineId.h"
#include "vision/FaceTemplate.h"
#include "vision/Gallery.h"
#include "vision/OpenSetThreshold.h"
#include "vision/SiteScores.h"

#include <QCoreApplication>
#include <QReadWriteLock>

#include <vector>

namespace consentry {

class UnitOfWork;
class Vault;

// The active engine's 1:N gallery in memory, loaded from the store and kept
// up to date by enrollment and withdrawal, so enrollment's duplicate check, `identify` and live
// verification all search the same index. Only templates of exactly this engine (name, model SHA-256,
// length) are loaded: another engine's numbers are never compared. Searches may run from several
// threads; changes take the write lock.
//
// threshold() is the open-set identification threshold of the gallery as it is now (OpenSetThreshold):
// the model card's per-comparison threshold raised so that at most `targetFpir` of strangers would match
// someone among this many templates, from the development data's impostor tail and, once there are
// enough pairs, the site's own. It is re-computed when the gallery has grown or shrunk by a tenth.
//
//   GalleryService gallery(vault, pipeline.engine(), pipeline.embedder().defaultThreshold(),
//                          pipeline.embedder().impostorTail());
//   gallery.load();                         // staff, manager
//   auto best = gallery.search(probe, 3);   // residents, best first; accept best.score >= threshold()
class GalleryService
{
    Q_DECLARE_TR_FUNCTIONS(GalleryService)

public:
    // `floor`: the model's per-comparison threshold; `development`: its impostor tail (may be invalid).
    GalleryService(Vault &vault, const EngineId &engine, float floor, const ImpostorTail &development = ImpostorTail(),
                   double targetFpir = OpenSetThreshold::kDefaultTargetFpir);

    // (Re)reads every template of the engine from the store. Verify permission (staff, manager).
    Status load();
    Status loadIn(UnitOfWork &work); // the same inside another service's work (no role check of its own)
    bool isLoaded() const;
    // Forgets everything held in memory (the store is being locked).
    void clear();

    const EngineId &engine() const { return m_engine; }
    float threshold() const; // accept a 1:N match when score >= threshold
    // The same with how it was reached (floor, development and site thresholds, expected FPIR).
    IdentificationThreshold identificationThreshold() const;
    // What the threshold would be for a gallery of `templates` (e.g. to show where it is heading).
    IdentificationThreshold identificationThresholdAt(qint64 templates) const;
    DecisionBands bands() const; // accept / review / no match around threshold()
    // One-to-one verification compares with one person's templates only, so the per-comparison threshold of
    // the model applies (no open-set correction): DecisionBands::fromThreshold(floor).
    DecisionBands verificationBands() const;
    // The gallery's genuine and impostor score distributions at threshold() (the dashboard). Counts only; runs
    // on any thread under the read lock (a few gallery scans). Empty until loaded.
    SiteScores siteScores() const;
    int templateCount() const;
    int residentCount() const;
    int skippedOnLoad() const { return m_skipped; } // stored rows of this engine's name that did not fit

    Result<std::vector<GalleryMatch>> search(const FaceTemplate &probe, int k) const;
    // One-to-one (Provisions art. 4): the probe against the templates of the person staff named, and no one
    // else's. Empty when that person holds no template of this engine (withdrawn, purged, another engine).
    Result<std::vector<GalleryMatch>> compareWith(qint64 residentId, const FaceTemplate &probe) const;
    // After a committed enrollment / withdrawal.
    Status add(qint64 templateId, qint64 residentId, const FaceTemplate &faceTemplate);
    int removeResident(qint64 residentId);
    // Reads these residents' templates of this engine again (none after a withdrawal, deletion or purge), so
    // the gallery follows the store; the GUI calls it from the ChangeFeed. Verify permission; no-op until
    // loaded.
    Status refreshResidents(const QList<qint64> &residentIds);

    // The store's record of a template and back. fromStored refuses a record of another engine.
    static StoredTemplate toStored(const FaceTemplate &faceTemplate, double quality);
    static Result<FaceTemplate> fromStored(const StoredTemplate &stored, const EngineId &engine);

private:
    void refreshThreshold(bool force); // with the write lock held

    Vault &m_vault;
    EngineId m_engine;
    float m_floor;
    ImpostorTail m_development;
    double m_targetFpir;
    IdentificationThreshold m_identification;
    mutable QReadWriteLock m_lock;
    Gallery m_gallery;
    bool m_loaded = false;
    int m_skipped = 0;
};

} // namespace consentry
