#include "vision/SyntheticSource.h"

#include <opencv2/imgproc.hpp>

namespace consentry {

SyntheticSource::SyntheticSource(const Options &options)
    : m_options(options)
{
}

Status SyntheticSource::open()
{
    ++m_opens;
    if (m_options.failFirstOpen && m_opens == 1)
        return makeError(ErrorKind::NotFound, tr("The synthetic camera is not connected."));
    if (m_unplugged && m_refusedReopens < m_options.failedReopens) {
        ++m_refusedReopens;
        return makeError(ErrorKind::NotFound, tr("The synthetic camera is not connected."));
    }
    m_unplugged = false;
    m_open = true;
    return {};
}

FrameSource::ReadResult SyntheticSource::read(cv::Mat &frame)
{
    if (m_options.beforeRead)
        m_options.beforeRead();
    if (!m_open)
        return ReadResult::Lost;
    if (m_options.frames >= 0 && m_produced >= m_options.frames)
        return ReadResult::Ended;
    if (m_options.lostAfter >= 0 && m_produced == m_options.lostAfter && !m_unplugged && m_refusedReopens == 0) {
        m_unplugged = true;
        m_open = false;
        return ReadResult::Lost;
    }
    const cv::Size size = m_options.size;
    frame.create(size, CV_8UC3);
    const int shift = static_cast<int>(m_produced * 4);
    for (int y = 0; y < size.height; ++y) {
        cv::Vec3b *row = frame.ptr<cv::Vec3b>(y);
        for (int x = 0; x < size.width; ++x)
            row[x] = cv::Vec3b(static_cast<uchar>((x + shift) & 0xff), static_cast<uchar>(y & 0xff), 128);
    }
    if (!m_options.face.empty() && m_options.face.cols < size.width && m_options.face.rows < size.height) {
        cv::Mat face;
        if (!toBgr(m_options.face, face))
            return ReadResult::Lost;
        const int span = size.width - face.cols;
        const int x = span > 0 ? static_cast<int>((m_produced * 3) % span) : 0;
        face.copyTo(frame(cv::Rect(x, (size.height - face.rows) / 2, face.cols, face.rows)));
    }
    cv::putText(frame, std::to_string(m_produced), cv::Point(10, 30), cv::FONT_HERSHEY_SIMPLEX, 1.0,
                cv::Scalar(255, 255, 255), 2);
    ++m_produced;
    return ReadResult::Frame;
}

} // namespace consentry
