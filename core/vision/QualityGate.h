#pragma once

#include "vision/DetectedFace.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace consentry {

// Why a frame is not good enough for enrollment or verification.
enum class QualityIssue {
    NoFace,
    MultipleFaces,
    TooSmall, // eyes too close together in pixels: the person is too far away
    OffFrame, // the face is cut by the frame's edge
    TooDark,
    TooBright,
    TooBlurry, // variance of the Laplacian on the face, at a normalised scale
    Turned, // yaw: the nose is off the eyes' midline
    Tilted, // roll: the eye line is not level
    Nodding, // pitch: the nose is too near the eyes or the mouth
};

struct QualityReport {
    bool passed = false;
    std::vector<QualityIssue> issues;
    QStringList hints; // one translated sentence per issue, in the order of `issues`
    int faceIndex = -1; // the face the measures are about (the largest one)
    double eyeDistance = 0;
    double sharpness = 0;
    double brightness = 0; // mean grey level of the face, 0–255
    double yaw = 0; // nose offset from the eyes' midline, in eye distances
    double rollDegrees = 0;
    double pitch = 0; // (nose − eyes) / (mouth − eyes) along the face's vertical axis
    bool poseKnown = false;
};

// The capture quality gate: exactly one face, large enough, inside the frame, well lit, sharp and
// frontal. Each failure comes with a plain-language hint for the person in front of the camera.
class QualityGate
{
    Q_DECLARE_TR_FUNCTIONS(QualityGate)

public:
    struct Thresholds {
        double minEyeDistance = 36; // pixels; about 60 cm from a 640×480 webcam
        double maxOffFrame = 0.10; // share of the face box outside the frame
        double minBrightness = 60;
        double maxBrightness = 200;
        double minSharpness = 12; // variance of Laplacian with the face scaled to a 64-pixel eye distance
        double maxYaw = 0.25;
        double maxRollDegrees = 15;
        double minPitch = 0.30;
        double maxPitch = 0.80;
    };

    QualityGate() = default;
    explicit QualityGate(const Thresholds &thresholds);
    const Thresholds &thresholds() const { return m_thresholds; }

    QualityReport check(const cv::Mat &bgr, const std::vector<DetectedFace> &faces) const;
    // The measures and issues of one face, ignoring how many faces the frame has.
    QualityReport checkFace(const cv::Mat &bgr, const DetectedFace &face) const;

    static QString hint(QualityIssue issue);

private:
    Thresholds m_thresholds;
};

} // namespace consentry
