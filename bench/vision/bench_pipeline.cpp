// Per-frame cost of the vision chain on 640×480 frames: detect + quality + align + embed, for the DNN
// engine and the classical fallback. Prints medians; the target is ≤ 25 ms per frame on 2 cores.
//   bench_pipeline [--frames N] [--threads T]

#include "vision/FacePipeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace consentry;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
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
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int frameCount = 200, threads = 2;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--frames"))
            frameCount = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--threads"))
            threads = args.at(i + 1).toInt();
    }
    cv::setNumThreads(threads);
    const QString testdata
        = qEnvironmentVariable("CONSENTRY_TESTDATA_DIR", QStringLiteral(CONSENTRY_BENCH_TESTDATA_DIR));
    const QString models = qEnvironmentVariable("CONSENTRY_MODEL_DIR", QStringLiteral(CONSENTRY_BENCH_MODEL_DIR));
    const std::vector<cv::Mat> frames = makeFrames(testdata, frameCount);
    if (frames.empty()) {
        std::fprintf(stderr, "no test images under %s\n", qPrintable(testdata));
        return 1;
    }
    std::printf("%zu frames of 640x480, %d OpenCV threads\n", frames.size(), cv::getNumThreads());
    std::printf("%-28s %-26s %8s %8s %8s %8s %8s\n", "recognizer", "detector", "detect", "quality", "embed", "total",
                "found");

    for (FaceEmbedder::Choice engine : { FaceEmbedder::Choice::Dnn, FaceEmbedder::Choice::Classical }) {
        for (FaceDetector::Choice detectorChoice : { FaceDetector::Choice::YuNet, FaceDetector::Choice::Haar }) {
            PipelineOptions options;
            options.modelDir = models;
            options.embedder = engine;
            options.detector = detectorChoice;
            Result<std::unique_ptr<FacePipeline>> pipeline = FacePipeline::create(options);
            if (!pipeline.ok()) {
                std::printf("(skipped: %s)\n", qPrintable(pipeline.errorMessage()));
                continue;
            }
            FacePipeline &p = *pipeline.value();
            std::vector<double> detect, quality, embed, total;
            int found = 0;
            QElapsedTimer timer;
            for (int pass = 0; pass < 2; ++pass) { // the first pass warms up, the second is measured
                detect.clear();
                quality.clear();
                embed.clear();
                total.clear();
                found = 0;
                for (const cv::Mat &frame : frames) {
                    timer.start();
                    Result<std::vector<DetectedFace>> faces = p.detector().detect(frame);
                    const double t1 = double(timer.nsecsElapsed()) / 1e6;
                    const QualityReport q
                        = p.qualityGate().check(frame, faces.ok() ? faces.value() : std::vector<DetectedFace>());
                    const double t2 = double(timer.nsecsElapsed()) / 1e6;
                    if (faces.ok() && !faces->empty()) {
                        ++found;
                        (void)p.embedder().embed(frame, faces->at(static_cast<size_t>(std::max(0, q.faceIndex))));
                    }
                    const double t3 = double(timer.nsecsElapsed()) / 1e6;
                    detect.push_back(t1);
                    quality.push_back(t2 - t1);
                    embed.push_back(t3 - t2);
                    total.push_back(t3);
                }
            }
            std::printf("%-28s %-26s %8.2f %8.2f %8.2f %8.2f %5d/%zu\n", qPrintable(p.engine().name),
                        qPrintable(p.detector().id()), median(detect), median(quality), median(embed), median(total),
                        found, frames.size());
        }
    }
    std::printf("(milliseconds, medians per frame)\n");
    return 0;
}
