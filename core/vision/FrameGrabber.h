#pragma once

#include "vision/FacePipeline.h"
#include "vision/FrameSource.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace consentry {

// Runs a FrameSource in its own thread and always holds the newest frame: frames are dropped, never
// queued, and the GUI thread never waits on a camera (latestFrame() only copies a reference under a
// mutex). When a camera is unplugged it reconnects by itself, with growing delays, and says so through
// stateChanged(). An optional analyser (detector + quality gate) runs in the capture thread on every
// frame, so the preview paints boxes and hints without doing vision work on the GUI thread.
class FrameGrabber : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Stopped,
        Opening,
        Running,
        NoCamera, // the source could not be opened; retrying (live sources)
        Lost, // a running camera stopped delivering; reconnecting
        Reconnected, // back after Lost or NoCamera; Running follows with the next frame
        Ended, // a file or folder has no more frames
        Failed, // a non-live source could not be opened
    };
    Q_ENUM(State)

    struct Frame {
        cv::Mat image; // BGR; shared, do not modify
        quint64 sequence = 0; // 1 for the first frame; 0 means "no frame yet"
        std::shared_ptr<const FrameAnalysis> analysis; // null without an analyser
        bool isValid() const { return sequence != 0; }
    };
    using Analyser = std::function<std::shared_ptr<const FrameAnalysis>(const cv::Mat &)>;

    explicit FrameGrabber(QObject *parent = nullptr);
    ~FrameGrabber() override;

    // Set before start(). The analyser runs in the capture thread; give it its own FacePipeline.
    void setAnalyser(Analyser analyser) { m_analyser = std::move(analyser); }
    static Analyser pipelineAnalyser(std::shared_ptr<FacePipeline> pipeline);
    void setReconnectDelays(int firstMs, int maxMs);

    // Starts capturing from `source` (stopping any previous source first).
    void start(std::unique_ptr<FrameSource> source);
    // Stops and joins the capture thread; returns once it has ended.
    void stop();
    bool isRunning() const;
    State state() const { return m_state.load(); }

    Frame latestFrame() const;
    quint64 framesCaptured() const { return m_captured.load(); }
    // Frames replaced before anyone called latestFrame() for them.
    quint64 framesDropped() const { return m_dropped.load(); }

Q_SIGNALS:
    // A new frame is waiting. At most one is outstanding: the next is sent after latestFrame() was called.
    void frameReady(quint64 sequence);
    void stateChanged(consentry::FrameGrabber::State state, const QString &message);

private:
    void run(FrameSource *source);
    void setState(State state, const QString &message = QString());
    bool sleepFor(int ms); // false when stopping
    bool reconnect(FrameSource *source, State why, const QString &message);

    Analyser m_analyser;
    std::unique_ptr<FrameSource> m_source;
    QThread *m_thread = nullptr;
    std::atomic<State> m_state { State::Stopped };
    std::atomic<bool> m_stopping { false };
    std::mutex m_sleepMutex;
    std::condition_variable m_wake;

    mutable std::mutex m_frameMutex;
    Frame m_latest;
    mutable bool m_taken = true;
    mutable std::atomic<bool> m_notified { false };
    std::atomic<quint64> m_captured { 0 };
    std::atomic<quint64> m_dropped { 0 };
    int m_firstDelayMs = 250;
    int m_maxDelayMs = 4000;
};

} // namespace consentry
