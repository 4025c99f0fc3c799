#include "vision/FaceAligner.h"

#include <opencv2/imgproc.hpp>

namespace consentry {

FaceAligner::FaceAligner(cv::Size size, const std::array<cv::Point2f, 5> &points)
    : m_size(size)
    , m_points(points)
{
}

cv::Matx23d FaceAligner::similarity(const std::array<cv::Point2f, 5> &from, const std::array<cv::Point2f, 5> &to)
{
    cv::Point2d meanFrom, meanTo;
    for (size_t i = 0; i < 5; ++i) {
        meanFrom += cv::Point2d(from[i]);
        meanTo += cv::Point2d(to[i]);
    }
    meanFrom *= 0.2;
    meanTo *= 0.2;
    double a = 0, b = 0, norm = 0;
    for (size_t i = 0; i < 5; ++i) {
        const cv::Point2d p = cv::Point2d(from[i]) - meanFrom;
        const cv::Point2d q = cv::Point2d(to[i]) - meanTo;
        a += p.x * q.x + p.y * q.y;
        b += p.x * q.y - p.y * q.x;
        norm += p.x * p.x + p.y * p.y;
    }
    if (norm < 1e-9) // all landmarks in one point: no transform can be estimated
        return cv::Matx23d(1, 0, meanTo.x - meanFrom.x, 0, 1, meanTo.y - meanFrom.y);
    const double c = a / norm, s = b / norm; // scale·cos, scale·sin
    return cv::Matx23d(c, -s, meanTo.x - (c * meanFrom.x - s * meanFrom.y), s, c,
                       meanTo.y - (s * meanFrom.x + c * meanFrom.y));
}

cv::Mat FaceAligner::align(const cv::Mat &image, const DetectedFace &face) const
{
    cv::Mat aligned;
    cv::warpAffine(image, aligned, cv::Mat(similarity(face.landmarks, m_points)), m_size, cv::INTER_LINEAR,
                   cv::BORDER_CONSTANT, cv::Scalar::all(0));
    return aligned;
}

} // namespace consentry
