#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;

namespace consentry {

// A QR code from libqrencode, kept as its module matrix so it can be drawn as vector rectangles (crisp
// at any printer resolution) or turned into an image.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    enum class Correction { Low, Medium, Quartile, High };
    static constexpr int kQuietZone = 4; // modules of white around the code, as the standard asks

    // Encodes `text` as UTF-8 bytes. Fails (InvalidArgument) when it is empty or too long for a QR code.
    static Result<QrCode> encode(const QString &text, Correction correction = Correction::Medium);

    int version() const { return m_version; }
    int size() const { return m_size; } // modules per side, quiet zone excluded
    bool isDark(int x, int y) const;

    // The dark modules as one path filling `target` (quiet zone included in `target`).
    QPainterPath path(const QRectF &target) const;
    // White quiet zone and black modules into `target` (a square).
    void paint(QPainter &painter, const QRectF &target) const;
    // An image with `moduleSize` pixels per module, quiet zone included.
    QImage toImage(int moduleSize) const;

private:
    QrCode() = default;
    int m_version = 0;
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace consentry
