#include "harness/Calibration.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <unordered_map>

namespace consentry {

float Calibration::thresholdFromImpostors(std::vector<float> scores, double targetFar)
{
    if (scores.empty())
        return 1.0f;
    std::sort(scores.begin(), scores.end(), std::greater<float>());
    // Allowed false accepts: floor(far·n). The threshold sits just above the next impostor score.
    const size_t allowed = static_cast<size_t>(std::floor(targetFar * static_cast<double>(scores.size())));
    if (allowed >= scores.size())
        return -1.0f;
    return std::nextafter(scores[allowed], std::numeric_limits<float>::infinity());
}

Result<CalibrationResult> Calibration::thresholdForFar(const Gallery &gallery, double targetFar, int maxProbePersons,
                                                       quint32 seed)
{
    if (!(targetFar > 0 && targetFar < 1))
        return makeError(ErrorKind::InvalidArgument, tr("The target false-accept rate must be between 0 and 1."));

    // Rows of each person, persons in a stable order.
    std::unordered_map<qint64, std::vector<int>> rowsOf;
    std::vector<qint64> persons;
    for (int r = 0; r < gallery.size(); ++r) {
        auto &rows = rowsOf[gallery.personOfRow(r)];
        if (rows.empty())
            persons.push_back(gallery.personOfRow(r));
        rows.push_back(r);
    }
    std::sort(persons.begin(), persons.end());
    const double n = static_cast<double>(persons.size());
    const double possible = n * (n - 1) / 2;
    const double needed = std::ceil(10.0 / targetFar);
    if (possible < needed)
        return makeError(ErrorKind::Policy,
                         tr("The gallery has %1 people, too few to calibrate for this false-accept rate (it needs "
                            "at least %2 comparisons between different people); keep the model's threshold for now.")
                             .arg(persons.size())
                             .arg(static_cast<qint64>(needed)));

    std::vector<qint64> probes = persons;
    if (static_cast<int>(probes.size()) > maxProbePersons) {
        std::mt19937 random(seed);
        std::shuffle(probes.begin(), probes.end(), random);
        probes.resize(static_cast<size_t>(maxProbePersons));
    }
    std::unordered_map<qint64, int> order;
    for (size_t i = 0; i < persons.size(); ++i)
        order.emplace(persons[i], static_cast<int>(i));
    std::vector<char> isProbe(persons.size(), 0);
    for (qint64 p : probes)
        isProbe[static_cast<size_t>(order[p])] = 1;

    std::vector<int> rowOrder(static_cast<size_t>(gallery.size()));
    for (int r = 0; r < gallery.size(); ++r)
        rowOrder[static_cast<size_t>(r)] = order[gallery.personOfRow(r)];

    std::vector<float> impostors;
    std::vector<float> scores(static_cast<size_t>(gallery.size()));
    std::vector<float> best(persons.size());
    for (qint64 probe : probes) {
        std::fill(best.begin(), best.end(), -std::numeric_limits<float>::infinity());
        for (int r : rowsOf[probe]) {
            gallery.scoreAll(gallery.row(r), scores.data());
            for (int g = 0; g < gallery.size(); ++g) {
                float &b = best[static_cast<size_t>(rowOrder[static_cast<size_t>(g)])];
                b = std::max(b, scores[static_cast<size_t>(g)]);
            }
        }
        const int self = order[probe];
        for (size_t q = 0; q < persons.size(); ++q) {
            // Each unordered pair once: skip the pair if the other person is a probe that comes first.
            if (static_cast<int>(q) == self || (isProbe[q] && static_cast<int>(q) < self))
                continue;
            impostors.push_back(best[q]);
        }
    }
    if (static_cast<double>(impostors.size()) < needed)
        return makeError(ErrorKind::Policy,
                         tr("Too few comparisons between different people (%1) to calibrate for this false-accept "
                            "rate; keep the model's threshold for now.")
                             .arg(impostors.size()));

    CalibrationResult result;
    result.targetFar = targetFar;
    result.persons = static_cast<int>(persons.size());
    result.impostorComparisons = static_cast<qint64>(impostors.size());
    result.threshold = thresholdFromImpostors(impostors, targetFar);
    const auto accepted
        = std::count_if(impostors.begin(), impostors.end(), [&](float s) { return s >= result.threshold; });
    result.measuredFar = static_cast<double>(accepted) / static_cast<double>(impostors.size());
    return result;
}

} // namespace consentry
