#pragma once

#include <QCoreApplication>

namespace consentry {

// What a face score means at this site: a confident match (accept), a match that a second check should
// confirm (review), or no match; and, while an enrollment collects its samples, how close a later sample
// must be to the first to show the same person. All from the engine's decision threshold (the model card's,
// or the site's calibration); the screens and the CLI only ask here.
struct DecisionBands {
    enum class Band { Accept, Review, NoMatch };

    float match = 0; // score >= match: the person is recognised
    float accept = 0; // score >= accept: recognised with high confidence; in between: review
    float samePerson = 0; // enrollment capture: cosine of a sample to the first sample of the session

    // Review is the bottom quarter of the range above the threshold; the same-person check of a capture
    // session is looser than a match (the samples differ in pose on purpose).
    static DecisionBands fromThreshold(float threshold);
    // For 1:N identification at a gallery's size: `floor` is the model's per-comparison threshold,
    // `openSet` the threshold that keeps strangers matched to someone under the target rate
    // (OpenSetThreshold). Above the open-set threshold: accept; between the two: review; below the floor:
    // no match. While the gallery is small the two coincide and the bands are fromThreshold(floor)'s.
    static DecisionBands forIdentification(float floor, float openSet);
    Band classify(float score) const; // a score that is not a number is NoMatch
};

} // namespace consentry
