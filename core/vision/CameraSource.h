#pragma once

#include "vision/FrameSource.h"

#include <QList>

#include <opencv2/videoio.hpp>

namespace consentry {

struct CameraDevice {
    int index = 0;
    QString name;
};

// A camera through cv::VideoCapture: asks for the requested resolution and for MJPG (less USB bandwidth,
// so cheap webcams reach their full frame rate) and keeps whatever the driver grants.
class CameraSource final : public FrameSource
{
    Q_DECLARE_TR_FUNCTIONS(CameraSource)

public:
    explicit CameraSource(int index, cv::Size requestedSize = cv::Size(640, 480));
    ~CameraSource() override;

    // Cameras on this machine (Linux: from /sys/class/video4linux; elsewhere indices 0–4 are probed).
    static QList<CameraDevice> availableDevices();

    QString description() const override;
    bool isLive() const override { return true; }
    double framesPerSecond() const override { return 0; }
    Status open() override;
    void close() override;
    ReadResult read(cv::Mat &frame) override;

    cv::Size grantedSize() const { return m_granted; }
    bool usesMjpg() const { return m_mjpg; }

private:
    int m_index;
    cv::Size m_requested;
    cv::Size m_granted;
    bool m_mjpg = false;
    cv::VideoCapture m_capture;
};

} // namespace consentry
