#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace consentry {

// The upper tail of impostor scores — one template against one template of another person — as an
// exponential tail (peaks over a threshold): P(score >= t) = share · exp(−(t − from) / meanExcess) for
// t >= from. Fitted where data is plentiful (the development set, a large site gallery) and used to
// extrapolate to the tiny per-comparison rates a large gallery needs. Exponential is the conservative
// choice for cosine scores, whose true tail falls faster (docs/adr/0005-open-set-thresholds.md).
struct ImpostorTail {
    float from = 1.0f; // where the fitted tail starts
    double share = 0; // of impostor pairs scoring at or above `from`
    double meanExcess = 0; // mean of (score − from) over those pairs: the tail's scale
    qint64 pairs = 0; // impostor pairs the fit saw
    QString source; // where they came from, for people ("lfw-dev, 4.7 M pairs", "this site's gallery")

    bool isValid() const { return share > 0 && share < 1 && meanExcess > 0 && pairs > 0; }
    // The share of impostor pairs at or above `threshold` (the model; `share` or more below `from`).
    double far(float threshold) const;
    // The lowest score whose modelled share is at most `far` (`from` when `far` >= share).
    float thresholdForFar(double far) const;

    // Fits the tail to impostor scores: `from` is the score the top `tailShare` of them reach, raised
    // so that at least kMinTailScores lie in the tail. Policy error when there are too few scores.
    static Result<ImpostorTail> fit(std::vector<float> scores, double tailShare = 1e-3);
    static constexpr int kMinTailScores = 100;
    static constexpr double kMaxTailShare = 1e-2; // a "tail" of more than 1 % would not be a tail

    QJsonObject toJson() const; // {"from", "share", "mean_excess", "pairs", "source"}
    static Result<ImpostorTail> fromJson(const QJsonObject &object);
};

} // namespace consentry
