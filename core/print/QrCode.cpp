#include "print/QrCode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace consentry {

Result<QrCode> QrCode::encode(const QString &text, Correction correction)
{
    if (text.isEmpty())
        return makeError(ErrorKind::InvalidArgument, tr("There is no web address to put in the QR code."));
    QRecLevel level = QR_ECLEVEL_M;
    switch (correction) {
    case Correction::Low: level = QR_ECLEVEL_L; break;
    case Correction::Medium: level = QR_ECLEVEL_M; break;
    case Correction::Quartile: level = QR_ECLEVEL_Q; break;
    case Correction::High: level = QR_ECLEVEL_H; break;
    }
    const QByteArray bytes = text.toUtf8();
    // 8-bit mode keeps the text exactly as given (no case folding); version 0 lets libqrencode choose.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(bytes.constData(), 0, level),
                                                         &QRcode_free);
    if (!code)
        return makeError(ErrorKind::InvalidArgument,
                         tr("The web address is too long for a QR code; use a shorter address."));
    QrCode qr;
    qr.m_version = code->version;
    qr.m_size = code->width;
    qr.m_modules.resize(qr.m_size * qr.m_size);
    for (int i = 0; i < qr.m_size * qr.m_size; ++i)
        qr.m_modules[i] = (code->data[i] & 1) != 0; // bit 0: dark module
    return qr;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(y * m_size + x);
}

QPainterPath QrCode::path(const QRectF &target) const
{
    QPainterPath result;
    result.setFillRule(Qt::WindingFill);
    const int total = m_size + 2 * kQuietZone;
    const qreal module = std::min(target.width(), target.height()) / total;
    const QPointF origin = target.topLeft() + QPointF(kQuietZone * module, kQuietZone * module);
    // One rectangle per horizontal run of dark modules: far fewer shapes than one per module, and no
    // hairline seams between neighbours in PDF viewers.
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            result.addRect(QRectF(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module));
        }
    }
    return result;
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    painter.save();
    const qreal side = std::min(target.width(), target.height());
    const QRectF square(target.topLeft(), QSizeF(side, side));
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(square, Qt::white);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawPath(path(square));
    painter.restore();
}

QImage QrCode::toImage(int moduleSize) const
{
    const int total = (m_size + 2 * kQuietZone) * std::max(1, moduleSize);
    QImage image(total, total, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(0, 0, total, total));
    return image;
}

} // namespace consentry
