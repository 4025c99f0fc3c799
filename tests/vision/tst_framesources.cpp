// Frame sources: image folder, MJPG video file, synthetic, camera; each bad input is a clear error.

#include "TestPaths.h"
#include "vision/CameraSource.h"
#include "vision/ImageFolderSource.h"
#include "vision/ImageLoader.h"
#include "vision/SyntheticSource.h"
#include "vision/VideoFileSource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace consentry;

class TestFrameSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imageFolder();
    void imageFolderErrors();
    void videoFile();
    void videoFileErrors();
    void synthetic();
    void cameraThatDoesNotExist();
};

namespace {
cv::Mat faceOrPattern(int person)
{
    if (!test::testdataDir().isEmpty()) {
        Result<cv::Mat> image
            = ImageLoader::load(QStringLiteral("%1/faces/orl/s%2/1.pgm").arg(test::testdataDir()).arg(person));
        if (image.ok())
            return image.value();
    }
    cv::Mat pattern(112, 92, CV_8UC3, cv::Scalar(20 * person, 100, 200));
    cv::circle(pattern, cv::Point(46, 56), 30, cv::Scalar::all(255), -1);
    return pattern;
}
} // namespace

void TestFrameSources::imageFolder()
{
    QTemporaryDir dir;
    for (int i = 1; i <= 3; ++i)
        QVERIFY(cv::imwrite(dir.filePath(QStringLiteral("%1.png").arg(i)).toStdString(), faceOrPattern(i)));
    // A 16-bit grey image and a broken one among them.
    cv::Mat deep(120, 100, CV_16UC1, cv::Scalar(40000));
    QVERIFY(cv::imwrite(dir.filePath(QStringLiteral("4.png")).toStdString(), deep));
    QFile broken(dir.filePath(QStringLiteral("0.jpg")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("\xff\xd8\xff garbage");
    broken.close();

    ImageFolderSource source(dir.path(), 0);
    QVERIFY(!source.isLive());
    QVERIFY(source.open().ok());
    cv::Mat frame;
    int frames = 0;
    while (source.read(frame) == FrameSource::ReadResult::Frame) {
        QCOMPARE(frame.type(), CV_8UC3);
        ++frames;
    }
    QCOMPARE(frames, 4);
    QCOMPARE(source.skipped(), 1);

    ImageFolderSource looping(dir.path(), 0, true);
    QVERIFY(looping.open().ok());
    for (int i = 0; i < 10; ++i)
        QCOMPARE(looping.read(frame), FrameSource::ReadResult::Frame);
}

void TestFrameSources::imageFolderErrors()
{
    QTemporaryDir dir;
    QCOMPARE(ImageFolderSource(dir.filePath(QStringLiteral("missing"))).open().errorKind(), ErrorKind::NotFound);
    QCOMPARE(ImageFolderSource(dir.path()).open().errorKind(), ErrorKind::NotFound); // empty
    QFile bad(dir.filePath(QStringLiteral("only.png")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("nope");
    bad.close();
    ImageFolderSource allBad(dir.path(), 0, true);
    QVERIFY(allBad.open().ok());
    cv::Mat frame;
    QCOMPARE(allBad.read(frame), FrameSource::ReadResult::Ended); // loops once over bad files, then gives up
}

void TestFrameSources::videoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.avi"));
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10, cv::Size(320, 240));
    if (!writer.isOpened())
        QSKIP("this OpenCV build cannot write MJPG AVI");
    for (int i = 0; i < 12; ++i) {
        cv::Mat frame(240, 320, CV_8UC3, cv::Scalar::all(90));
        const cv::Mat face = faceOrPattern(1 + i % 4);
        face.copyTo(frame(cv::Rect(20 + 10 * i, 60, face.cols, face.rows)));
        writer.write(frame);
    }
    writer.release();

    VideoFileSource source(path);
    QVERIFY2(source.open().ok(), "the MJPG AVI written above cannot be opened");
    QVERIFY(qAbs(source.framesPerSecond() - 10) < 0.5);
    cv::Mat frame;
    int frames = 0;
    while (source.read(frame) == FrameSource::ReadResult::Frame) {
        QCOMPARE(frame.size(), cv::Size(320, 240));
        QCOMPARE(frame.type(), CV_8UC3);
        ++frames;
    }
    QCOMPARE(frames, 12);

    VideoFileSource looping(path, true);
    QVERIFY(looping.open().ok());
    for (int i = 0; i < 30; ++i)
        QCOMPARE(looping.read(frame), FrameSource::ReadResult::Frame);
}

void TestFrameSources::videoFileErrors()
{
    QTemporaryDir dir;
    QCOMPARE(VideoFileSource(dir.filePath(QStringLiteral("none.avi"))).open().errorKind(), ErrorKind::NotFound);
    QFile text(dir.filePath(QStringLiteral("notes.avi")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(3000, 'x'));
    text.close();
    VideoFileSource bad(text.fileName());
    const Status opened = bad.open();
    if (opened.ok()) { // some backends open anything and fail on the first read
        cv::Mat frame;
        QCOMPARE(bad.read(frame), FrameSource::ReadResult::Ended);
    } else {
        QCOMPARE(opened.errorKind(), ErrorKind::Data);
        QVERIFY(opened.errorMessage().contains(QStringLiteral("notes.avi")));
    }
}

void TestFrameSources::synthetic()
{
    SyntheticSource::Options options;
    options.size = cv::Size(320, 240);
    options.frames = 5;
    options.live = false;
    options.face = faceOrPattern(2);
    SyntheticSource source(options);
    QVERIFY(source.open().ok());
    cv::Mat a, b;
    QCOMPARE(source.read(a), FrameSource::ReadResult::Frame);
    a = a.clone();
    QCOMPARE(source.read(b), FrameSource::ReadResult::Frame);
    QCOMPARE(a.size(), cv::Size(320, 240));
    QVERIFY(cv::norm(a, b, cv::NORM_L1) > 0); // it moves
    for (int i = 0; i < 3; ++i)
        QCOMPARE(source.read(b), FrameSource::ReadResult::Frame);
    QCOMPARE(source.read(b), FrameSource::ReadResult::Ended);

    SyntheticSource::Options unplug;
    unplug.lostAfter = 2;
    unplug.failedReopens = 2;
    SyntheticSource camera(unplug);
    QVERIFY(camera.open().ok());
    QCOMPARE(camera.read(a), FrameSource::ReadResult::Frame);
    QCOMPARE(camera.read(a), FrameSource::ReadResult::Frame);
    QCOMPARE(camera.read(a), FrameSource::ReadResult::Lost);
    QVERIFY(!camera.open().ok());
    QVERIFY(!camera.open().ok());
    QVERIFY(camera.open().ok());
    QCOMPARE(camera.read(a), FrameSource::ReadResult::Frame);
}

void TestFrameSources::cameraThatDoesNotExist()
{
    const QList<CameraDevice> devices = CameraSource::availableDevices(); // must not crash without cameras
    int missing = 97;
    for (const CameraDevice &d : devices)
        missing = std::max(missing, d.index + 1);
    CameraSource camera(missing);
    QVERIFY(camera.isLive());
    const Status opened = camera.open();
    QVERIFY(!opened.ok());
    QCOMPARE(opened.errorKind(), ErrorKind::NotFound);
    QVERIFY(opened.errorMessage().contains(QString::number(missing)));
    cv::Mat frame;
    QCOMPARE(camera.read(frame), FrameSource::ReadResult::Lost);
    QCOMPARE(CameraSource(-1).open().errorKind(), ErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(TestFrameSources)
#include "tst_framesources.moc"
