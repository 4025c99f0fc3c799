#pragma once

#include "vision/FacePipeline.h"
#include "vision/FrameGrabber.h"
#include "vision/LiveFrame.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QSize>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace consentry::ui {

class CameraView;

// Where the picture comes from: a camera (index, resolution) or a video file / image folder standing in
// for one (`consentry --source PATH`, the picker, the tests).
struct SourceChoice {
    int cameraIndex = 0;
    QSize resolution { 640, 480 };
    QString path; // non-empty: a video file or an image folder

    bool isFile() const { return !path.isEmpty(); }
};

// Runs a FrameGrabber (capture and face analysis in its own thread) and paints its newest frame into a
// CameraView with boxes, the hint and the frame rate. The GUI thread only converts and paints the latest
// frame; nothing queues. Used by the preview and by the enrollment capture.
class LiveCamera : public QObject
{
    Q_OBJECT

public:
    // Runs in the capture thread after the quality analysis of each frame (enrollment's sample picker).
    using AfterAnalysis = std::function<void(FacePipeline &, const cv::Mat &, const FrameAnalysis &)>;

    LiveCamera(CameraView *view, QObject *parent = nullptr);
    ~LiveCamera() override;

    // The capture thread's own pipeline (a pipeline is not shared between threads). Null: no analysis.
    void setPipeline(std::shared_ptr<FacePipeline> pipeline) { m_pipeline = std::move(pipeline); }
    void setAfterAnalysis(AfterAnalysis after) { m_after = std::move(after); }
    // Replaces the quality hint painted on the picture (enrollment shows its own guidance).
    void setHintProvider(std::function<QString(const LiveFrame &)> provider) { m_hintProvider = std::move(provider); }

    void start(const SourceChoice &source);
    void start(std::unique_ptr<FrameSource> source); // any source (tests: SyntheticSource)
    FrameGrabber &grabber() { return m_grabber; }
    void stop();
    bool isRunning() const { return m_grabber.isRunning(); }
    FrameGrabber::State state() const { return m_grabber.state(); }
    quint64 framesShown() const { return m_shown; }
    // A source that yields no picture within this time after start() (a folder of damaged images, an empty
    // or broken video, a camera that opens but stays dark) is stopped and said so on the view, with
    // noPicture(). 10 s by default.
    void setNoPictureTimeout(int ms) { m_watchdog.setInterval(ms); }
    int noPictureTimeout() const { return m_watchdog.interval(); }
    double framesPerSecond() const { return m_fps; }

    static std::unique_ptr<FrameSource> makeSource(const SourceChoice &source);

Q_SIGNALS:
    void frameShown(const consentry::LiveFrame &frame);
    void stateChanged(consentry::FrameGrabber::State state, const QString &message);
    // The source gave no picture at all (see setNoPictureTimeout); `reason` is the sentence on the view.
    void noPicture(const QString &reason);

private:
    void giveUp(const QString &reason);
    void showLatest();
    void applyState(FrameGrabber::State state, const QString &message);

    CameraView *m_view;
    FrameGrabber m_grabber;
    std::shared_ptr<FacePipeline> m_pipeline;
    AfterAnalysis m_after;
    std::function<QString(const LiveFrame &)> m_hintProvider;
    QElapsedTimer m_fpsTimer;
    int m_fpsFrames = 0;
    double m_fps = 0;
    quint64 m_shown = 0;
    quint64 m_shownAtStart = 0;
    QString m_sourceName; // for the sentence when nothing arrives
    QTimer m_watchdog;
};

} // namespace consentry::ui
