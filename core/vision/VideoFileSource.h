#pragma once

#include "vision/FrameSource.h"

#include <opencv2/videoio.hpp>

namespace consentry {

// Frames of a video file (any container OpenCV's backends read; MJPG in AVI always works), played at the
// file's own frame rate by FrameGrabber. With `loop` it starts again at the end.
class VideoFileSource final : public FrameSource
{
    Q_DECLARE_TR_FUNCTIONS(VideoFileSource)

public:
    explicit VideoFileSource(const QString &path, bool loop = false);
    ~VideoFileSource() override;

    QString description() const override { return m_path; }
    bool isLive() const override { return false; }
    double framesPerSecond() const override { return m_fps; }
    Status open() override;
    void close() override;
    ReadResult read(cv::Mat &frame) override;

private:
    QString m_path;
    bool m_loop;
    double m_fps = 25;
    cv::VideoCapture m_capture;
};

} // namespace consentry
