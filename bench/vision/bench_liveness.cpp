// What the liveness check adds per frame, beside the detector: LivenessCheck::offer() on 640×480 frames made
// from ORL pictures (the photo held still, the photo turned, a real head turn), for the challenge "any"
// (the texture comparison runs on every frame) and "left" (only on frames that turn). Prints medians and
// the ratio to YuNet's own detection time on the same frames.
//   bench_liveness [--repeat N]

#include "vision/CanvasSource.h"
#include "vision/FacePipeline.h"
#include "vision/ImageLoader.h"
#include "vision/LivenessCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace consentry;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

cv::Mat orl(const QString &testdata, int person, int image)
{
    Result<cv::Mat> loaded
        = ImageLoader::load(QStringLiteral("%1/faces/orl/s%2/%3.pgm").arg(testdata).arg(person).arg(image));
    return loaded ? CanvasSource::place(loaded.value(), cv::Size(640, 480)) : cv::Mat();
}

cv::Mat turned(const cv::Mat &frame, double degrees)
{
    const double f = frame.cols, a = degrees * CV_PI / 180, cx = frame.cols / 2.0, cy = frame.rows / 2.0;
    std::vector<cv::Point2f> from, to;
    for (const cv::Point2f c : { cv::Point2f(0, 0), cv::Point2f(640, 0), cv::Point2f(640, 480), cv::Point2f(0, 480) }) {
        const double x = c.x - cx, z = f + x * std::sin(a);
        from.push_back(c);
        to.emplace_back(float(cx + f * x * std::cos(a) / z), float(cy + f * (c.y - cy) / z));
    }
    cv::Mat out;
    cv::warpPerspective(frame, out, cv::getPerspectiveTransform(from, to), frame.size(), cv::INTER_LINEAR,
                        cv::BORDER_CONSTANT, cv::Scalar::all(110));
    return out;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int repeat = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--repeat"))
            repeat = std::max(1, args.at(i + 1).toInt());
    }
    const QString testdata
        = qEnvironmentVariable("CONSENTRY_TESTDATA_DIR", QStringLiteral(CONSENTRY_BENCH_TESTDATA_DIR));
    PipelineOptions options;
    options.modelDir = qEnvironmentVariable("CONSENTRY_MODEL_DIR", QStringLiteral(CONSENTRY_BENCH_MODEL_DIR));
    options.detector = FaceDetector::Choice::YuNet;
    Result<std::unique_ptr<FacePipeline>> pipeline = FacePipeline::create(options);
    if (!pipeline) {
        std::fprintf(stderr, "%s\n", qPrintable(pipeline.errorMessage()));
        return 1;
    }
    const cv::Mat photo = orl(testdata, 4, 1);
    if (photo.empty()) {
        std::fprintf(stderr, "no ORL pictures under %s\n", qPrintable(testdata));
        return 1;
    }
    std::vector<cv::Mat> still(30, photo), turning, head;
    for (int i = 0; i < 30; ++i)
        turning.push_back(turned(photo, 50 * std::sin(i * 2 * CV_PI / 29)));
    for (int image : { 7, 7, 7, 7, 10, 10, 10, 10 })
        head.push_back(orl(testdata, 4, image));

    std::printf("%-12s %-8s %10s %10s %8s\n", "clip", "asked", "detect ms", "check ms", "ratio");
    for (const auto &[name, clip] : { std::pair<const char *, const std::vector<cv::Mat> &> { "still", still },
                                      { "turned", turning },
                                      { "head-turn", head } }) {
        std::vector<std::vector<DetectedFace>> faces;
        std::vector<double> detect;
        QElapsedTimer timer;
        for (const cv::Mat &frame : clip) {
            timer.start();
            Result<std::vector<DetectedFace>> found = pipeline.value()->detector().detect(frame);
            detect.push_back(double(timer.nsecsElapsed()) / 1e6);
            faces.push_back(found ? found.value() : std::vector<DetectedFace>());
        }
        for (LivenessCheck::Challenge challenge :
             { LivenessCheck::Challenge::Any, LivenessCheck::Challenge::TurnLeft }) {
            std::vector<double> check;
            for (int r = 0; r < repeat; ++r) {
                LivenessCheck::Options endless;
                endless.timeoutMs = 1 << 30; // measure every frame, not only up to a decision
                LivenessCheck liveness(challenge, endless);
                for (size_t i = 0; i < clip.size() && liveness.outcome() == LivenessCheck::Outcome::Running; ++i) {
                    timer.start();
                    liveness.offer(clip[i], faces[i], qint64(i) * 100);
                    check.push_back(double(timer.nsecsElapsed()) / 1e6);
                }
            }
            std::printf("%-12s %-8s %10.2f %10.2f %8.2f\n", name, qPrintable(LivenessCheck::challengeName(challenge)),
                        median(detect), median(check), median(check) / std::max(1e-6, median(detect)));
        }
    }
    std::printf("(milliseconds, medians per frame; the check stops at its decision)\n");
    return 0;
}
