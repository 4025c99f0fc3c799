#include "vision/CameraSource.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace {
// Ask the platform's own camera API directly: CAP_ANY tries GStreamer first on Linux, which is slow to
// give up on a missing device and keeps process-wide state alive.
int cameraBackend()
{
#if defined(Q_OS_LINUX)
    return cv::CAP_V4L2;
#elif defined(Q_OS_WIN)
    return cv::CAP_MSMF;
#else
    return cv::CAP_ANY;
#endif
}
} // namespace

namespace consentry {

CameraSource::CameraSource(int index, cv::Size requestedSize)
    : m_index(index)
    , m_requested(requestedSize)
{
}

CameraSource::~CameraSource()
{
    close();
}

QList<CameraDevice> CameraSource::availableDevices()
{
    QList<CameraDevice> devices;
#ifdef Q_OS_LINUX
    const QDir sys(QStringLiteral("/sys/class/video4linux"));
    const QRegularExpression pattern(QStringLiteral("^video(\\d+)$"));
    const QStringList entries = sys.entryList(QDir::Dirs | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &entry : entries) {
        const QRegularExpressionMatch match = pattern.match(entry);
        if (!match.hasMatch())
            continue;
        CameraDevice device;
        device.index = match.captured(1).toInt();
        QFile name(sys.filePath(entry + QStringLiteral("/name")));
        device.name = name.open(QIODevice::ReadOnly) ? QString::fromUtf8(name.readAll()).trimmed()
                                                     : QStringLiteral("/dev/") + entry;
        // Some drivers expose a metadata node beside each camera; index 0 of a device is the picture.
        QFile index(sys.filePath(entry + QStringLiteral("/index")));
        if (index.open(QIODevice::ReadOnly) && index.readAll().trimmed() != "0")
            continue;
        devices << device;
    }
#else
    for (int i = 0; i < 5; ++i) {
        cv::VideoCapture probe;
        try {
            if (probe.open(i, cameraBackend()))
                devices << CameraDevice { i, tr("Camera %1").arg(i + 1) };
        } catch (const cv::Exception &) {
        }
    }
#endif
    return devices;
}

QString CameraSource::description() const
{
    return tr("Camera %1").arg(m_index);
}

Status CameraSource::open()
{
    close();
    bool opened = false;
    try {
        opened = m_index >= 0 && m_capture.open(m_index, cameraBackend());
        if (opened) {
            m_mjpg = m_capture.set(cv::CAP_PROP_FOURCC, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'))
                && static_cast<int>(m_capture.get(cv::CAP_PROP_FOURCC)) == cv::VideoWriter::fourcc('M', 'J', 'P', 'G');
            m_capture.set(cv::CAP_PROP_FRAME_WIDTH, m_requested.width);
            m_capture.set(cv::CAP_PROP_FRAME_HEIGHT, m_requested.height);
            m_capture.set(cv::CAP_PROP_BUFFERSIZE, 1); // the newest frame, not a queue of old ones
            m_granted = cv::Size(static_cast<int>(m_capture.get(cv::CAP_PROP_FRAME_WIDTH)),
                                 static_cast<int>(m_capture.get(cv::CAP_PROP_FRAME_HEIGHT)));
        }
    } catch (const cv::Exception &) {
        opened = false;
    }
    if (!opened) {
        close();
        return makeError(ErrorKind::NotFound,
                         tr("Camera %1 is not connected or is used by another program; check the "
                            "cable or choose another camera in the settings.")
                             .arg(m_index));
    }
    return {};
}

void CameraSource::close()
{
    try {
        m_capture.release();
    } catch (const cv::Exception &) {
    }
}

FrameSource::ReadResult CameraSource::read(cv::Mat &frame)
{
    cv::Mat raw;
    try {
        if (!m_capture.isOpened() || !m_capture.read(raw) || raw.empty())
            return ReadResult::Lost;
    } catch (const cv::Exception &) {
        return ReadResult::Lost;
    }
    return toBgr(raw, frame) ? ReadResult::Frame : ReadResult::Lost;
}

} // namespace consentry
