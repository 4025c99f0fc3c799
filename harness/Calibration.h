#pragma once

#include "Result.h"
#include "vision/Gallery.h"

#include <QCoreApplication>

namespace consentry {

struct CalibrationResult {
    float threshold = 0; // accept when score >= threshold
    double targetFar = 0;
    double measuredFar = 0; // share of impostor comparisons at or above the threshold
    qint64 impostorComparisons = 0;
    int persons = 0;
};

// Sets the decision threshold from the site's own gallery: the impostor scores are the scores between
// different persons (person vs person = max over their templates, the same rule Gallery::search uses),
// and the threshold is the score that at most `targetFar` of them reach. Needs enough people: at least
// 10/targetFar comparisons, or it refuses (keep the card's threshold until the gallery grows).
class Calibration
{
    Q_DECLARE_TR_FUNCTIONS(Calibration)

public:
    // Large galleries are sampled: at most `maxProbePersons` persons (chosen with `seed`) are compared
    // with everyone else.
    static Result<CalibrationResult> thresholdForFar(const Gallery &gallery, double targetFar,
                                                     int maxProbePersons = 1000, quint32 seed = 1);
    // The threshold that lets at most `targetFar` of `impostorScores` through (sorts a copy).
    static float thresholdFromImpostors(std::vector<float> impostorScores, double targetFar);
};

} // namespace consentry
