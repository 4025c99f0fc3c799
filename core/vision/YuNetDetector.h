#pragma once

#include "vision/FaceDetector.h"
#include "vision/ModelRegistry.h"

#include <opencv2/objdetect/face.hpp>

namespace consentry {

// OpenCV's cv::FaceDetectorYN with the YuNet 2022mar ONNX model: box, five landmarks and a score.
// Frames larger than the card's max_side are scaled down for detection (speed) and the results scaled back.
class YuNetDetector final : public FaceDetector
{
    Q_DECLARE_TR_FUNCTIONS(YuNetDetector)

public:
    static Result<std::unique_ptr<YuNetDetector>> create(const ResolvedModel &model);

    QString id() const override { return m_card.id; }
    QString modelSha256() const override { return m_card.sha256; }
    bool isFallback() const override { return false; }
    Result<std::vector<DetectedFace>> detect(const cv::Mat &bgr) override;

    void setMaxSide(int maxSide) { m_maxSide = maxSide; }

private:
    explicit YuNetDetector(const ModelCard &card);
    ModelCard m_card;
    cv::Ptr<cv::FaceDetectorYN> m_net;
    cv::Size m_inputSize;
    int m_maxSide = 640;
};

} // namespace consentry
