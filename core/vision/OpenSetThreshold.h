#pragma once

#include "vision/Gallery.h"
#include "vision/ImpostorTail.h"

#include <QCoreApplication>

#include <limits>

namespace consentry {

// The identification threshold of one gallery: accept a 1:N match at or above `threshold`.
struct IdentificationThreshold {
    enum class Basis {
        Floor, // the model's own threshold (the gallery is small enough that it already meets the target)
        Development, // the development set's impostor tail at this gallery's size
        Site, // this site's own impostor tail at this gallery's size
    };

    float threshold = 0;
    Basis basis = Basis::Floor;
    double targetFpir = 0; // at most this share of strangers matched to someone
    qint64 templates = 0; // gallery size it holds for (a stranger is compared with every template)
    double expectedFpir = 0; // the larger of the two tails' predictions at `threshold`
    float floor = 0; // never lower than the model card's per-comparison threshold
    float development = std::numeric_limits<float>::quiet_NaN(); // from the development tail alone
    float site = std::numeric_limits<float>::quiet_NaN(); // from the site's tail alone; NaN: too few pairs yet
    ImpostorTail siteTail; // invalid until the gallery has enough pairs of different people
};

// Open-set identification: a stranger compared with a gallery of M templates is wrongly matched when
// any of the M comparisons reaches the threshold, so the false-positive identification rate is
// FPIR = 1 − (1 − FAR(t))^M and grows with the gallery. For a target FPIR the per-comparison FAR must
// fall to about target / M (1e-3 / 100,000 = 1e-8); the threshold for that comes from the impostor
// tails of the development data (shipped on the model card) and of the site's own gallery — whichever
// is higher — and never below the card's per-comparison threshold. GalleryService re-computes it as the
// gallery grows. ADR: docs/adr/0005-open-set-thresholds.md.
//
//   IdentificationThreshold t = OpenSetThreshold::compute(gallery, card.matchThreshold, card.impostorTail);
//   accept = best.score >= t.threshold;
class OpenSetThreshold
{
    Q_DECLARE_TR_FUNCTIONS(OpenSetThreshold)

public:
    static constexpr double kDefaultTargetFpir = 1e-3;
    static constexpr qint64 kDefaultMaxPairs = 1000000; // site tail: pairs scored at most (sampled above)

    // 1 − (1 − tail.far(threshold))^templates.
    static double fpir(const ImpostorTail &tail, float threshold, qint64 templates);
    // The lowest threshold at which a gallery of `templates` keeps FPIR at or below `targetFpir`.
    static float threshold(const ImpostorTail &tail, qint64 templates, double targetFpir);

    // The impostor tail of the site's own gallery: scores of template pairs of different people (every
    // pair, or `maxPairs` of them from rows drawn with `seed`). Policy error while there are too few.
    static Result<ImpostorTail> siteTail(const Gallery &gallery, qint64 maxPairs = kDefaultMaxPairs, quint32 seed = 1);
    // The scores siteTail() fits: template pairs of different people, every pair or about `maxPairs` of them
    // (probe rows drawn with `seed`, each scored against every other row). Also the dashboard's impostor
    // distribution (SiteScores).
    static std::vector<float> impostorScores(const Gallery &gallery, qint64 maxPairs = kDefaultMaxPairs,
                                             quint32 seed = 1);

    // The gallery's identification threshold for `templates` (default: the gallery's size), from the
    // floor, the development tail (may be invalid: then floor and site only) and the site's own tail.
    static IdentificationThreshold compute(const Gallery &gallery, float floor, const ImpostorTail &development,
                                           double targetFpir = kDefaultTargetFpir, qint64 templates = -1);
    // The same without a gallery (e.g. "what would it be at 100,000 templates?").
    static IdentificationThreshold compute(qint64 templates, float floor, const ImpostorTail &development,
                                           const ImpostorTail &site = ImpostorTail(),
                                           double targetFpir = kDefaultTargetFpir);
};

} // namespace consentry
