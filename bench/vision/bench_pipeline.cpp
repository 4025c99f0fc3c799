// Per-frame cost of the vision chain on 640×480 frames — detect, quality gate, align + embed — for the
// models and for the classical fallback (the LBP cascade, next to the Haar cascade it replaced), on ONE core
// (cv::setNumThreads(1), the process pinned to one CPU), side by side with the same chain on every core, measured in
// the same run. Targets (issue 16): with the models ≤ 33 ms median on one core; the classical fallback ≤ 25 ms. Prints
// medians.
//   bench_pipeline [--frames N] [--cpu C] [--baseline-threads T]
// --cpu -1 leaves the process unpinned (on systems without sched_setaffinity it always is).
// On one core the work runs in the calling thread, so its thread CPU time is printed next to the wall
// time: on a machine shared with other jobs, the CPU time is what one core of its own would need.

#include "vision/DnnEmbedder.h"
#include "vision/FacePipeline.h"
#include "vision/ModelRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <random>
#include <thread>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <time.h>
#endif
#ifdef Q_OS_LINUX
#include <sched.h>
#endif

using namespace consentry;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double threadCpuMs()
{
#ifdef Q_OS_WIN
    FILETIME created, exited, kernel, user;
    GetThreadTimes(GetCurrentThread(), &created, &exited, &kernel, &user);
    auto ms = [](const FILETIME &t) { return double((quint64(t.dwHighDateTime) << 32) | t.dwLowDateTime) * 1e-4; };
    return ms(kernel) + ms(user);
#else
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
#endif
}

bool pinTo(int cpu)
{
#ifdef Q_OS_LINUX
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return sched_setaffinity(0, sizeof(set), &set) == 0;
#else
    Q_UNUSED(cpu);
    return false;
#endif
}

// LFW faces pasted at a webcam-like scale onto a textured 640×480 background.
std::vector<cv::Mat> makeFrames(const QString &testdata, int count)
{
    std::vector<cv::Mat> frames;
    QDir root(testdata + QStringLiteral("/faces/lfw-dev"));
    const QStringList people = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::mt19937 random(1);
    for (int i = 0; frames.size() < static_cast<size_t>(count) && i < people.size(); i += 7) {
        const QDir dir(root.filePath(people.at(i)));
        const QStringList images = dir.entryList({ QStringLiteral("*.jpg") }, QDir::Files, QDir::Name);
        if (images.isEmpty())
            continue;
        Result<cv::Mat> face = ImageLoader::load(dir.filePath(images.constFirst()));
        if (!face.ok())
            continue;
        cv::Mat frame(480, 640, CV_8UC3);
        cv::randu(frame, cv::Scalar::all(60), cv::Scalar::all(160));
        cv::GaussianBlur(frame, frame, cv::Size(0, 0), 3);
        cv::Mat scaled;
        cv::resize(face.value(), scaled, cv::Size(), 1.4, 1.4, cv::INTER_LINEAR);
        const int x = std::uniform_int_distribution<int>(0, 640 - scaled.cols)(random);
        scaled.copyTo(frame(cv::Rect(x, 480 - scaled.rows, scaled.cols, scaled.rows)));
        frames.push_back(frame);
    }
    return frames;
}

struct Steps {
    double detect = 0, quality = 0, embed = 0, total = 0; // thread CPU time
    double wall = 0;
    int found = 0;
};

