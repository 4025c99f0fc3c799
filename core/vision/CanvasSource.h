#pragma once

#include "vision/FrameSource.h"

#include <memory>

namespace consentry {

// Puts the small pictures of another source (passport photos, dataset images such as ORL's 92×112) on a
// webcam-sized grey canvas, enlarged to about the size a face has at the desk, so a folder of photos can
// stand in for the camera and pass the same quality gate. Frames at least half the canvas in either
// direction pass through unchanged.
class CanvasSource final : public FrameSource
{
public:
    explicit CanvasSource(std::unique_ptr<FrameSource> inner, cv::Size canvas = cv::Size(640, 480));

    QString description() const override { return m_inner->description(); }
    bool isLive() const override { return m_inner->isLive(); }
    double framesPerSecond() const override { return m_inner->framesPerSecond(); }
    Status open() override { return m_inner->open(); }
    void close() override { m_inner->close(); }
    ReadResult read(cv::Mat &frame) override;

    // The picture as it would be placed (also for tests).
    static cv::Mat place(const cv::Mat &bgr, cv::Size canvas);

private:
    std::unique_ptr<FrameSource> m_inner;
    cv::Size m_canvas;
};

} // namespace consentry
