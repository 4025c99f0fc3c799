#include "vision/LbpEmbedder.h"

#include <QCryptographicHash>

#include <opencv2/imgproc.hpp>

#include <array>
#include <cmath>

namespace consentry {

namespace {

// The description hashed into the engine id: change any parameter and old templates no longer compare.
const char kParameters[]
    = "lbp-v2 crop=96x96 eyes=(0.30,0.36)(0.70,0.36) nose=(0.50,0.56) mouth=(0.35,0.74)(0.65,0.74) "
      "u2(8,1)+u2(8,2) square ring, grid=8x8, hellinger cells, + mirrored crop, l2";

std::array<uchar, 256> uniformMapping()
{
    std::array<uchar, 256> map {};
    uchar next = 0;
    for (int code = 0; code < 256; ++code) {
        int transitions = 0;
        for (int bit = 0; bit < 8; ++bit)
            transitions += ((code >> bit) & 1) != ((code >> ((bit + 1) % 8)) & 1);
        map[static_cast<size_t>(code)] = transitions <= 2 ? next++ : 58; // 58 uniform codes, one bin for the rest
    }
    return map;
}

// Uniform LBP(8, r) codes of a grey image on the square ring at distance r, cell histograms on a grid,
// each cell L1-normalised and square-rooted; added into `descriptor`.
void addHistograms(const cv::Mat &grey, int r, float *descriptor)
{
    static const std::array<uchar, 256> map = uniformMapping();
    static const int dx[8] = { -1, 0, 1, 1, 1, 0, -1, -1 };
    static const int dy[8] = { -1, -1, -1, 0, 1, 1, 1, 0 };
    const int rows = grey.rows - 2 * r, cols = grey.cols - 2 * r;
    cv::Mat codes(rows, cols, CV_8U);
    for (int y = 0; y < rows; ++y) {
        uchar *out = codes.ptr<uchar>(y);
        for (int x = 0; x < cols; ++x) {
            const uchar centre = grey.at<uchar>(y + r, x + r);
            int code = 0;
            for (int k = 0; k < 8; ++k)
                code |= (grey.at<uchar>(y + r + dy[k] * r, x + r + dx[k] * r) >= centre) << (7 - k);
            out[x] = map[static_cast<size_t>(code)];
        }
    }
    const int grid = LbpEmbedder::kGrid, bins = LbpEmbedder::kBins;
    std::vector<float> hist(static_cast<size_t>(bins));
    for (int gy = 0; gy < grid; ++gy) {
        for (int gx = 0; gx < grid; ++gx) {
            std::fill(hist.begin(), hist.end(), 0.0f);
            const int r0 = gy * rows / grid, r1 = (gy + 1) * rows / grid;
            const int c0 = gx * cols / grid, c1 = (gx + 1) * cols / grid;
            for (int y = r0; y < r1; ++y) {
                const uchar *row = codes.ptr<uchar>(y);
                for (int x = c0; x < c1; ++x)
                    hist[row[x]] += 1.0f;
            }
            const float total = static_cast<float>((r1 - r0) * (c1 - c0));
            float *cell = descriptor + (gy * grid + gx) * bins;
            for (int b = 0; b < bins; ++b)
                cell[b] += std::sqrt(hist[static_cast<size_t>(b)] / total);
        }
    }
}

} // namespace

LbpEmbedder::LbpEmbedder()
    : m_engine { QStringLiteral("lbp-u2-r12-mirror-8x8"),
                 QString::fromLatin1(
                     QCryptographicHash::hash(QByteArray(kParameters), QCryptographicHash::Sha256).toHex()),
                 kRadii * kGrid * kGrid * kBins }
    , m_aligner(cv::Size(kCropSide, kCropSide),
                { cv::Point2f(0.30f * kCropSide, 0.36f * kCropSide), cv::Point2f(0.70f * kCropSide, 0.36f * kCropSide),
                  cv::Point2f(0.50f * kCropSide, 0.56f * kCropSide), cv::Point2f(0.35f * kCropSide, 0.74f * kCropSide),
                  cv::Point2f(0.65f * kCropSide, 0.74f * kCropSide) })
{
}

float LbpEmbedder::defaultThreshold() const
{
    // A conservative starting point only: sites using the classical engine should calibrate on their own
    // gallery (Calibration) — LBP scores depend much more on light and camera than DNN scores do.
    return 0.80f;
}

ImpostorTail LbpEmbedder::impostorTail() const
{
    // Measured like a model card's: `consentry-cli eval --engine classical --detector lbp --seed 1` on
    // lfw-dev, every pair of different people (its `impostor_tail`). Change the template and measure again.
    ImpostorTail tail;
    tail.from = 0.83554f;
    tail.share = 0.0010001336;
    tail.meanExcess = 0.00586717;
    tail.pairs = 4417410;
    tail.source = QStringLiteral("lfw-dev (people A-F), every pair of different people, LBP cascade boxes");
    return tail;
}

cv::Mat LbpEmbedder::greyCrop(const cv::Mat &bgr, const DetectedFace &face) const
{
    cv::Mat grey;
    if (bgr.channels() == 3)
        cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
    else
        grey = bgr;
    return m_aligner.align(grey, face);
}

cv::Mat LbpEmbedder::alignedCrop(const cv::Mat &bgr, const DetectedFace &face) const
{
    return m_aligner.align(bgr, face);
}

std::vector<float> LbpEmbedder::describe(const cv::Mat &greyCrop)
{
    const int perRadius = kGrid * kGrid * kBins;
    std::vector<float> descriptor(static_cast<size_t>(kRadii * perRadius), 0.0f);
    cv::Mat mirrored;
    cv::flip(greyCrop, mirrored, 1);
    for (int r = 1; r <= kRadii; ++r) {
        float *block = descriptor.data() + (r - 1) * perRadius;
        // The face and its mirror image summed: a face turned a little to one side then looks like one
        // turned a little to the other, which makes the template more tolerant of pose.
        addHistograms(greyCrop, r, block);
        addHistograms(mirrored, r, block);
    }
    return descriptor;
}

Result<FaceTemplate> LbpEmbedder::embed(const cv::Mat &bgr, const DetectedFace &face)
{
    if (bgr.empty() || (bgr.type() != CV_8UC3 && bgr.type() != CV_8UC1))
        return makeError(ErrorKind::InvalidArgument, tr("The frame is empty or not an 8-bit colour image."));
    try {
        const std::vector<float> d = describe(greyCrop(bgr, face));
        return FaceTemplate::fromFeatures(m_engine, d.data(), static_cast<int>(d.size()));
    } catch (const cv::Exception &e) {
        qWarning("LbpEmbedder: %s", e.what());
        return makeError(ErrorKind::Internal,
                         tr("The face template could not be computed from this image; use a larger, sharper photo."));
    }
}

} // namespace consentry
