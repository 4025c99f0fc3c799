#include "vision/LbpEmbedder.h"

#include <QCryptographicHash>

#include <opencv2/imgproc.hpp>

#include <array>
#include <cmath>

namespace consentry {

namespace {

// The description hashed into the engine id: change any parameter and old templates no longer compare.
const char kParameters[] = "lbp-v1 crop=96x96 eyes=(0.30,0.36)(0.70,0.36) nose=(0.50,0.56) mouth=(0.35,0.74)(0.65,0.74) "
                           "tantriggs(gamma=0.2,s0=1,s1=2,alpha=0.1,tau=10) u2(8,1) grid=8x8 hellinger l2";

std::array<uchar, 256> uniformMapping()
{
    std::array<uchar, 256> map{};
    uchar next = 0;
    for (int code = 0; code < 256; ++code) {
        int transitions = 0;
        for (int bit = 0; bit < 8; ++bit)
            transitions += ((code >> bit) & 1) != ((code >> ((bit + 1) % 8)) & 1);
        map[static_cast<size_t>(code)] = transitions <= 2 ? next++ : 58; // 58 uniform codes, one bin for the rest
    }
    return map;
}

cv::Mat tanTriggs(const cv::Mat &grey)
{
    const double gamma = 0.2, sigma0 = 1.0, sigma1 = 2.0, alpha = 0.1, tau = 10.0;
    cv::Mat x;
    grey.convertTo(x, CV_32F);
    cv::pow(x, gamma, x);
    cv::Mat g0, g1;
    cv::GaussianBlur(x, g0, cv::Size(0, 0), sigma0, sigma0, cv::BORDER_REFLECT);
    cv::GaussianBlur(x, g1, cv::Size(0, 0), sigma1, sigma1, cv::BORDER_REFLECT);
    x = g0 - g1;
    cv::Mat a;
    cv::pow(cv::abs(x), alpha, a);
    x /= std::pow(cv::mean(a)[0], 1.0 / alpha) + 1e-12;
    cv::Mat clipped = cv::min(cv::abs(x), tau);
    cv::pow(clipped, alpha, a);
    x /= std::pow(cv::mean(a)[0], 1.0 / alpha) + 1e-12;
    for (int r = 0; r < x.rows; ++r) {
        float *row = x.ptr<float>(r);
        for (int c = 0; c < x.cols; ++c)
            row[c] = static_cast<float>(tau * std::tanh(row[c] / tau));
    }
    return x;
}

} // namespace

LbpEmbedder::LbpEmbedder()
    : m_engine{QStringLiteral("lbp-tantriggs-u2-8x8"),
               QString::fromLatin1(QCryptographicHash::hash(QByteArray(kParameters), QCryptographicHash::Sha256).toHex()),
               kGrid * kGrid * kBins}
    , m_aligner(cv::Size(kCropSide, kCropSide),
                {cv::Point2f(0.30f * kCropSide, 0.36f * kCropSide), cv::Point2f(0.70f * kCropSide, 0.36f * kCropSide),
                 cv::Point2f(0.50f * kCropSide, 0.56f * kCropSide), cv::Point2f(0.35f * kCropSide, 0.74f * kCropSide),
                 cv::Point2f(0.65f * kCropSide, 0.74f * kCropSide)})
{
}

float LbpEmbedder::defaultThreshold() const
{
    // A conservative starting point only: sites using the classical engine should calibrate on their own
    // gallery (Calibration) — LBP scores depend much more on light and camera than DNN scores do.
    return 0.80f;
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
    static const std::array<uchar, 256> map = uniformMapping();
    const cv::Mat x = tanTriggs(greyCrop);
    const int rows = x.rows - 2, cols = x.cols - 2;
    cv::Mat codes(rows, cols, CV_8U);
    for (int r = 0; r < rows; ++r) {
        const float *up = x.ptr<float>(r), *mid = x.ptr<float>(r + 1), *down = x.ptr<float>(r + 2);
        uchar *out = codes.ptr<uchar>(r);
        for (int c = 0; c < cols; ++c) {
            const float centre = mid[c + 1];
            int code = 0;
            code |= (up[c] >= centre) << 7;
            code |= (up[c + 1] >= centre) << 6;
            code |= (up[c + 2] >= centre) << 5;
            code |= (mid[c + 2] >= centre) << 4;
            code |= (down[c + 2] >= centre) << 3;
            code |= (down[c + 1] >= centre) << 2;
            code |= (down[c] >= centre) << 1;
            code |= (mid[c] >= centre) << 0;
            out[c] = map[static_cast<size_t>(code)];
        }
    }
    std::vector<float> descriptor(static_cast<size_t>(kGrid * kGrid * kBins), 0.0f);
    for (int gy = 0; gy < kGrid; ++gy) {
        for (int gx = 0; gx < kGrid; ++gx) {
            float *hist = descriptor.data() + (gy * kGrid + gx) * kBins;
            const int r0 = gy * rows / kGrid, r1 = (gy + 1) * rows / kGrid;
            const int c0 = gx * cols / kGrid, c1 = (gx + 1) * cols / kGrid;
            for (int r = r0; r < r1; ++r) {
                const uchar *row = codes.ptr<uchar>(r);
                for (int c = c0; c < c1; ++c)
                    hist[row[c]] += 1.0f;
            }
            const float total = static_cast<float>((r1 - r0) * (c1 - c0));
            for (int b = 0; b < kBins; ++b)
                hist[b] = std::sqrt(hist[b] / total);
        }
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
        return makeError(ErrorKind::Internal, tr("The face template could not be computed (%1).")
                                                  .arg(QString::fromStdString(e.msg)));
    }
}

} // namespace consentry
