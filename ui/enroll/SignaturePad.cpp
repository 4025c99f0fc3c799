#include "enroll/SignaturePad.h"
#include "common/Theme.h"

#include <QBuffer>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QTabletEvent>

namespace consentry::ui {

SignaturePad::SignaturePad(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_StaticContents);
    setMinimumHeight(120);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Signature"));
}

void SignaturePad::clear()
{
    m_strokes.clear();
    m_drawing = false;
    update();
    Q_EMIT changed();
}

QByteArray SignaturePad::toPng(const QSize &size) const
{
    if (m_strokes.isEmpty())
        return {};
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal scale = std::min(size.width() / qreal(width()), size.height() / qreal(height()));
    painter.scale(scale, scale);
    painter.setPen(QPen(Qt::black, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPainterPath &stroke : m_strokes)
        painter.drawPath(stroke);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), Qt::white);
    painter.setPen(QPen(Theme::colour(Colour::GuideLine), 1, Qt::DashLine));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    const int baseline = height() * 3 / 4;
    painter.drawLine(16, baseline, width() - 16, baseline);
    if (m_strokes.isEmpty()) {
        painter.setPen(Theme::colour(Colour::GuideText));
        painter.drawText(rect().adjusted(16, 8, -16, -8), Qt::AlignLeft | Qt::AlignTop, tr("Sign here"));
    }
    painter.setPen(QPen(Qt::black, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPainterPath &stroke : m_strokes)
        painter.drawPath(stroke);
}

void SignaturePad::beginStroke(const QPointF &point)
{
    QPainterPath path(point);
    path.lineTo(point + QPointF(0.1, 0.1)); // a dot is a stroke too
    m_strokes.append(path);
    m_drawing = true;
    update();
}

void SignaturePad::extendStroke(const QPointF &point)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    m_strokes.last().lineTo(point);
    update();
}

void SignaturePad::endStroke()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    Q_EMIT changed();
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        beginStroke(event->position());
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        extendStroke(event->position());
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        extendStroke(event->position());
        endStroke();
    }
}

void SignaturePad::tabletEvent(QTabletEvent *event)
{
    switch (event->type()) {
    case QEvent::TabletPress: beginStroke(event->position()); break;
    case QEvent::TabletMove: extendStroke(event->position()); break;
    case QEvent::TabletRelease: endStroke(); break;
    default: break;
    }
    event->accept();
}

} // namespace consentry::ui
