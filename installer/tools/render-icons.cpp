// render-icons SVG OUTDIR: the application icon at every size the desktops ask for, from the one SVG.
// Writes OUTDIR/hicolor/NxN/apps/consentry.png and OUTDIR/consentry.ico (PNG entries, Windows Vista and
// later). Runs at build time without a display: no QGuiApplication, so no platform plugin is needed.

#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QString>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <vector>

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

template <typename T> void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// ICONDIR + one ICONDIRENTRY per image, then the PNG data of each.
QByteArray ico(const std::vector<QByteArray> &pngs, const std::vector<int> &sizes)
{
    QByteArray out;
    put<quint16>(out, 0);
    put<quint16>(out, 1);
    put<quint16>(out, static_cast<quint16>(pngs.size()));
    quint32 offset = 6 + 16 * static_cast<quint32>(pngs.size());
    for (std::size_t i = 0; i < pngs.size(); ++i) {
        out.append(static_cast<char>(sizes[i] >= 256 ? 0 : sizes[i]));
        out.append(static_cast<char>(sizes[i] >= 256 ? 0 : sizes[i]));
        out.append('\0'); // no palette
        out.append('\0');
        put<quint16>(out, 1); // colour planes
        put<quint16>(out, 32); // bits per pixel
        put<quint32>(out, static_cast<quint32>(pngs[i].size()));
        put<quint32>(out, offset);
        offset += static_cast<quint32>(pngs[i].size());
    }
    for (const QByteArray &data : pngs)
        out.append(data);
    return out;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: render-icons SVG OUTDIR\n");
        return 1;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "render-icons: %s is not a valid SVG file\n", argv[1]);
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256, 512 }) {
        const QString path = out.filePath(QStringLiteral("hicolor/%1x%1/apps/consentry.png").arg(size));
        if (!write(path, png(render(svg, size)))) {
            std::fprintf(stderr, "render-icons: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    const std::vector<int> icoSizes { 16, 24, 32, 48, 64, 256 };
    std::vector<QByteArray> icoImages;
    for (int size : icoSizes)
        icoImages.push_back(png(render(svg, size)));
    if (!write(out.filePath(QStringLiteral("consentry.ico")), ico(icoImages, icoSizes))) {
        std::fprintf(stderr, "render-icons: cannot write consentry.ico\n");
        return 1;
    }
    return 0;
}
