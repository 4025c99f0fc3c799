#pragma once

#include "vision/FaceAligner.h"
#include "vision/FaceEmbedder.h"
#include "vision/ModelRegistry.h"

#include <opencv2/dnn.hpp>

namespace consentry {

// A face embedding network driven entirely by its model card: alignment template, input size, channel
// order, scale and mean, output length. Used for face-reid-retail-0095 and SFace (the network
// cv::FaceRecognizerSF runs, fed the same way).
class DnnEmbedder final : public FaceEmbedder
{
    Q_DECLARE_TR_FUNCTIONS(DnnEmbedder)

public:
    static Result<std::unique_ptr<DnnEmbedder>> create(const ResolvedModel &model);

    const EngineId &engine() const override { return m_engine; }
    bool isFallback() const override { return false; }
    float defaultThreshold() const override { return m_card.matchThreshold; }
    ImpostorTail impostorTail() const override { return m_card.impostorTail; }
    cv::Mat alignedCrop(const cv::Mat &bgr, const DetectedFace &face) const override;
    Result<FaceTemplate> embed(const cv::Mat &bgr, const DetectedFace &face) override;
    const ModelCard &card() const { return m_card; }

private:
    explicit DnnEmbedder(const ModelCard &card);
    Result<FaceTemplate> run(const cv::Mat &crop);

    ModelCard m_card;
    EngineId m_engine;
    FaceAligner m_aligner;
    cv::dnn::Net m_net;
};

} // namespace consentry
