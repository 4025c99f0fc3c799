#include "vision/ImageLoader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>

#include <opencv2/imgcodecs.hpp>

namespace consentry {

namespace {

quint32 be32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}
quint16 be16(const uchar *p)
{
    return static_cast<quint16>((p[0] << 8) | p[1]);
}
qint32 le32(const uchar *p)
{
    return static_cast<qint32>(quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24));
}

bool isJpeg(const QByteArray &b)
{
    return b.size() >= 3 && uchar(b[0]) == 0xFF && uchar(b[1]) == 0xD8 && uchar(b[2]) == 0xFF;
}
bool isPng(const QByteArray &b)
{
    return b.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n"));
}

QSize jpegSize(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 2;
    while (i + 3 < n) {
        if (p[i] != 0xFF)
            return QSize();
        while (i < n && p[i] == 0xFF) // fill bytes
            ++i;
        if (i >= n)
            return QSize();
        const uchar marker = p[i++];
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            continue; // stand-alone markers
        if (marker == 0xD9 || marker == 0xDA || i + 2 > n)
            return QSize(); // end of image or start of scan before any frame header
        const int length = be16(p + i);
        const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            if (i + 7 > n)
                return QSize();
            return QSize(be16(p + i + 5), be16(p + i + 3));
        }
        if (length < 2)
            return QSize();
        i += length;
    }
    return QSize();
}

QSize pnmSize(const QByteArray &bytes)
{
    // "P1".."P6", then width and height as decimal tokens, with '#' comments allowed between them.
    qsizetype i = 2;
    long values[2] = { 0, 0 };
    for (long &value : values) {
        for (;;) {
            while (i < bytes.size() && QChar::isSpace(uchar(bytes[i])))
                ++i;
            if (i < bytes.size() && bytes[i] == '#') {
                while (i < bytes.size() && bytes[i] != '\n')
                    ++i;
                continue;
            }
            break;
        }
        const qsizetype start = i;
        while (i < bytes.size() && bytes[i] >= '0' && bytes[i] <= '9' && i - start < 9)
            value = value * 10 + (bytes[i++] - '0');
        if (i == start)
            return QSize();
    }
    return QSize(static_cast<int>(values[0]), static_cast<int>(values[1]));
}

} // namespace

QSize ImageLoader::probeSize(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    if (isPng(bytes)) {
        if (bytes.size() < 24 || bytes.mid(12, 4) != "IHDR")
            return QSize();
        const quint32 w = be32(p + 16), h = be32(p + 20);
        if (w > 0x7fffffff || h > 0x7fffffff)
            return QSize(INT_MAX, INT_MAX);
        return QSize(static_cast<int>(w), static_cast<int>(h));
    }
    if (isJpeg(bytes))
        return jpegSize(bytes);
    if (bytes.startsWith("BM")) {
        if (bytes.size() < 26)
            return QSize();
        if (le32(p + 14) == 12) // OS/2 BITMAPCOREHEADER: 16-bit dimensions
            return QSize(p[18] | (p[19] << 8), p[20] | (p[21] << 8));
        const qint32 w = le32(p + 18), h = le32(p + 22);
        if (w <= 0 || h == 0 || h == INT_MIN)
            return QSize();
        return QSize(w, h < 0 ? -h : h);
    }
    if (bytes.size() > 3 && bytes[0] == 'P' && bytes[1] >= '1' && bytes[1] <= '6')
        return pnmSize(bytes);

    // Anything else (TIFF, WebP, …): ask Qt's readers, which read the header only.
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return reader.canRead() ? reader.size() : QSize();
}

Result<cv::Mat> ImageLoader::load(const QString &path, const ImageLimits &limits)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorKind::NotFound, tr("The image %1 does not exist; check the path.").arg(shown));
    if (!info.isFile())
        return makeError(ErrorKind::InvalidArgument, tr("%1 is not a file; give the path of an image.").arg(shown));
    if (info.size() > limits.maxFileBytes)
        return makeError(ErrorKind::Data,
                         tr("The image %1 is larger than %2 MB; use a smaller photo.")
                             .arg(shown)
                             .arg(limits.maxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::IO,
            tr("The image %1 could not be opened (%2); check its permissions.").arg(shown, file.errorString()));
    const QByteArray bytes = file.read(limits.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorKind::IO, tr("The image %1 could not be read (%2).").arg(shown, file.errorString()));
    return decode(bytes, shown, limits);
}

