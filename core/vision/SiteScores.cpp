#include "vision/SiteScores.h"

#include "vision/OpenSetThreshold.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace consentry {

int SiteScores::binOf(float score)
{
    if (!std::isfinite(score))
        return 0;
    const int bin = static_cast<int>(std::floor((score - kLow) / (kHigh - kLow) * float(kBins)));
    return std::clamp(bin, 0, kBins - 1);
}

SiteScores SiteScores::measure(const Gallery &gallery, float threshold, qint64 maxImpostorPairs, quint32 seed)
{
    SiteScores s;
    s.threshold = threshold;
    // Genuine: every pair of one person's rows.
    std::unordered_map<qint64, std::vector<int>> rowsOf;
    for (int r = 0; r < gallery.size(); ++r)
        rowsOf[gallery.personOfRow(r)].push_back(r);
    for (const auto &[person, rows] : rowsOf) {
        if (rows.size() < 2)
            continue;
        ++s.peopleWithPairs;
        for (size_t i = 0; i < rows.size(); ++i) {
            for (size_t j = i + 1; j < rows.size(); ++j) {
                const float score = Gallery::dot(gallery.row(rows[i]), gallery.row(rows[j]), gallery.dim());
                ++s.genuine[static_cast<size_t>(binOf(score))];
                ++s.genuinePairs;
                if (score < threshold)
                    ++s.genuineBelow;
            }
        }
    }
    for (float score : OpenSetThreshold::impostorScores(gallery, maxImpostorPairs, seed)) {
        ++s.impostor[static_cast<size_t>(binOf(score))];
        ++s.impostorPairs;
        if (score >= threshold)
            ++s.impostorAtOrAbove;
    }
    return s;
}

} // namespace consentry
