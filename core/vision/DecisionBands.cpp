#include "vision/DecisionBands.h"

namespace consentry {

namespace {
constexpr float kAcceptShare = 0.25f; // of the range above the threshold that still asks for a second look
constexpr float kSamePersonFactor = 0.6f;
} // namespace

DecisionBands DecisionBands::fromThreshold(float threshold)
{
    DecisionBands bands;
    bands.match = threshold;
    bands.accept = threshold + (1.0f - threshold) * kAcceptShare;
    bands.samePerson = threshold * kSamePersonFactor;
    return bands;
}

DecisionBands DecisionBands::forIdentification(float floor, float openSet)
{
    DecisionBands bands = fromThreshold(floor);
    if (openSet > bands.accept)
        bands.accept = openSet;
    return bands;
}

DecisionBands::Band DecisionBands::classify(float score) const
{
    if (!(score >= match))
        return Band::NoMatch;
    return score >= accept ? Band::Accept : Band::Review;
}

} // namespace consentry
