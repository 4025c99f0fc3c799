#pragma once

#include <QList>
#include <QPainterPath>
#include <QWidget>

namespace consentry::ui {

// A box to sign in with a mouse, a finger or a pen. Keeps the strokes as vector paths and exports them
// as a PNG for the encrypted signature record.
class SignaturePad : public QWidget
{
    Q_OBJECT

public:
    explicit SignaturePad(QWidget *parent = nullptr);

    bool isEmpty() const { return m_strokes.isEmpty(); }
    // The signature on a white background, scaled to fit `size`; empty when nothing was signed.
    QByteArray toPng(const QSize &size = QSize(600, 200)) const;
    QSize sizeHint() const override { return { 480, 150 }; }

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;

private:
    void beginStroke(const QPointF &point);
    void extendStroke(const QPointF &point);
    void endStroke();

    QList<QPainterPath> m_strokes;
    bool m_drawing = false;
};

} // namespace consentry::ui