// Two passes over the frames (the first warms caches and the networks up); medians of the second.
Steps measure(FacePipeline &p, const std::vector<cv::Mat> &frames)
{
    std::vector<double> detect, quality, embed, total, wall;
    Steps steps;
    QElapsedTimer timer;
    for (int pass = 0; pass < 2; ++pass) {
        detect.clear();
        quality.clear();
        embed.clear();
        total.clear();
        wall.clear();
        steps.found = 0;
        for (const cv::Mat &frame : frames) {
            timer.start();
            const double t0 = threadCpuMs();
            Result<std::vector<DetectedFace>> faces = p.detector().detect(frame);
            const double t1 = threadCpuMs();
            const QualityReport q
                = p.qualityGate().check(frame, faces.ok() ? faces.value() : std::vector<DetectedFace>());
            const double t2 = threadCpuMs();
            if (faces.ok() && !faces->empty()) {
                ++steps.found;
                (void)p.embedder().embed(frame, faces->at(static_cast<size_t>(std::max(0, q.faceIndex))));
            }
            const double t3 = threadCpuMs();
            wall.push_back(double(timer.nsecsElapsed()) / 1e6);
            detect.push_back(t1 - t0);
            quality.push_back(t2 - t1);
            embed.push_back(t3 - t2);
            total.push_back(t3 - t0);
        }
    }
    steps.detect = median(detect);
    steps.quality = median(quality);
    steps.embed = median(embed);
    steps.total = median(total);
    steps.wall = median(wall);
    return steps;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int frameCount = 200, cpu = 0;
    int baselineThreads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--frames"))
            frameCount = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--cpu"))
            cpu = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--baseline-threads"))
            baselineThreads = std::max(1, args.at(i + 1).toInt());
    }
    const QString testdata
        = qEnvironmentVariable("CONSENTRY_TESTDATA_DIR", QStringLiteral(CONSENTRY_BENCH_TESTDATA_DIR));
    const QString models = qEnvironmentVariable("CONSENTRY_MODEL_DIR", QStringLiteral(CONSENTRY_BENCH_MODEL_DIR));
    const std::vector<cv::Mat> frames = makeFrames(testdata, frameCount);
    if (frames.empty()) {
        std::fprintf(stderr, "no test images under %s\n", qPrintable(testdata));
        return 1;
    }

    struct Row {
        QString recognizer, detector;
        Steps one, all;
    };
    std::vector<Row> rows;
    std::vector<std::unique_ptr<FacePipeline>> pipelines;
    for (FaceEmbedder::Choice engine : { FaceEmbedder::Choice::Dnn, FaceEmbedder::Choice::Classical }) {
        for (FaceDetector::Choice detector :
             { FaceDetector::Choice::YuNet, FaceDetector::Choice::Lbp, FaceDetector::Choice::Haar }) {
            PipelineOptions options;
            options.modelDir = models;
            options.embedder = engine;
            options.detector = detector;
            Result<std::unique_ptr<FacePipeline>> pipeline = FacePipeline::create(options);
            if (!pipeline.ok()) {
                std::printf("(skipped: %s)\n", qPrintable(pipeline.errorMessage()));
                continue;
            }
            rows.push_back({ pipeline.value()->engine().name, pipeline.value()->detector().id(), {}, {} });
            pipelines.push_back(std::move(pipeline).value());
        }
    }
    // Baseline first, on every core: OpenCV's worker threads are made now and are not pinned later.
    cv::setNumThreads(baselineThreads);
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i].all = measure(*pipelines[i], frames);
    cv::setNumThreads(1);
    const bool pinned = cpu >= 0 && pinTo(cpu);
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i].one = measure(*pipelines[i], frames);

    std::printf("%zu frames of 640x480; one core: cv::setNumThreads(1)%s; baseline: %d OpenCV threads, unpinned\n",
                frames.size(), pinned ? qPrintable(QStringLiteral(", pinned to CPU %1").arg(cpu)) : ", not pinned",
                baselineThreads);
    std::printf("%-24s %-26s %7s %7s %7s %7s | %7s %8s %6s %7s\n", "", "", "one core, CPU ms", "", "", "", "wall ms",
                "", "", "");
    std::printf("%-24s %-26s %7s %7s %7s %7s | %7s %8s %6s %7s\n", "recognizer", "detector", "detect", "quality",
                "embed", "total", "1 core", "baseline", "ratio", "found");
    for (const Row &r : rows)
        std::printf("%-24s %-26s %7.2f %7.2f %7.2f %7.2f | %7.2f %8.2f %5.2fx %3d/%zu\n", qPrintable(r.recognizer),
                    qPrintable(r.detector), r.one.detect, r.one.quality, r.one.embed, r.one.total, r.one.wall,
                    r.all.wall, r.all.wall > 0 ? r.one.wall / r.all.wall : 0.0, r.one.found, frames.size());
    std::printf("(medians per frame; ratio = one core's wall time / the baseline's wall time)\n");

    // What each accuracy step costs per face (issue 16, goal 4), on the same core: the embedding of the
    // aligned face alone, and with its mirror image averaged in (a second pass of the network).
    const ModelRegistry registry(ModelRegistry::defaultSearchDirs(models, QString()));
    Result<ResolvedModel> reid = registry.find(QStringLiteral("face-reid-retail-0095"));
    Result<std::unique_ptr<FaceDetector>> yunet = FaceDetector::create(registry, FaceDetector::Choice::YuNet);
    if (reid && yunet) {
        std::printf("\nper face, one core, CPU ms (median)   %8s %8s %7s\n", "single", "+ flip", "ratio");
        ResolvedModel single = reid.value();
        single.card.flipAverage = false;
        ResolvedModel flipped = reid.value();
        flipped.card.flipAverage = true;
        Result<std::unique_ptr<DnnEmbedder>> a = DnnEmbedder::create(single);
        Result<std::unique_ptr<DnnEmbedder>> b = DnnEmbedder::create(flipped);
        std::vector<double> costA, costB;
        for (int pass = 0; pass < 2 && a && b; ++pass) {
            costA.clear();
            costB.clear();
            for (const cv::Mat &frame : frames) {
                Result<std::vector<DetectedFace>> faces = yunet.value()->detect(frame);
                if (!faces || faces->empty())
                    continue;
                double t0 = threadCpuMs();
                (void)a.value()->embed(frame, faces->front());
                costA.push_back(threadCpuMs() - t0);
                t0 = threadCpuMs();
                (void)b.value()->embed(frame, faces->front());
                costB.push_back(threadCpuMs() - t0);
            }
        }
        std::printf("%-36s %8.2f %8.2f %6.2fx\n", "align + face-reid-retail-0095", median(costA), median(costB),
                    median(costA) > 0 ? median(costB) / median(costA) : 0.0);
    }
    return 0;
}
