#pragma once

#include "vision/FrameSource.h"

#include <functional>

namespace consentry {

// A generated picture (moving gradient and a frame counter, optionally a face image moving across it)
// with scripted faults, to test capture without any device: it can "unplug" after some frames and refuse
// a number of reconnection attempts, or block inside read() until the test lets it go.
class SyntheticSource final : public FrameSource
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticSource)

public:
    struct Options {
        cv::Size size { 640, 480 };
        double framesPerSecond = 30;
        int frames = -1; // then Ended; -1: endless
        bool live = true; // behave like a camera (reconnect when lost)
        int lostAfter = -1; // frames until the simulated unplug; -1: never
        int failedReopens = 0; // open() attempts refused after the unplug
        bool failFirstOpen = false; // no camera at all at first
        cv::Mat face; // pasted into every frame when set
        std::function<void()> beforeRead; // called at the start of read(), e.g. to block it
    };

    explicit SyntheticSource(const Options &options);
    SyntheticSource()
        : SyntheticSource(Options())
    {
    }

    QString description() const override { return QStringLiteral("synthetic"); }
    bool isLive() const override { return m_options.live; }
    double framesPerSecond() const override { return m_options.framesPerSecond; }
    Status open() override;
    void close() override { m_open = false; }
    ReadResult read(cv::Mat &frame) override;

    int opens() const { return m_opens; }

private:
    Options m_options;
    bool m_open = false;
    bool m_unplugged = false;
    int m_refusedReopens = 0;
    int m_opens = 0;
    qint64 m_produced = 0;
};

} // namespace consentry
