#include "vision/FrameSource.h"

#include <opencv2/imgproc.hpp>

namespace consentry {

bool FrameSource::toBgr(const cv::Mat &in, cv::Mat &out)
{
    if (in.empty())
        return false;
    cv::Mat eight = in;
    if (in.depth() == CV_16U)
        in.convertTo(eight, CV_8U, 1.0 / 257.0);
    else if (in.depth() != CV_8U)
        return false;
    switch (eight.channels()) {
    case 1: cv::cvtColor(eight, out, cv::COLOR_GRAY2BGR); return true;
    case 3: out = eight; return true;
    case 4: cv::cvtColor(eight, out, cv::COLOR_BGRA2BGR); return true;
    default: return false;
    }
}

} // namespace consentry
