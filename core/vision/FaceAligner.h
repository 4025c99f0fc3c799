#pragma once

#include "vision/DetectedFace.h"

#include <opencv2/core.hpp>

#include <array>

namespace consentry {

// Warps a face onto a template: the least-squares similarity transform (rotation, uniform scale,
// translation; no shear, no reflection) that maps the five detected landmarks onto the template's points.
class FaceAligner
{
public:
    FaceAligner() = default;
    FaceAligner(cv::Size size, const std::array<cv::Point2f, 5> &points);

    cv::Size size() const { return m_size; }
    // The aligned crop (same channels as the input); black outside the frame.
    cv::Mat align(const cv::Mat &image, const DetectedFace &face) const;

    // Closed-form least-squares similarity (Umeyama without reflection) mapping `from` onto `to`.
    static cv::Matx23d similarity(const std::array<cv::Point2f, 5> &from, const std::array<cv::Point2f, 5> &to);

private:
    cv::Size m_size;
    std::array<cv::Point2f, 5> m_points {};
};

} // namespace consentry
