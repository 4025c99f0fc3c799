#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace consentry {

// When the presentation-attack check (活体检测, vision/LivenessCheck) runs. A site setting kept in the
// encrypted store; a manager changes it.
//   Off         never (the check is not asked for anywhere)
//   ReviewBand  at enrollment, and at verification when the face result is in the manual-review band
//   Always      at enrollment and before every face verification
enum class LivenessMode { Off, ReviewBand, Always };

class LivenessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(LivenessPolicy)

public:
    static constexpr LivenessMode kDefault = LivenessMode::ReviewBand;

    static QString key(LivenessMode mode); // "off", "review_band", "always" (stored)
    static std::optional<LivenessMode> fromKey(const QString &key);
    static QString displayName(LivenessMode mode); // translated, for the settings list
    static QString explanation(LivenessMode mode); // translated, one sentence: what the resident will see

    // Enrollment stores templates that are used for years: whenever the check is on, it runs there.
    static bool requiredForEnrollment(LivenessMode mode) { return mode != LivenessMode::Off; }
    // Verification: always, or only for a face result in the manual-review band.
    static bool requiredForVerification(LivenessMode mode, bool inReviewBand)
    {
        return mode == LivenessMode::Always || (mode == LivenessMode::ReviewBand && inReviewBand);
    }
};

} // namespace consentry
