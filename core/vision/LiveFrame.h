#pragma once

#include "vision/FrameGrabber.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace consentry {

// One face of a live frame as the screen draws it (frame pixel coordinates).
struct LiveFace {
    QRectF box;
    QList<QPointF> landmarks;
    bool acceptable = false; // this is the face the quality gate measured, and it passed
};

// A grabbed frame turned into what a widget paints: a QImage, the faces and one plain-language hint.
// Keeps OpenCV out of the widgets.
struct LiveFrame {
    Q_DECLARE_TR_FUNCTIONS(LiveFrame)

public:
    QImage image;
    QList<LiveFace> faces;
    QString hint;
    bool passed = false;
    quint64 sequence = 0;

    static LiveFrame from(const FrameGrabber::Frame &frame);
};

} // namespace consentry
