#pragma once

#include "vision/FaceDetector.h"

#include <QStringList>

#include <opencv2/objdetect.hpp>

namespace consentry {

// The classical fallback detector: OpenCV's LBP frontal-face cascade from Debian's opencv-data
// (lbpcascades/, next to haarcascades/), or its Haar frontal-face cascade where the LBP one is missing.
// The LBP cascade finds a desk-sized face in a 640×480 frame about six times faster than the Haar one,
// and the templates made from its boxes are as good (docs/BENCHMARKS-vision.md). A cascade gives no
// landmarks: eyes, nose and mouth are placed at their usual proportions in the box, landmarksMeasured
// stays false and head pose is treated as unknown. (An eye cascade used to move the eyes; measured on
// lfw-dev it made the templates slightly worse and cost 2–3 ms, so it is gone.)
class HaarDetector final : public FaceDetector
{
    Q_DECLARE_TR_FUNCTIONS(HaarDetector)

public:
    // CONSENTRY_HAAR_DIR (found by CMake), the same environment variable, then the usual install places;
    // each is a haarcascades folder, and its sibling lbpcascades folder is searched first.
    static QStringList defaultSearchDirs();
    enum class Cascade { Lbp, Haar }; // Lbp: the LBP file, or the Haar one where it is missing
    static Result<std::unique_ptr<HaarDetector>> create(const QStringList &searchDirs, Cascade cascade = Cascade::Lbp);

    QString id() const override { return m_id; } // "lbp-frontalface" or "haar-frontalface-default"
    QString modelSha256() const override { return m_sha256; }
    bool isFallback() const override { return true; }
    Result<std::vector<DetectedFace>> detect(const cv::Mat &bgr) override;

private:
    HaarDetector() = default;

    cv::CascadeClassifier m_face;
    QString m_id;
    QString m_sha256;
};

} // namespace consentry
