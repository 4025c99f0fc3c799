#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <opencv2/core.hpp>

namespace consentry {

// Where frames come from: a camera, a video file, a folder of images or a synthetic pattern. Everything
// that looks at faces takes frames through this seam, so every vision path is testable without a camera.
// A source is used by one thread at a time (FrameGrabber's worker).
class FrameSource
{
    Q_DECLARE_TR_FUNCTIONS(FrameSource)

public:
    enum class ReadResult {
        Frame, // `frame` holds a new 8-bit BGR image
        Ended, // a file or folder has no more frames
        Lost, // the device stopped delivering (unplugged); close() and open() again to reconnect
    };

    virtual ~FrameSource() = default;
    virtual QString description() const = 0;
    // Live sources (cameras) are reconnected when lost; others end.
    virtual bool isLive() const = 0;
    // Pace at which a non-live source should be played; 0 means "as fast as read() returns" (cameras).
    virtual double framesPerSecond() const = 0;
    virtual Status open() = 0;
    virtual void close() = 0;
    virtual ReadResult read(cv::Mat &frame) = 0;

protected:
    // Grey, 16-bit and 4-channel frames become 8-bit BGR.
    static bool toBgr(const cv::Mat &in, cv::Mat &out);
};

} // namespace consentry
