// The image loading entry (enroll --images, the image-folder source): header probe, limits, then decode.
// Small limits keep each run fast; the checks before decoding are the same.
#include "FuzzSupport.h"
#include "vision/ImageLoader.h"

#include <opencv2/core/utility.hpp>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    consentry::fuzz::ensureApplication();
    using namespace consentry;
    static const bool once = [] {
        cv::setNumThreads(1);
        return true;
    }();
    (void)once;
    ImageLimits limits;
    limits.maxSide = 1024;
    limits.maxPixels = 1024 * 1024;
    limits.maxFileBytes = 1 << 20;
    const Result<cv::Mat> image = ImageLoader::decode(fuzz::bytesOf(data, size), QStringLiteral("fuzz"), limits);
    if (image && (image->cols > limits.maxSide || image->rows > limits.maxSide))
        std::abort();
    return 0;
}
