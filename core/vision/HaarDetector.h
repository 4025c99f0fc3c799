#pragma once

#include "vision/FaceDetector.h"

#include <QStringList>

#include <opencv2/objdetect.hpp>

namespace consentry {

// The classical fallback detector: OpenCV's frontal-face Haar cascade (Debian's opencv-data). It gives
// no landmarks, so eyes come from the eye cascade when it finds two plausible ones, otherwise from the
// box's usual proportions; landmarksMeasured stays false and head pose is treated as unknown.
class HaarDetector final : public FaceDetector
{
    Q_DECLARE_TR_FUNCTIONS(HaarDetector)

public:
    // CONSENTRY_HAAR_DIR (found by CMake), the same environment variable, then the usual install places.
    static QStringList defaultSearchDirs();
    static Result<std::unique_ptr<HaarDetector>> create(const QStringList &searchDirs);

    QString id() const override { return QStringLiteral("haar-frontalface-default"); }
    QString modelSha256() const override { return m_sha256; }
    bool isFallback() const override { return true; }
    Result<std::vector<DetectedFace>> detect(const cv::Mat &bgr) override;

private:
    HaarDetector() = default;
    void placeLandmarks(const cv::Mat &grey, DetectedFace &face);

    cv::CascadeClassifier m_face;
    cv::CascadeClassifier m_eyes; // may be empty
    QString m_sha256;
};

} // namespace consentry
