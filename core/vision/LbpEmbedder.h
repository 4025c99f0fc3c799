#pragma once

#include "vision/FaceAligner.h"
#include "vision/FaceEmbedder.h"

namespace consentry {

// The classical fallback template, used when no embedder model is present. On an eye-aligned 96×96 grey
// crop: uniform LBP(8,r) codes (59 bins) at radii 1 and 2, an 8×8 grid of cell histograms, each
// L1-normalised and square-rooted (Hellinger, so a cosine of two templates averages per-cell
// Bhattacharyya coefficients), the same computed on the mirrored crop and added (pose tolerance), then
// the whole vector L2-normalised. Grid and radii are the usual ones from Ahonen et al. (2006); the choice
// of this variant among a dozen (Tan–Triggs, HOG, radius sets) is recorded in docs/BENCHMARKS-vision.md.
class LbpEmbedder final : public FaceEmbedder
{
    Q_DECLARE_TR_FUNCTIONS(LbpEmbedder)

public:
    LbpEmbedder();

    const EngineId &engine() const override { return m_engine; }
    bool isFallback() const override { return true; }
    float defaultThreshold() const override;
    ImpostorTail impostorTail() const override;
    cv::Mat alignedCrop(const cv::Mat &bgr, const DetectedFace &face) const override;
    Result<FaceTemplate> embed(const cv::Mat &bgr, const DetectedFace &face) override;

    // The aligned 96×96 grey crop before normalisation (also what the LBPH baseline is fed in eval).
    cv::Mat greyCrop(const cv::Mat &bgr, const DetectedFace &face) const;
    // The descriptor of an aligned grey crop, not yet L2-normalised.
    static std::vector<float> describe(const cv::Mat &greyCrop);

    static constexpr int kCropSide = 96;
    static constexpr int kGrid = 8;
    static constexpr int kBins = 59;
    static constexpr int kRadii = 2;

private:
    EngineId m_engine;
    FaceAligner m_aligner;
};

} // namespace consentry
