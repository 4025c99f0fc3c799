#pragma once

#include "vision/Gallery.h"

#include <QtGlobal>

#include <vector>

namespace consentry {

// The site's own score distributions, for the manager to see whether the threshold suits this site:
// genuine scores (each resident's template against their other templates) and impostor scores (templates of
// different people, sampled as OpenSetThreshold samples them), as histograms over the cosine range, with
// the threshold and the measured error rates at it:
//   FMR  = impostor pairs scoring at or above the threshold / impostor pairs (per comparison)
//   FNMR = genuine pairs scoring below the threshold / genuine pairs
// Both are measured on the gallery's enrolment samples, which are better than live pictures: FNMR at the
// door is higher. Nothing personal leaves: counts only.
struct SiteScores {
    static constexpr float kLow = -1.0f;
    static constexpr float kHigh = 1.0f;
    static constexpr int kBins = 100; // 0.02 wide

    std::vector<qint64> genuine = std::vector<qint64>(kBins, 0);
    std::vector<qint64> impostor = std::vector<qint64>(kBins, 0);
    qint64 genuinePairs = 0;
    qint64 impostorPairs = 0;
    qint64 genuineBelow = 0; // genuine pairs below the threshold (false non-matches)
    qint64 impostorAtOrAbove = 0; // impostor pairs at or above it (false matches)
    qint64 peopleWithPairs = 0; // residents with two templates or more (the genuine side)
    float threshold = 0;

    static float binLow(int bin) { return kLow + (kHigh - kLow) * float(bin) / float(kBins); }
    static int binOf(float score);
    bool hasGenuine() const { return genuinePairs > 0; }
    bool hasImpostor() const { return impostorPairs > 0; }
    double fmr() const { return impostorPairs > 0 ? double(impostorAtOrAbove) / double(impostorPairs) : 0.0; }
    double fnmr() const { return genuinePairs > 0 ? double(genuineBelow) / double(genuinePairs) : 0.0; }

    // Scores `gallery` (every genuine pair; impostor pairs as OpenSetThreshold::impostorScores draws them).
    static SiteScores measure(const Gallery &gallery, float threshold, qint64 maxImpostorPairs = 1000000,
                              quint32 seed = 1);
};

} // namespace consentry
