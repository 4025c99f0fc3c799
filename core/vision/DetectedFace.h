#pragma once

#include <opencv2/core.hpp>

#include <array>

namespace consentry {

// One face found in a frame, in the frame's pixel coordinates.
struct DetectedFace {
    enum Landmark { RightEye = 0, LeftEye, NoseTip, RightMouth, LeftMouth }; // the subject's right and left

    cv::Rect2f box;
    std::array<cv::Point2f, 5> landmarks {}; // YuNet order; the subject's right eye is on the image's left
    bool landmarksMeasured = false; // false: estimated from the box (Haar), so pose is unknown
    float score = 0.0f;

    float eyeDistance() const
    {
        const cv::Point2f d = landmarks[LeftEye] - landmarks[RightEye];
        return std::sqrt(d.x * d.x + d.y * d.y);
    }
};

} // namespace consentry
