#include "vision/CanvasSource.h"

#include <opencv2/imgproc.hpp>

namespace consentry {

CanvasSource::CanvasSource(std::unique_ptr<FrameSource> inner, cv::Size canvas)
    : m_inner(std::move(inner))
    , m_canvas(canvas)
{
}

cv::Mat CanvasSource::place(const cv::Mat &bgr, cv::Size canvas)
{
    if (bgr.empty() || bgr.cols * 2 >= canvas.width || bgr.rows * 2 >= canvas.height)
        return bgr;
    // A head filling 60 % of the height: about 60 cm from a 640×480 webcam.
    const double scale = std::min(0.6 * canvas.height / bgr.rows, 0.9 * canvas.width / bgr.cols);
    cv::Mat scaled;
    cv::resize(bgr, scaled, cv::Size(), scale, scale, cv::INTER_CUBIC);
    cv::Mat out(canvas, bgr.type(), cv::Scalar::all(110));
    const cv::Rect where((canvas.width - scaled.cols) / 2, (canvas.height - scaled.rows) / 2, scaled.cols, scaled.rows);
    scaled.copyTo(out(where));
    return out;
}

FrameSource::ReadResult CanvasSource::read(cv::Mat &frame)
{
    cv::Mat inner;
    const ReadResult result = m_inner->read(inner);
    if (result == ReadResult::Frame)
        frame = place(inner, m_canvas);
    return result;
}

} // namespace consentry
