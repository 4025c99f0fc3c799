#include "preview/CameraView.h"

#include "common/Theme.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace consentry::ui {

CameraView::CameraView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cameraView"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    setAccessibleName(tr("Camera picture"));
}

QString CameraView::statusText() const
{
    if (!m_message.isEmpty() && m_state != State::Live)
        return m_message;
    switch (m_state) {
    case State::NoCamera:
        return tr("No camera found. Connect a USB camera and it will appear here by itself, or choose a "
                  "video file or image folder as the source above.");
    case State::Starting: return tr("Starting the camera…");
    case State::Lost: return tr("The camera was disconnected. Plug it back in: the picture returns by itself.");
    case State::Live: return QString();
    }
    return QString();
}

void CameraView::setFrame(const QImage &frame, const QList<FaceOverlay> &faces, const QString &hint)
{
    m_frame = frame; // the newest frame replaces the previous one: nothing queues up
    m_faces = faces;
    m_hint = hint;
    m_state = State::Live;
    update();
}

void CameraView::setState(State state)
{
    m_state = state;
    if (state != State::Live) {
        m_frame = QImage();
        m_faces.clear();
        m_hint.clear();
    }
    update();
}

void CameraView::setFramesPerSecond(double fps)
{
    m_fps = fps;
}

QRectF CameraView::targetRect() const
{
    if (m_frame.isNull())
        return {};
    QSizeF size = m_frame.size();
    size.scale(QSizeF(width(), height()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

void CameraView::mousePressEvent(QMouseEvent *event)
{
    const QRectF target = targetRect();
    if (event->button() == Qt::LeftButton && target.contains(event->position()) && target.width() > 0)
        Q_EMIT framePointClicked((event->position() - target.topLeft()) * (m_frame.width() / target.width()));
    QWidget::mousePressEvent(event);
}

void CameraView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Theme::colour(Colour::CameraBackground));
    painter.setRenderHint(QPainter::Antialiasing);

    if (m_state != State::Live || m_frame.isNull()) {
        painter.setFont(Theme::font(TextStyle::Heading, font()));
        painter.setPen(Theme::colour(Colour::CameraText));
        painter.drawText(rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap, statusText());
        return;
    }

    const QRectF target = targetRect();
    painter.drawImage(target, m_frame);
    const qreal scale = target.width() / m_frame.width();
    const auto map = [&](const QPointF &p) { return target.topLeft() + p * scale; };

    for (const FaceOverlay &face : std::as_const(m_faces)) {
        const QColor colour = Theme::colour(face.acceptable ? Colour::FaceAcceptable : Colour::FaceNotAcceptable);
        painter.setPen(QPen(colour, 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(map(face.box.topLeft()), map(face.box.bottomRight())), 6, 6);
        painter.setBrush(colour);
        painter.setPen(Qt::NoPen);
        for (const QPointF &point : face.landmarks)
            painter.drawEllipse(map(point), 3, 3);
    }

    if (!m_hint.isEmpty()) {
        const QFont font = Theme::font(TextStyle::Title, this->font());
        painter.setFont(font);
        const QFontMetrics metrics(font);
        // Long hints (and Chinese at large sizes) wrap onto a second line instead of being cut off.
        const QRect textBox = metrics.boundingRect(QRect(0, 0, int(target.width()) - 32, 1000),
                                                   Qt::AlignCenter | Qt::TextWordWrap, m_hint);
        const int barHeight = textBox.height() + 24;
        const QRectF bar(target.left(), target.bottom() - barHeight, target.width(), barHeight);
        painter.fillRect(bar, QColor(0, 0, 0, 170));
        painter.setPen(Qt::white);
        painter.drawText(bar.adjusted(16, 0, -16, 0), Qt::AlignCenter | Qt::TextWordWrap, m_hint);
    }

    if (m_fps > 0) {
        QFont font = painter.font();
        font.setPointSizeF(std::max(8.0, QWidget::font().pointSizeF()));
        font.setBold(false);
        painter.setFont(font);
        const QString text = tr("%1 fps").arg(m_fps, 0, 'f', 1);
        const QRectF box(target.right() - 110, target.top() + 8, 100, 24);
        painter.fillRect(box, QColor(0, 0, 0, 140));
        painter.setPen(Qt::white);
        painter.drawText(box, Qt::AlignCenter, text);
    }
}

} // namespace consentry::ui