Result<cv::Mat> ImageLoader::decode(const QByteArray &bytes, const QString &name, const ImageLimits &limits)
{
    if (bytes.isEmpty())
        return makeError(ErrorKind::Data, tr("The image %1 is empty; choose another file.").arg(name));
    if (bytes.size() > limits.maxFileBytes)
        return makeError(ErrorKind::Data,
                         tr("The image %1 is larger than %2 MB; use a smaller photo.")
                             .arg(name)
                             .arg(limits.maxFileBytes / (1024 * 1024)));

    const QSize size = probeSize(bytes);
    if (!size.isValid() || size.isEmpty())
        return makeError(ErrorKind::Data,
                         tr("%1 is not an image Consentry can read (PNG, JPEG, BMP, PGM/PPM); "
                            "choose a photo in one of these formats.")
                             .arg(name));
    if (size.width() < limits.minSide || size.height() < limits.minSide)
        return makeError(ErrorKind::Data,
                         tr("The image %1 is only %2×%3 pixels; a face photo needs at least "
                            "%4 pixels on each side.")
                             .arg(name)
                             .arg(size.width())
                             .arg(size.height())
                             .arg(limits.minSide));
    if (size.width() > limits.maxSide || size.height() > limits.maxSide
        || qint64(size.width()) * size.height() > limits.maxPixels)
        return makeError(ErrorKind::Data,
                         tr("The image %1 is %2×%3 pixels, more than Consentry accepts "
                            "(%4 pixels on a side); scale it down first.")
                             .arg(name)
                             .arg(size.width())
                             .arg(size.height())
                             .arg(limits.maxSide));

    // A JPEG cut short still decodes (libjpeg pads it with grey), so truncation is checked explicitly.
    if (isJpeg(bytes)) {
        qsizetype end = bytes.size();
        while (end > 2 && (bytes[end - 1] == '\0' || QChar::isSpace(uchar(bytes[end - 1]))))
            --end;
        if (end < 4 || uchar(bytes[end - 2]) != 0xFF || uchar(bytes[end - 1]) != 0xD9)
            return makeError(ErrorKind::Data,
                             tr("The image %1 is truncated or damaged; copy it again from its "
                                "source.")
                                 .arg(name));
    }

    // A BMP whose header promises more pixels than the file holds (8000×5000 with 250×250 of data) is
    // truncated, not an image: OpenCV would fill the rest with black.
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    if (bytes.startsWith("BM") && bytes.size() >= 34 && le32(p + 14) >= 40) {
        const qint64 offset = static_cast<quint32>(le32(p + 10));
        const int bitsPerPixel = p[28] | (p[29] << 8);
        const qint64 compression = static_cast<quint32>(le32(p + 30));
        if (compression == 0 || compression == 3) { // BI_RGB, BI_BITFIELDS: the size follows from the header
            const qint64 rowBytes = (qint64(size.width()) * bitsPerPixel + 31) / 32 * 4;
            if (bitsPerPixel <= 0 || offset + rowBytes * size.height() > bytes.size())
                return makeError(ErrorKind::Data,
                                 tr("The image %1 is truncated or damaged; copy it again from its "
                                    "source.")
                                     .arg(name));
        }
    }

    cv::Mat image;
    try {
        const cv::Mat buffer(1, static_cast<int>(bytes.size()), CV_8UC1,
                             const_cast<char *>(bytes.constData())); // imdecode only reads it
        // IMREAD_COLOR: grey becomes BGR, 16-bit becomes 8-bit, alpha is dropped, EXIF orientation applied.
        image = cv::imdecode(buffer, cv::IMREAD_COLOR);
    } catch (const cv::Exception &) {
        image.release();
    }
    // OpenCV does not read run-length-encoded BMPs (ImageMagick's default for grey pictures); Qt does.
    if (image.empty() && bytes.startsWith("BM")) {
        const QImage qt = QImage::fromData(bytes, "BMP").convertToFormat(QImage::Format_BGR888);
        if (!qt.isNull() && qt.width() == size.width() && qt.height() == size.height())
            image = cv::Mat(qt.height(), qt.width(), CV_8UC3, const_cast<uchar *>(qt.constBits()),
                            static_cast<size_t>(qt.bytesPerLine()))
                        .clone();
    }
    if (image.empty())
        return makeError(ErrorKind::Data,
                         tr("The image %1 is truncated or damaged; copy it again from its "
                            "source.")
                             .arg(name));
    if (image.type() != CV_8UC3)
        return makeError(ErrorKind::Data,
                         tr("%1 is not an image Consentry can read (PNG, JPEG, BMP, PGM/PPM); "
                            "choose a photo in one of these formats.")
                             .arg(name));
    return image;
}

} // namespace consentry
