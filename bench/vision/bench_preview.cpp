// CPU the live preview costs: the app's own PreviewPage (capture thread with face detection and the
// quality gate on every frame, the GUI thread painting the newest frame) playing a 30 fps 640×480 video
// made from the test faces, against the same video painted without any face analysis, measured in the
// same run. CPU time is the whole process's (user + system, every thread) over a fixed stretch of wall
// time; "cores" = CPU seconds per second. Target: detection on every frame at the camera's rate using
// at most one core.
//   bench_preview [--seconds S] [--detector auto|yunet|lbp|haar] [--pin CPU]
// --pin runs everything on one CPU (Linux): the rate then shows whether one core keeps up.

#include "preview/CameraView.h"
#include "preview/PreviewPage.h"
#include "vision/ImageLoader.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <cstdio>
#include <random>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <sched.h>
#include <sys/resource.h>
#endif

using namespace consentry;
using namespace consentry::ui;

namespace {

double processCpuSeconds()
{
#ifdef Q_OS_WIN
    FILETIME created, exited, kernel, user;
    GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user);
    auto seconds = [](const FILETIME &t) { return double((quint64(t.dwHighDateTime) << 32) | t.dwLowDateTime) * 1e-7; };
    return seconds(kernel) + seconds(user);
#else
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
#endif
}

bool pinToCpu(int cpu)
{
#if defined(Q_OS_LINUX)
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return sched_setaffinity(0, sizeof(set), &set) == 0; // threads started later inherit it
#else
    Q_UNUSED(cpu);
    return false;
#endif
}

// A desk scene: a face from lfw-dev (enlarged to a webcam's scale) drifting slowly over a textured
// background, a new person every second. MJPG in AVI, which every OpenCV build can write and read.
QString makeVideo(const QString &testdata, const QString &folder, int seconds)
{
    const QDir root(testdata + QStringLiteral("/faces/lfw-dev"));
    const QStringList people = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::vector<cv::Mat> faces;
    for (int i = 0; i < people.size() && static_cast<int>(faces.size()) < seconds; i += 37) {
        const QDir dir(root.filePath(people.at(i)));
        const QStringList images = dir.entryList({ QStringLiteral("*.jpg") }, QDir::Files, QDir::Name);
        if (images.isEmpty())
            continue;
        if (Result<cv::Mat> face = ImageLoader::load(dir.filePath(images.constFirst())); face) {
            cv::Mat scaled;
            cv::resize(face.value(), scaled, cv::Size(), 1.4, 1.4, cv::INTER_LINEAR);
            faces.push_back(scaled);
        }
    }
    if (faces.empty())
        return QString();
    const QString path = QDir(folder).filePath(QStringLiteral("desk-30fps.avi"));
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 30.0, cv::Size(640, 480));
    if (!writer.isOpened())
        return QString();
    cv::Mat background(480, 640, CV_8UC3);
    cv::randu(background, cv::Scalar::all(60), cv::Scalar::all(160));
    cv::GaussianBlur(background, background, cv::Size(0, 0), 3);
    for (int f = 0; f < seconds * 30; ++f) {
        const cv::Mat &face = faces[static_cast<size_t>(f / 30) % faces.size()];
        cv::Mat frame = background.clone();
        const int x = 40 + (f % 30) * 4, y = 480 - face.rows - 10 + (f % 7);
        face.copyTo(frame(cv::Rect(x, std::max(0, y), face.cols, std::min(face.rows, 480 - std::max(0, y)))));
        writer.write(frame);
    }
    return path;
}

struct Measured {
    double cores = 0; // CPU seconds per wall second
    double shownFps = 0; // frames painted per second
    double capturedFps = 0; // frames read (and analysed, when there is an analyser) per second
    double droppedShare = 0;
};

