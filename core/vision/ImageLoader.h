#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <opencv2/core.hpp>

namespace consentry {

// What ImageLoader accepts. Sizes are checked from the file header, before any pixel memory is allocated.
struct ImageLimits {
    int minSide = 32; // smaller images cannot hold a usable face
    int maxSide = 8192;
    qint64 maxPixels = 40LL * 1000 * 1000; // 40 MP: 120 MB as BGR
    qint64 maxFileBytes = 64LL * 1024 * 1024;
};

// Reads face images from files a user hands over (enrollment photos, datasets): refuses unreadable,
// empty, truncated and non-image files and absurd dimensions with a clear sentence, and always returns
// 8-bit BGR whatever came in (grey, 16-bit, with alpha).
class ImageLoader
{
    Q_DECLARE_TR_FUNCTIONS(ImageLoader)

public:
    static Result<cv::Mat> load(const QString &path, const ImageLimits &limits = ImageLimits());
    static Result<cv::Mat> decode(const QByteArray &bytes, const QString &name,
                                  const ImageLimits &limits = ImageLimits());

    // Width and height from the header alone (PNG, JPEG, BMP, PNM natively; other formats Qt can read);
    // an invalid size when the format is not recognised.
    static QSize probeSize(const QByteArray &bytes);
};

} // namespace consentry
