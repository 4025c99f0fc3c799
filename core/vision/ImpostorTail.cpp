#include "vision/ImpostorTail.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <limits>

namespace consentry {

double ImpostorTail::far(float threshold) const
{
    if (!isValid())
        return 1.0;
    return std::min(1.0, share * std::exp(-(double(threshold) - double(from)) / meanExcess));
}

float ImpostorTail::thresholdForFar(double wanted) const
{
    if (!isValid() || wanted >= share)
        return from;
    if (!(wanted > 0))
        return std::numeric_limits<float>::infinity();
    return static_cast<float>(double(from) + meanExcess * std::log(share / wanted));
}

Result<ImpostorTail> ImpostorTail::fit(std::vector<float> scores, double tailShare)
{
    scores.erase(std::remove_if(scores.begin(), scores.end(), [](float s) { return !std::isfinite(s); }), scores.end());
    const size_t n = scores.size();
    const size_t wanted = static_cast<size_t>(std::ceil(std::max(0.0, tailShare) * double(n)));
    const size_t k = std::max<size_t>(wanted, kMinTailScores);
    if (n == 0 || double(k) / double(n) > kMaxTailShare)
        return makeError(ErrorKind::Policy,
                         QCoreApplication::translate("OpenSetThreshold",
                                                     "There are too few comparisons between different people (%1) "
                                                     "to measure how high impostor scores reach; %2 are needed.")
                             .arg(n)
                             .arg(static_cast<qint64>(std::ceil(kMinTailScores / kMaxTailShare))));
    // The k highest scores, highest first; the k-th is where the tail starts.
    std::nth_element(scores.begin(), scores.begin() + static_cast<std::ptrdiff_t>(k - 1), scores.end(),
                     std::greater<float>());
    ImpostorTail tail;
    tail.from = scores[k - 1];
    double excess = 0;
    for (size_t i = 0; i < k; ++i)
        excess += double(scores[i]) - double(tail.from);
    tail.share = double(k) / double(n);
    tail.meanExcess = excess / double(k);
    tail.pairs = static_cast<qint64>(n);
    if (!(tail.meanExcess > 0)) // every tail score equal: nothing to extrapolate from
        return makeError(ErrorKind::Policy,
                         QCoreApplication::translate("OpenSetThreshold",
                                                     "The impostor scores are all equal, so their tail cannot be "
                                                     "measured."));
    return tail;
}

QJsonObject ImpostorTail::toJson() const
{
    return QJsonObject { { QStringLiteral("from"), double(from) },
                         { QStringLiteral("share"), share },
                         { QStringLiteral("mean_excess"), meanExcess },
                         { QStringLiteral("pairs"), double(pairs) },
                         { QStringLiteral("source"), source } };
}

Result<ImpostorTail> ImpostorTail::fromJson(const QJsonObject &object)
{
    ImpostorTail tail;
    tail.from = static_cast<float>(object.value(QStringLiteral("from")).toDouble(2.0));
    tail.share = object.value(QStringLiteral("share")).toDouble();
    tail.meanExcess = object.value(QStringLiteral("mean_excess")).toDouble();
    tail.pairs = static_cast<qint64>(object.value(QStringLiteral("pairs")).toDouble());
    tail.source = object.value(QStringLiteral("source")).toString();
    if (!tail.isValid() || !std::isfinite(tail.from) || std::abs(tail.from) > 1.0f || tail.meanExcess > 1.0)
        return makeError(ErrorKind::Data,
                         QCoreApplication::translate("OpenSetThreshold",
                                                     "The impostor tail (from, share, mean_excess, pairs) is "
                                                     "missing or out of range."));
    return tail;
}

} // namespace consentry
