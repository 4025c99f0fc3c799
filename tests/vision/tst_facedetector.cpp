// FaceDetector: YuNet finds the one face of a test photo with landmarks in the right places; the Haar
// fallback works without any model file; a missing cascade is a clear error.

#include "TestPaths.h"
#include "vision/FaceDetector.h"
#include "vision/HaarDetector.h"
#include "vision/ImageLoader.h"
#include "vision/ModelRegistry.h"

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace consentry;

class TestFaceDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yunetFindsFaceWithLandmarks();
    void haarFallbackWithoutModels();
    void missingCascadeIsClearError();
    void blankAndBadFrames();
};

namespace {
cv::Mat testFace()
{
    Result<cv::Mat> image = ImageLoader::load(test::testdataDir() + QStringLiteral("/faces/orl/s1/1.pgm"));
    return image.ok() ? image.value() : cv::Mat();
}
} // namespace

void TestFaceDetector::yunetFindsFaceWithLandmarks()
{
    if (test::modelDir().isEmpty())
        QSKIP(qPrintable(test::missingModelsReason()));
    if (test::testdataDir().isEmpty())
        QSKIP(qPrintable(test::missingTestdataReason()));
    Result<std::unique_ptr<FaceDetector>> detector
        = FaceDetector::create(ModelRegistry({ test::modelDir() }), FaceDetector::Choice::YuNet);
    QVERIFY2(detector.ok(), qPrintable(detector.errorMessage()));
    QCOMPARE((*detector)->id(), QStringLiteral("yunet-2022mar"));
    const cv::Mat image = testFace();
    QVERIFY(!image.empty());
    Result<std::vector<DetectedFace>> faces = (*detector)->detect(image);
    QVERIFY(faces.ok());
    QCOMPARE(faces->size(), size_t(1));
    const DetectedFace &f = faces->front();
    QVERIFY(f.landmarksMeasured);
    QVERIFY(f.landmarks[DetectedFace::RightEye].x < f.landmarks[DetectedFace::LeftEye].x);
    QVERIFY(f.landmarks[DetectedFace::NoseTip].y > f.landmarks[DetectedFace::RightEye].y);
    QVERIFY(f.landmarks[DetectedFace::RightMouth].y > f.landmarks[DetectedFace::NoseTip].y);
    QVERIFY(f.box.contains(f.landmarks[DetectedFace::NoseTip]));

    // A large frame is scaled down for detection and the face is mapped back to full-size coordinates.
    cv::Mat big;
    cv::resize(image, big, cv::Size(), 8, 8, cv::INTER_LINEAR);
    Result<std::vector<DetectedFace>> bigFaces = (*detector)->detect(big);
    QVERIFY(bigFaces.ok());
    QCOMPARE(bigFaces->size(), size_t(1));
    const cv::Rect2f scaledBox(f.box.x * 8, f.box.y * 8, f.box.width * 8, f.box.height * 8);
    QVERIFY(scaledBox.contains(bigFaces->front().landmarks[DetectedFace::NoseTip]));
    QVERIFY(bigFaces->front().box.width > 0.5f * scaledBox.width && bigFaces->front().box.width < 2 * scaledBox.width);
}

void TestFaceDetector::haarFallbackWithoutModels()
{
    if (test::testdataDir().isEmpty())
        QSKIP(qPrintable(test::missingTestdataReason()));
    QTemporaryDir empty;
    QStringList problems;
    Result<std::unique_ptr<FaceDetector>> detector
        = FaceDetector::create(ModelRegistry({ empty.path() }), FaceDetector::Choice::Auto, &problems);
    if (!detector.ok() && detector.errorKind() == ErrorKind::NotFound)
        QSKIP("OpenCV's Haar cascades (opencv-data) are not installed");
    QVERIFY2(detector.ok(), qPrintable(detector.errorMessage()));
    QVERIFY((*detector)->isFallback());
    QVERIFY(problems.isEmpty()); // no model at all is not a problem, just the fallback
    cv::Mat frame(480, 640, CV_8UC3, cv::Scalar::all(40));
    cv::Mat face;
    cv::resize(testFace(), face, cv::Size(), 2.5, 2.5);
    face.copyTo(frame(cv::Rect(200, 100, face.cols, face.rows)));
    Result<std::vector<DetectedFace>> faces = (*detector)->detect(frame);
    QVERIFY(faces.ok());
    QVERIFY(!faces->empty());
    QVERIFY(!faces->front().landmarksMeasured);
    QVERIFY(faces->front().box.x >= 180 && faces->front().box.x < 320);
    QVERIFY(faces->front().eyeDistance() > 20);
}

void TestFaceDetector::missingCascadeIsClearError()
{
    QTemporaryDir empty;
    Result<std::unique_ptr<HaarDetector>> detector = HaarDetector::create({ empty.path() });
    QVERIFY(!detector.ok());
    QCOMPARE(detector.errorKind(), ErrorKind::NotFound);
    QVERIFY(detector.errorMessage().contains(QStringLiteral("haarcascade_frontalface_default.xml")));
    // A damaged cascade file.
    QFile bad(empty.filePath(QStringLiteral("haarcascade_frontalface_default.xml")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("<?xml version=\"1.0\"?><opencv_storage><cascade>broken");
    bad.close();
    detector = HaarDetector::create({ empty.path() });
    QCOMPARE(detector.errorKind(), ErrorKind::Data);
}

void TestFaceDetector::blankAndBadFrames()
{
    QTemporaryDir empty;
    Result<std::unique_ptr<FaceDetector>> detector = FaceDetector::create(
        ModelRegistry({ test::modelDir().isEmpty() ? empty.path() : test::modelDir() }), FaceDetector::Choice::Auto);
    if (!detector.ok())
        QSKIP("no detector available on this machine");
    Result<std::vector<DetectedFace>> none = (*detector)->detect(cv::Mat(480, 640, CV_8UC3, cv::Scalar::all(128)));
    QVERIFY(none.ok());
    QVERIFY(none->empty());
    QCOMPARE((*detector)->detect(cv::Mat()).errorKind(), ErrorKind::InvalidArgument);
    QCOMPARE((*detector)->detect(cv::Mat(100, 100, CV_16UC1)).errorKind(), ErrorKind::InvalidArgument);
    QCOMPARE((*detector)->detect(cv::Mat(1, 1, CV_8UC3)).errorKind(), ErrorKind::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestFaceDetector)
#include "tst_facedetector.moc"
