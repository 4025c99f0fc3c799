#include "vision/QualityGate.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace consentry {

QualityGate::QualityGate(const Thresholds &thresholds)
    : m_thresholds(thresholds)
{
}

QString QualityGate::hint(QualityIssue issue)
{
    switch (issue) {
    case QualityIssue::NoFace: return tr("No face found: please look at the camera.");
    case QualityIssue::MultipleFaces: return tr("Only one person please.");
    case QualityIssue::TooSmall: return tr("Move closer.");
    case QualityIssue::OffFrame: return tr("Move to the centre of the picture.");
    case QualityIssue::TooDark: return tr("Too dark: turn on a light or face the light.");
    case QualityIssue::TooBright: return tr("Too bright: move out of direct light.");
    case QualityIssue::TooBlurry: return tr("The picture is blurred: hold still, or clean the camera lens.");
    case QualityIssue::Turned: return tr("Face the camera.");
    case QualityIssue::Tilted: return tr("Keep your head straight.");
    case QualityIssue::Nodding: return tr("Look straight ahead, not up or down.");
    }
    return QString();
}

QualityReport QualityGate::checkFace(const cv::Mat &bgr, const DetectedFace &face) const
{
    QualityReport report;
    const Thresholds &t = m_thresholds;
    auto fail = [&report](QualityIssue issue) {
        report.issues.push_back(issue);
        report.hints << hint(issue);
    };

    const cv::Rect2f frame(0, 0, static_cast<float>(bgr.cols), static_cast<float>(bgr.rows));
    const float boxArea = std::max(1.0f, face.box.area());
    const double outside = 1.0 - double((face.box & frame).area()) / boxArea;

    report.eyeDistance = face.eyeDistance();
    const cv::Point2f rightEye = face.landmarks[DetectedFace::RightEye];
    const cv::Point2f leftEye = face.landmarks[DetectedFace::LeftEye];
    const cv::Point2f eyeMid = (rightEye + leftEye) * 0.5f;
    const cv::Point2f mouthMid
        = (face.landmarks[DetectedFace::RightMouth] + face.landmarks[DetectedFace::LeftMouth]) * 0.5f;
    const cv::Point2f nose = face.landmarks[DetectedFace::NoseTip];
    const double roll = std::atan2(double(leftEye.y - rightEye.y), double(leftEye.x - rightEye.x));
    report.rollDegrees = roll * 180.0 / CV_PI;

    // Yaw and pitch in the face's own frame (roll removed): x along the eye line, y down the face.
    report.poseKnown = face.landmarksMeasured && report.eyeDistance > 1;
    if (report.poseKnown) {
        const double c = std::cos(-roll), s = std::sin(-roll);
        auto rotate = [&](cv::Point2f p) {
            const double x = p.x - eyeMid.x, y = p.y - eyeMid.y;
            return cv::Point2d(c * x - s * y, s * x + c * y);
        };
        const cv::Point2d n = rotate(nose), m = rotate(mouthMid);
        report.yaw = n.x / report.eyeDistance;
        report.pitch = m.y > 1e-6 ? n.y / m.y : 0.0;
    }

    // Light and sharpness on the face itself, at a fixed scale so that distance does not change the measure.
    const cv::Rect roi = cv::Rect(face.box) & cv::Rect(0, 0, bgr.cols, bgr.rows);
    if (roi.width >= 4 && roi.height >= 4) {
        cv::Mat grey;
        cv::cvtColor(bgr(roi), grey, cv::COLOR_BGR2GRAY);
        report.brightness = cv::mean(grey)[0];
        const double scale = report.eyeDistance > 1 ? 64.0 / report.eyeDistance : 1.0;
        cv::Mat normalised;
        cv::resize(grey, normalised, cv::Size(), scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
        cv::Mat laplacian;
        cv::Laplacian(normalised, laplacian, CV_32F);
        cv::Scalar mean, stddev;
        cv::meanStdDev(laplacian, mean, stddev);
        report.sharpness = stddev[0] * stddev[0];
    }

    if (report.eyeDistance < t.minEyeDistance)
        fail(QualityIssue::TooSmall);
    if (outside > t.maxOffFrame)
        fail(QualityIssue::OffFrame);
    if (report.brightness < t.minBrightness)
        fail(QualityIssue::TooDark);
    else if (report.brightness > t.maxBrightness)
        fail(QualityIssue::TooBright);
    if (report.sharpness < t.minSharpness)
        fail(QualityIssue::TooBlurry);
    if (report.poseKnown && std::abs(report.yaw) > t.maxYaw)
        fail(QualityIssue::Turned);
    if (std::abs(report.rollDegrees) > t.maxRollDegrees)
        fail(QualityIssue::Tilted);
    if (report.poseKnown && (report.pitch < t.minPitch || report.pitch > t.maxPitch))
        fail(QualityIssue::Nodding);
    report.passed = report.issues.empty();
    return report;
}

QualityReport QualityGate::check(const cv::Mat &bgr, const std::vector<DetectedFace> &faces) const
{
    if (faces.empty()) {
        QualityReport report;
        report.issues.push_back(QualityIssue::NoFace);
        report.hints << hint(QualityIssue::NoFace);
        return report;
    }
    // The largest face is the one the person at the desk most likely is; its measures are reported either way.
    size_t largest = 0;
    for (size_t i = 1; i < faces.size(); ++i) {
        if (faces[i].box.area() > faces[largest].box.area())
            largest = i;
    }
    QualityReport report = checkFace(bgr, faces[largest]);
    report.faceIndex = static_cast<int>(largest);
    if (faces.size() > 1) {
        report.issues.insert(report.issues.begin(), QualityIssue::MultipleFaces);
        report.hints.prepend(hint(QualityIssue::MultipleFaces));
        report.passed = false;
    }
    return report;
}

} // namespace consentry
