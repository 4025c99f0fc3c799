#include "domain/LivenessMode.h"

namespace consentry {

QString LivenessPolicy::key(LivenessMode mode)
{
    switch (mode) {
    case LivenessMode::Off: return QStringLiteral("off");
    case LivenessMode::ReviewBand: return QStringLiteral("review_band");
    case LivenessMode::Always: return QStringLiteral("always");
    }
    return QString();
}

std::optional<LivenessMode> LivenessPolicy::fromKey(const QString &key)
{
    for (LivenessMode mode : { LivenessMode::Off, LivenessMode::ReviewBand, LivenessMode::Always }) {
        if (key == LivenessPolicy::key(mode))
            return mode;
    }
    return std::nullopt;
}

QString LivenessPolicy::displayName(LivenessMode mode)
{
    switch (mode) {
    case LivenessMode::Off: return tr("Off");
    case LivenessMode::ReviewBand: return tr("At enrollment and for uncertain matches");
    case LivenessMode::Always: return tr("At enrollment and every face verification");
    }
    return QString();
}

QString LivenessPolicy::explanation(LivenessMode mode)
{
    switch (mode) {
    case LivenessMode::Off:
        return tr("No liveness check: a photo held up to the camera is not detected. Staff must look at the person "
                  "themselves.");
    case LivenessMode::ReviewBand:
        return tr("Before the pictures for enrollment are taken, and when a face result needs a manual review, the "
                  "person is asked to turn the head or blink.");
    case LivenessMode::Always:
        return tr("Before the pictures for enrollment are taken and before every face verification, the person is "
                  "asked to turn the head or blink.");
    }
    return QString();
}

} // namespace consentry
