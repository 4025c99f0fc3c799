#include "vision/VideoFileSource.h"

#include <opencv2/videoio/registry.hpp>

#include <QDir>
#include <QFileInfo>

namespace consentry {

VideoFileSource::VideoFileSource(const QString &path, bool loop)
    : m_path(path)
    , m_loop(loop)
{
}

VideoFileSource::~VideoFileSource()
{
    close();
}

Status VideoFileSource::open()
{
    close();
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!QFileInfo(m_path).isFile())
        return makeError(ErrorKind::NotFound, tr("The video %1 does not exist; check the path.").arg(shown));
    bool opened = false;
    try {
        // FFmpeg where the build has it: CAP_ANY would try GStreamer first, which is slower to open a file and
        // leaves process-wide state behind; builds without FFmpeg keep OpenCV's own choice.
        const int backend = cv::videoio_registry::hasBackend(cv::CAP_FFMPEG) ? cv::CAP_FFMPEG : cv::CAP_ANY;
        opened = m_capture.open(m_path.toStdString(), backend);
        if (opened) {
            const double fps = m_capture.get(cv::CAP_PROP_FPS);
            m_fps = fps > 0 && fps < 240 ? fps : 25;
        }
    } catch (const cv::Exception &) {
        opened = false;
    }
    if (!opened) {
        close();
        return makeError(ErrorKind::Data,
                         tr("The video %1 could not be opened: it is damaged or in a format this "
                            "computer cannot play. Convert it to MJPG in AVI or MP4.")
                             .arg(shown));
    }
    return {};
}

void VideoFileSource::close()
{
    try {
        m_capture.release();
    } catch (const cv::Exception &) {
    }
}

FrameSource::ReadResult VideoFileSource::read(cv::Mat &frame)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        cv::Mat raw;
        bool got = false;
        try {
            got = m_capture.isOpened() && m_capture.read(raw) && !raw.empty();
        } catch (const cv::Exception &) {
            got = false;
        }
        if (got)
            return toBgr(raw, frame) ? ReadResult::Frame : ReadResult::Ended;
        if (!m_loop || attempt > 0)
            break;
        try {
            m_capture.set(cv::CAP_PROP_POS_FRAMES, 0);
        } catch (const cv::Exception &) {
            break;
        }
    }
    return ReadResult::Ended;
}

} // namespace consentry
