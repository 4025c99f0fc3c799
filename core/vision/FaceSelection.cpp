#include "vision/FaceSelection.h"

#include <cmath>

namespace consentry {

namespace {
// A face at the frame's corner counts as half as large as the same face in the middle.
constexpr double kEdgePenalty = 0.5;
} // namespace

std::optional<int> FaceSelection::primary(const std::vector<DetectedFace> &faces, cv::Size frame,
                                          std::optional<cv::Point2f> clicked)
{
    std::optional<int> best;
    double bestScore = 0;
    const cv::Point2f centre(frame.width / 2.0f, frame.height / 2.0f);
    const double halfDiagonal = std::max(1.0, std::hypot(frame.width / 2.0, frame.height / 2.0));
    for (int i = 0; i < static_cast<int>(faces.size()); ++i) {
        const cv::Rect2f &box = faces[static_cast<size_t>(i)].box;
        const double area = static_cast<double>(box.width) * static_cast<double>(box.height);
        if (!(area > 0))
            continue;
        const cv::Point2f middle(box.x + box.width / 2.0f, box.y + box.height / 2.0f);
        double score = 0;
        if (clicked) {
            if (!box.contains(*clicked))
                continue;
            score = 1.0 / area; // nested boxes: the smallest one that holds the click
        } else {
            const double offCentre = std::hypot(middle.x - centre.x, middle.y - centre.y) / halfDiagonal;
            score = area * (1.0 - kEdgePenalty * std::min(1.0, offCentre));
        }
        if (!best || score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

} // namespace consentry
