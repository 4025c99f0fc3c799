#pragma once

#include "vision/DetectedFace.h"

#include <opencv2/core.hpp>

#include <optional>
#include <vector>

namespace consentry {

// Purpose limitation at the desk (Provisions art. 4, PIPL art. 6): Verify processes one face, the person
// being served. This picks it among the faces the detector found: the one staff clicked, or else the
// largest face weighted by how central it is (a bystander is usually smaller and off to the side). The
// others are never embedded, searched or logged.
class FaceSelection
{
public:
    // Index into `faces`, or nullopt when there is none (or the click hit no face). `clicked` is in the
    // frame's pixel coordinates.
    static std::optional<int> primary(const std::vector<DetectedFace> &faces, cv::Size frame,
                                      std::optional<cv::Point2f> clicked = std::nullopt);
};

} // namespace consentry
