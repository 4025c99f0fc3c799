#pragma once

#include <QString>

#include <opencv2/core.hpp>

namespace consentry::test {

// ORL pictures (92×112, grey) enlarged 2.5×, so the detectors find the face as they would in a webcam frame;
// empty when the picture cannot be read (the suites QSKIP without ../shared/testdata first).
cv::Mat enlargedOrlFace(int person, int index);
// The same picture as a PNG file in `dir` (s<person>-<index>.png), written once; returns its path.
QString enlargedOrlFaceFile(const QString &dir, int person, int index);

} // namespace consentry::test
