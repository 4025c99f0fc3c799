#include "preview/LiveCamera.h"

#include "preview/CameraView.h"
#include "vision/CameraSource.h"
#include "vision/CanvasSource.h"
#include "vision/ImageFolderSource.h"
#include "vision/VideoFileSource.h"

#include <QDir>
#include <QFileInfo>

namespace consentry::ui {

namespace {
constexpr double kFolderFramesPerSecond = 5;
constexpr int kNoPictureTimeoutMs = 10000;
} // namespace

LiveCamera::LiveCamera(CameraView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    // Queued: both signals come from the capture thread.
    connect(&m_grabber, &FrameGrabber::frameReady, this, &LiveCamera::showLatest, Qt::QueuedConnection);
    connect(&m_grabber, &FrameGrabber::stateChanged, this, &LiveCamera::applyState, Qt::QueuedConnection);
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(kNoPictureTimeoutMs);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (m_shown != m_shownAtStart)
            return;
        giveUp(m_sourceName.isEmpty()
                   ? tr("The camera gave no picture in %n second(s). Check that it is connected and not used by "
                        "another program, or choose another camera in Preview.",
                        nullptr, m_watchdog.interval() / 1000)
                   : tr("No picture could be read from \"%1\" in %n second(s): the files may be damaged or in a "
                        "format that cannot be read. Choose another source in Preview.",
                        nullptr, m_watchdog.interval() / 1000)
                         .arg(m_sourceName));
    });
}

LiveCamera::~LiveCamera()
{
    m_grabber.stop();
}

std::unique_ptr<FrameSource> LiveCamera::makeSource(const SourceChoice &source)
{
    if (!source.isFile())
        return std::make_unique<CameraSource>(source.cameraIndex,
                                              cv::Size(source.resolution.width(), source.resolution.height()));
    // A folder, or a path without a video file's extension (a folder that is missing or not mounted yet).
    const QFileInfo info(source.path);
    if (info.isDir() || (!info.exists() && info.suffix().isEmpty()))
        return std::make_unique<CanvasSource>(
            std::make_unique<ImageFolderSource>(source.path, kFolderFramesPerSecond, /*loop=*/true));
    return std::make_unique<CanvasSource>(std::make_unique<VideoFileSource>(source.path, /*loop=*/true));
}

void LiveCamera::start(const SourceChoice &source)
{
    start(makeSource(source));
}

void LiveCamera::start(std::unique_ptr<FrameSource> source)
{
    stop();
    if (m_pipeline) {
        std::shared_ptr<FacePipeline> pipeline = m_pipeline;
        AfterAnalysis after = m_after;
        m_grabber.setAnalyser([pipeline, after](const cv::Mat &frame) -> std::shared_ptr<const FrameAnalysis> {
            Result<FrameAnalysis> analysis = pipeline->analyse(frame);
            if (!analysis)
                return nullptr;
            auto shared = std::make_shared<const FrameAnalysis>(std::move(analysis).value());
            if (after)
                after(*pipeline, frame, *shared);
            return shared;
        });
    } else {
        m_grabber.setAnalyser({});
    }
    m_fps = 0;
    m_fpsFrames = 0;
    m_fpsTimer.start();
    m_view->setMessage(QString());
    m_view->setState(CameraView::State::Starting);
    m_shownAtStart = m_shown;
    m_sourceName = source->isLive() ? QString() : QDir::toNativeSeparators(source->description());
    m_watchdog.start();
    m_grabber.start(std::move(source));
}

void LiveCamera::stop()
{
    m_watchdog.stop();
    m_grabber.stop();
    m_view->setFramesPerSecond(0);
}

void LiveCamera::showLatest()
{
    const FrameGrabber::Frame frame = m_grabber.latestFrame();
    if (!frame.isValid())
        return;
    const LiveFrame live = LiveFrame::from(frame);
    QList<FaceOverlay> overlays;
    for (const LiveFace &face : live.faces)
        overlays << FaceOverlay { face.box, face.landmarks, face.acceptable };
    ++m_fpsFrames;
    if (m_fpsTimer.elapsed() >= 1000) {
        m_fps = m_fpsFrames * 1000.0 / double(m_fpsTimer.restart());
        m_fpsFrames = 0;
        m_view->setFramesPerSecond(m_fps);
    }
    m_view->setFrame(live.image, overlays, m_hintProvider ? m_hintProvider(live) : live.hint);
    ++m_shown;
    Q_EMIT frameShown(live);
}

void LiveCamera::giveUp(const QString &reason)
{
    stop();
    m_view->setMessage(reason);
    m_view->setState(CameraView::State::NoCamera);
    Q_EMIT noPicture(reason);
}

void LiveCamera::applyState(FrameGrabber::State state, const QString &message)
{
    switch (state) {
    case FrameGrabber::State::Opening:
    case FrameGrabber::State::Reconnected: m_view->setState(CameraView::State::Starting); break;
    case FrameGrabber::State::Running: break; // the next frame makes the view live
    case FrameGrabber::State::NoCamera: m_view->setState(CameraView::State::NoCamera); break;
    case FrameGrabber::State::Lost: m_view->setState(CameraView::State::Lost); break;
    case FrameGrabber::State::Failed:
        m_view->setMessage(message);
        m_view->setState(CameraView::State::NoCamera);
        break;
    case FrameGrabber::State::Ended:
        // A file or folder that ended before its first picture had nothing readable in it.
        if (m_shown == m_shownAtStart && m_grabber.framesCaptured() == 0)
            giveUp(tr("Not one picture could be read from \"%1\": the video is empty or damaged, or the images "
                      "cannot be read. Choose another source in Preview.")
                       .arg(m_sourceName));
        break;
    case FrameGrabber::State::Stopped: break;
    }
    Q_EMIT stateChanged(state, message);
}

} // namespace consentry::ui
