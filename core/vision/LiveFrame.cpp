#include "vision/LiveFrame.h"

#include <opencv2/imgproc.hpp>

namespace consentry {

LiveFrame LiveFrame::from(const FrameGrabber::Frame &frame)
{
    LiveFrame out;
    out.sequence = frame.sequence;
    if (frame.image.empty() || frame.image.type() != CV_8UC3)
        return out;
    cv::Mat rgb;
    cv::cvtColor(frame.image, rgb, cv::COLOR_BGR2RGB);
    out.image = QImage(rgb.data, rgb.cols, rgb.rows, static_cast<qsizetype>(rgb.step), QImage::Format_RGB888).copy();
    if (!frame.analysis)
        return out;
    const FrameAnalysis &a = *frame.analysis;
    out.passed = a.quality.passed;
    for (size_t i = 0; i < a.faces.size(); ++i) {
        const DetectedFace &f = a.faces[i];
        LiveFace face;
        face.box = QRectF(f.box.x, f.box.y, f.box.width, f.box.height);
        if (f.landmarksMeasured) {
            for (const cv::Point2f &p : f.landmarks)
                face.landmarks << QPointF(p.x, p.y);
        }
        face.acceptable = a.quality.passed && static_cast<int>(i) == a.quality.faceIndex;
        out.faces << face;
    }
    out.hint = a.quality.passed ? tr("Face is clear: hold still.")
                                : (a.quality.hints.isEmpty() ? QString() : a.quality.hints.first());
    return out;
}

} // namespace consentry