// Runs the event loop for `warmupMs` + `seconds`; measures over the second part.
Measured measure(LiveCamera &camera, int warmupMs, int seconds)
{
    QEventLoop loop;
    QTimer::singleShot(warmupMs, &loop, &QEventLoop::quit);
    loop.exec();
    const double cpu0 = processCpuSeconds();
    const quint64 shown0 = camera.framesShown(), captured0 = camera.grabber().framesCaptured(),
                  dropped0 = camera.grabber().framesDropped();
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const double elapsed = double(wall.nsecsElapsed()) / 1e9;
    Measured m;
    m.cores = (processCpuSeconds() - cpu0) / elapsed;
    m.shownFps = double(camera.framesShown() - shown0) / elapsed;
    const double captured = double(camera.grabber().framesCaptured() - captured0);
    m.capturedFps = captured / elapsed;
    m.droppedShare = captured > 0 ? double(camera.grabber().framesDropped() - dropped0) / captured : 0;
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")).toUtf8());
    QApplication app(argc, argv);
    int seconds = 10, pin = -1;
    QString detector = QStringLiteral("auto");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--seconds"))
            seconds = std::max(2, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--detector"))
            detector = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--pin"))
            pin = args.at(i + 1).toInt();
    }
    if (pin >= 0 && !pinToCpu(pin)) {
        std::fprintf(stderr, "could not pin to CPU %d\n", pin);
        return 1;
    }
    const QString testdata
        = qEnvironmentVariable("CONSENTRY_TESTDATA_DIR", QStringLiteral(CONSENTRY_BENCH_TESTDATA_DIR));
    const QString models = qEnvironmentVariable("CONSENTRY_MODEL_DIR", QStringLiteral(CONSENTRY_BENCH_MODEL_DIR));
    QTemporaryDir folder;
    const QString video = makeVideo(testdata, folder.path(), 10);
    if (video.isEmpty()) {
        std::fprintf(stderr, "could not make a video from %s\n", qPrintable(testdata));
        return 1;
    }
    Result<FaceDetector::Choice> choice = FaceDetector::choiceFromName(detector);
    if (!choice) {
        std::fprintf(stderr, "%s\n", qPrintable(choice.errorMessage()));
        return 1;
    }
    PipelineOptions options;
    options.modelDir = models;
    options.detector = choice.value();

    // The app's preview page, as `consentry --source VIDEO` shows it.
    PreviewPage page(options, video);
    page.resize(900, 700);
    page.show();
    const Measured preview = measure(*page.camera(), 2000, seconds);
    const QString engine = page.engineText();
    page.hide(); // stops its capture

    // Baseline: the same video played and painted, no face analysis.
    CameraView view;
    view.resize(page.cameraView()->size());
    view.show();
    LiveCamera plain(&view);
    SourceChoice source;
    source.path = video;
    plain.start(source);
    const Measured baseline = measure(plain, 2000, seconds);
    plain.stop();

    std::printf("30 fps 640x480 MJPG video, %d s measured after 2 s, %s, OpenCV threads %d%s\n", seconds,
                qPrintable(QGuiApplication::platformName()), cv::getNumThreads(),
                pin >= 0 ? qPrintable(QStringLiteral(", pinned to CPU %1").arg(pin)) : "");
    std::printf("%s\n", qPrintable(engine));
    std::printf("%-34s %8s %10s %10s %8s\n", "", "cores", "shown/s", "analysed/s", "dropped");
    std::printf("%-34s %8.3f %10.1f %10.1f %7.1f%%\n", "preview, detection on every frame", preview.cores,
                preview.shownFps, preview.capturedFps, 100 * preview.droppedShare);
    std::printf("%-34s %8.3f %10.1f %10s %7.1f%%\n", "baseline: same video, no analysis", baseline.cores,
                baseline.shownFps, "-", 100 * baseline.droppedShare);
    std::printf("ratio preview / baseline CPU: %.2fx; detection adds %.3f cores\n",
                baseline.cores > 0 ? preview.cores / baseline.cores : 0.0, preview.cores - baseline.cores);
    return 0;
}
