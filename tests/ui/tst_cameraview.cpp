// The preview widget: clear states without a camera, only the newest frame kept, boxes and hints drawn.

#include "Screenshot.h"
#include "preview/CameraView.h"

#include <QPainter>
#include <QTest>

using namespace consentry::ui;

class TestCameraView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithoutCamera();
    void newestFrameWins();
    void lostCameraClearsPicture();
    void drawsBoxesAndHint();
};

namespace {
QImage solid(const QColor &colour, const QSize &size = QSize(640, 480))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}
} // namespace

void TestCameraView::startsWithoutCamera()
{
    CameraView view;
    QCOMPARE(view.state(), CameraView::State::NoCamera);
    QVERIFY(view.statusText().contains(QStringLiteral("Connect a USB camera")));
}

void TestCameraView::newestFrameWins()
{
    CameraView view;
    view.setFrame(solid(Qt::red), {}, QStringLiteral("first"));
    view.setFrame(solid(Qt::blue, QSize(320, 240)), {}, QStringLiteral("second"));
    QCOMPARE(view.state(), CameraView::State::Live);
    QCOMPARE(view.hint(), QStringLiteral("second"));
    QCOMPARE(view.frameSize(), QSize(320, 240));
}

void TestCameraView::lostCameraClearsPicture()
{
    CameraView view;
    view.setFrame(solid(Qt::red), {}, QStringLiteral("Move closer"));
    view.setState(CameraView::State::Lost);
    QVERIFY(view.frameSize().isEmpty());
    QVERIFY(view.hint().isEmpty());
    QVERIFY(view.statusText().contains(QStringLiteral("disconnected")));
}

void TestCameraView::drawsBoxesAndHint()
{
    CameraView view;
    view.resize(640, 480);
    FaceOverlay face;
    face.box = QRectF(200, 100, 200, 240);
    face.acceptable = true;
    view.setFrame(solid(QColor(0x40, 0x40, 0x40)), { face }, QStringLiteral("Hold still"));
    view.setFramesPerSecond(29.7);
    const QImage shot = view.grab().toImage();
    consentry::test::saveScreenshot(&view, QStringLiteral("camera-view"));
    // The green box edge is painted where the face is (frame and view are the same size here).
    const QColor edge = shot.pixelColor(300, 100);
    QVERIFY2(edge.green() > 150 && edge.red() < 120, qPrintable(edge.name()));
    // The hint bar darkens the bottom of the picture.
    QVERIFY(shot.pixelColor(20, 470).lightness() < QColor(0x40, 0x40, 0x40).lightness());
}

QTEST_MAIN(TestCameraView)
#include "tst_cameraview.moc"
