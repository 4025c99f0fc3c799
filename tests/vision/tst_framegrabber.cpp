// FrameGrabber: the newest frame wins (drop, never queue), the caller never waits on the source,
// an unplugged camera reconnects by itself, a missing camera is retried, files end.

#include "TestPaths.h"
#include "vision/CameraSource.h"
#include "vision/FrameGrabber.h"
#include "vision/SyntheticSource.h"
#include "vision/VideoFileSource.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/videoio.hpp>

#include <mutex>

using namespace consentry;
using State = FrameGrabber::State;

class TestFrameGrabber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dropsInsteadOfQueueing();
    void neverWaitsOnTheSource();
    void reconnectsAfterUnplug();
    void retriesMissingCamera();
    void videoFileEnds();
    void runsTheAnalyserInTheCaptureThread();

private:
    static bool sawState(const QSignalSpy &spy, State state)
    {
        for (const QList<QVariant> &args : spy) {
            if (args.at(0).value<State>() == state)
                return true;
        }
        return false;
    }
};

void TestFrameGrabber::dropsInsteadOfQueueing()
{
    SyntheticSource::Options options;
    options.size = cv::Size(160, 120);
    options.framesPerSecond = 0; // as fast as possible
    FrameGrabber grabber;
    QSignalSpy ready(&grabber, &FrameGrabber::frameReady);
    grabber.start(std::make_unique<SyntheticSource>(options));
    QTRY_VERIFY(grabber.framesCaptured() > 50);
    // Nobody took a frame: exactly one notification is outstanding, the rest were dropped.
    QCoreApplication::processEvents();
    QCOMPARE(ready.count(), 1);
    QVERIFY(grabber.framesDropped() > 40);

    const FrameGrabber::Frame first = grabber.latestFrame();
    QVERIFY(first.isValid());
    QVERIFY(first.sequence > 1); // the newest, not the first
    QCOMPARE(first.image.type(), CV_8UC3);
    QTRY_VERIFY(ready.count() >= 2); // taking a frame re-arms the notification
    const FrameGrabber::Frame second = grabber.latestFrame();
    QVERIFY(second.sequence > first.sequence);
    QCOMPARE(grabber.state(), State::Running);
    grabber.stop();
    QCOMPARE(grabber.state(), State::Stopped);
    QVERIFY(!grabber.isRunning());
}

void TestFrameGrabber::neverWaitsOnTheSource()
{
    // The source blocks inside read() until the test lets it go. If latestFrame() waited on the source,
    // this test would deadlock (and fail by ctest's timeout) instead of passing.
    std::mutex gate;
    std::atomic<int> reads { 0 };
    SyntheticSource::Options options;
    options.framesPerSecond = 0;
    options.beforeRead = [&gate, &reads] {
        ++reads;
        std::lock_guard<std::mutex> pass(gate);
    };
    FrameGrabber grabber;
    grabber.start(std::make_unique<SyntheticSource>(options));
    QTRY_VERIFY(grabber.framesCaptured() >= 3);
    gate.lock(); // the next read() now blocks
    const int readsBefore = reads.load();
    QTRY_VERIFY(reads.load() > readsBefore); // the worker is inside read()
    const FrameGrabber::Frame held = grabber.latestFrame();
    QVERIFY(held.isValid());
    QCOMPARE(grabber.latestFrame().sequence, held.sequence);
    gate.unlock();
    QTRY_VERIFY(grabber.latestFrame().sequence > held.sequence);
    grabber.stop();
}

void TestFrameGrabber::reconnectsAfterUnplug()
{
    SyntheticSource::Options options;
    options.size = cv::Size(160, 120);
    options.framesPerSecond = 200;
    options.lostAfter = 10;
    options.failedReopens = 2;
    FrameGrabber grabber;
    grabber.setReconnectDelays(5, 20);
    QSignalSpy states(&grabber, &FrameGrabber::stateChanged);
    grabber.start(std::make_unique<SyntheticSource>(options));
    QTRY_VERIFY(sawState(states, State::Reconnected));
    QVERIFY(sawState(states, State::Lost));
    QTRY_COMPARE(grabber.state(), State::Running);
    const quint64 before = grabber.framesCaptured();
    QVERIFY(before >= 10);
    QTRY_VERIFY(grabber.framesCaptured() > before + 5); // frames flow again
    // The Lost notice carries a message for the operator.
    for (const QList<QVariant> &args : states) {
        if (args.at(0).value<State>() == State::Lost)
            QVERIFY(!args.at(1).toString().isEmpty());
    }
    grabber.stop();
}

void TestFrameGrabber::retriesMissingCamera()
{
    FrameGrabber grabber;
    grabber.setReconnectDelays(5, 10);
    QSignalSpy states(&grabber, &FrameGrabber::stateChanged);
    grabber.start(std::make_unique<CameraSource>(99));
    QTRY_COMPARE(grabber.state(), State::NoCamera);
    QVERIFY(!states.isEmpty());
    QVERIFY(!grabber.latestFrame().isValid());
    grabber.stop(); // must return even though the camera never appeared
    QCOMPARE(grabber.state(), State::Stopped);

    // A camera that appears later.
    SyntheticSource::Options late;
    late.failFirstOpen = true;
    late.framesPerSecond = 100;
    grabber.start(std::make_unique<SyntheticSource>(late));
    QTRY_COMPARE(grabber.state(), State::Running);
    QVERIFY(sawState(states, State::NoCamera));
    QVERIFY(sawState(states, State::Reconnected));
    grabber.stop();
}

void TestFrameGrabber::videoFileEnds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clip.avi"));
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 100, cv::Size(160, 120));
    if (!writer.isOpened())
        QSKIP("this OpenCV build cannot write MJPG AVI");
    for (int i = 0; i < 8; ++i)
        writer.write(cv::Mat(120, 160, CV_8UC3, cv::Scalar::all(20 * i)));
    writer.release();

    FrameGrabber grabber;
    grabber.start(std::make_unique<VideoFileSource>(path));
    QTRY_COMPARE(grabber.state(), State::Ended);
    QCOMPARE(grabber.framesCaptured(), quint64(8));

    QSignalSpy states(&grabber, &FrameGrabber::stateChanged);
    grabber.start(std::make_unique<VideoFileSource>(dir.filePath(QStringLiteral("missing.avi"))));
    QTRY_COMPARE(grabber.state(), State::Failed);
    QVERIFY(sawState(states, State::Failed));
    grabber.stop();
}

void TestFrameGrabber::runsTheAnalyserInTheCaptureThread()
{
    std::atomic<bool> onGuiThread { false };
    QThread *gui = QThread::currentThread();
    FrameGrabber grabber;
    grabber.setAnalyser([&onGuiThread, gui](const cv::Mat &frame) {
        if (QThread::currentThread() == gui)
            onGuiThread = true;
        auto analysis = std::make_shared<FrameAnalysis>();
        analysis->detectMs = frame.cols; // proves which frame it saw
        return std::shared_ptr<const FrameAnalysis>(analysis);
    });
    SyntheticSource::Options options;
    options.size = cv::Size(200, 100);
    options.framesPerSecond = 100;
    grabber.start(std::make_unique<SyntheticSource>(options));
    QTRY_VERIFY(grabber.latestFrame().isValid());
    const FrameGrabber::Frame frame = grabber.latestFrame();
    QVERIFY(frame.analysis);
    QCOMPARE(frame.analysis->detectMs, 200.0);
    QVERIFY(!onGuiThread);
    grabber.stop();
}

QTEST_GUILESS_MAIN(TestFrameGrabber)
#include "tst_framegrabber.moc"
