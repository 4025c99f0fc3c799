#pragma once

#include "vision/FaceAligner.h"
#include "vision/FaceEmbedder.h"

namespace consentry {

// The classical fallback template, used when no embedder model is present. On an eye-aligned 96×96 grey
// crop: Tan–Triggs illumination normalisation (gamma 0.2, DoG σ 1/2, contrast equalisation α 0.1,
// τ 10), uniform LBP(8,1) codes (59 bins), an 8×8 grid of cell histograms, each L1-normalised and
// square-rooted (Hellinger), then the whole vector L2-normalised — so the cosine of two templates is
// the Bhattacharyya coefficient averaged over cells. All parameters are the published defaults
// (Ahonen et al. 2006; Tan & Triggs 2010), not fitted to any test set.
class LbpEmbedder final : public FaceEmbedder
{
    Q_DECLARE_TR_FUNCTIONS(LbpEmbedder)

public:
    LbpEmbedder();

    const EngineId &engine() const override { return m_engine; }
    bool isFallback() const override { return true; }
    float defaultThreshold() const override;
    cv::Mat alignedCrop(const cv::Mat &bgr, const DetectedFace &face) const override;
    Result<FaceTemplate> embed(const cv::Mat &bgr, const DetectedFace &face) override;

    // The aligned 96×96 grey crop before normalisation (also what the LBPH baseline is fed in eval).
    cv::Mat greyCrop(const cv::Mat &bgr, const DetectedFace &face) const;
    // The descriptor of an aligned grey crop, not yet L2-normalised.
    static std::vector<float> describe(const cv::Mat &greyCrop);

    static constexpr int kCropSide = 96;
    static constexpr int kGrid = 8;
    static constexpr int kBins = 59;

private:
    EngineId m_engine;
    FaceAligner m_aligner;
};

} // namespace consentry
