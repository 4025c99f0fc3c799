#include "vision/OpenSetThreshold.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace consentry {

double OpenSetThreshold::fpir(const ImpostorTail &tail, float threshold, qint64 templates)
{
    const double p = tail.far(threshold);
    if (p >= 1.0)
        return 1.0;
    // 1 − (1 − p)^M without losing p ≈ 1e-9 to rounding.
    return -std::expm1(double(std::max<qint64>(1, templates)) * std::log1p(-p));
}

float OpenSetThreshold::threshold(const ImpostorTail &tail, qint64 templates, double targetFpir)
{
    const double target = std::clamp(targetFpir, 1e-12, 1.0 - 1e-12);
    const double perComparison = -std::expm1(std::log1p(-target) / double(std::max<qint64>(1, templates)));
    return tail.thresholdForFar(perComparison);
}

std::vector<float> OpenSetThreshold::impostorScores(const Gallery &gallery, qint64 maxPairs, quint32 seed)
{
    const int rows = gallery.size();
    const qint64 allPairs = qint64(rows) * (rows - 1) / 2;
    // Probe rows: all of them (each pair once), or a sample scored against every other row.
    std::vector<int> probes(static_cast<size_t>(std::max(0, rows)));
    std::iota(probes.begin(), probes.end(), 0);
    const bool everyPair = allPairs <= maxPairs;
    if (!everyPair) {
        const size_t wanted = static_cast<size_t>(std::max<qint64>(1, maxPairs / std::max(1, rows - 1)));
        std::mt19937 random(seed);
        std::shuffle(probes.begin(), probes.end(), random);
        probes.resize(std::min(probes.size(), wanted));
        std::sort(probes.begin(), probes.end());
    }
    std::vector<char> isProbe(static_cast<size_t>(rows), 0);
    for (int r : probes)
        isProbe[static_cast<size_t>(r)] = 1;

    std::vector<float> impostor;
    impostor.reserve(static_cast<size_t>(std::min<qint64>(allPairs, maxPairs + rows)));
    std::vector<float> scores(static_cast<size_t>(rows));
    for (int r : probes) {
        gallery.scoreAll(gallery.row(r), scores.data());
        const qint64 person = gallery.personOfRow(r);
        for (int g = 0; g < rows; ++g) {
            // Each unordered pair once: skip a row that is itself a probe and comes first.
            if (g == r || (isProbe[static_cast<size_t>(g)] && g < r) || gallery.personOfRow(g) == person)
                continue;
            impostor.push_back(scores[static_cast<size_t>(g)]);
        }
    }
    return impostor;
}

Result<ImpostorTail> OpenSetThreshold::siteTail(const Gallery &gallery, qint64 maxPairs, quint32 seed)
{
    std::vector<float> impostor = impostorScores(gallery, maxPairs, seed);
    Result<ImpostorTail> fitted = ImpostorTail::fit(std::move(impostor));
    if (!fitted)
        return fitted.error();
    ImpostorTail tail = fitted.value();
    tail.source = tr("this site's gallery");
    return tail;
}

IdentificationThreshold OpenSetThreshold::compute(const Gallery &gallery, float floor, const ImpostorTail &development,
                                                  double targetFpir, qint64 templates)
{
    Result<ImpostorTail> site = siteTail(gallery);
    return compute(templates < 0 ? gallery.size() : templates, floor, development, site ? site.value() : ImpostorTail(),
                   targetFpir);
}

IdentificationThreshold OpenSetThreshold::compute(qint64 templates, float floor, const ImpostorTail &development,
                                                  const ImpostorTail &site, double targetFpir)
{
    IdentificationThreshold result;
    result.targetFpir = targetFpir;
    result.templates = std::max<qint64>(1, templates);
    result.floor = floor;
    result.threshold = floor;
    result.basis = IdentificationThreshold::Basis::Floor;
    if (development.isValid()) {
        result.development = threshold(development, result.templates, targetFpir);
        if (result.development > result.threshold) {
            result.threshold = result.development;
            result.basis = IdentificationThreshold::Basis::Development;
        }
    }
    if (site.isValid()) {
        result.siteTail = site;
        result.site = threshold(site, result.templates, targetFpir);
        if (result.site > result.threshold) {
            result.threshold = result.site;
            result.basis = IdentificationThreshold::Basis::Site;
        }
    }
    for (const ImpostorTail *tail : { &development, &site }) {
        if (tail->isValid())
            result.expectedFpir = std::max(result.expectedFpir, fpir(*tail, result.threshold, result.templates));
    }
    return result;
}

} // namespace consentry
