#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QWidget>

namespace consentry::ui {

// One face to outline on the picture, in frame pixel coordinates.
struct FaceOverlay {
    QRectF box;
    QList<QPointF> landmarks;
    bool acceptable = false; // passes the quality gate: green; otherwise amber
};

// Paints the latest camera frame with face boxes, one plain-language hint and the frame rate. It keeps
// only the newest frame (older ones are simply replaced, never queued) and never waits on a camera: the
// capture thread hands frames over through setFrame().
class CameraView : public QWidget
{
    Q_OBJECT

public:
    enum class State { NoCamera, Starting, Live, Lost };
    Q_ENUM(State)

    explicit CameraView(QWidget *parent = nullptr);

    State state() const { return m_state; }
    QString hint() const { return m_hint; }
    QString statusText() const; // the sentence shown when there is no live picture
    // A sentence that replaces the state's own text while there is no picture (e.g. why a file failed).
    void setMessage(const QString &message)
    {
        m_message = message;
        update();
    }
    double framesPerSecond() const { return m_fps; }
    QSize frameSize() const { return m_frame.size(); }
    QSize sizeHint() const override { return { 640, 480 }; }

Q_SIGNALS:
    // Staff clicked on the picture (Verify: "this face"), in the frame's pixel coordinates.
    void framePointClicked(const QPointF &framePoint);

public Q_SLOTS:
    void setFrame(const QImage &frame, const QList<consentry::ui::FaceOverlay> &faces, const QString &hint);
    void setState(consentry::ui::CameraView::State state);
    void setFramesPerSecond(double fps);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRectF targetRect() const;

    State m_state = State::NoCamera;
    QImage m_frame;
    QList<FaceOverlay> m_faces;
    QString m_hint;
    QString m_message;
    double m_fps = 0.0;
};

} // namespace consentry::ui
