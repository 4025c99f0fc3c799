#include "harness/GalleryBenchmark.h"

#include "vision/Gallery.h"

#include <QElapsedTimer>
#include <QFile>

#include <opencv2/core.hpp>
#include <opencv2/objdetect/face.hpp>

#include <algorithm>
#include <cstring>
#include <random>

namespace consentry {

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
} // namespace

QJsonObject GalleryBenchmarkReport::toJson() const
{
    return QJsonObject {
        { QStringLiteral("gallery"), gallery },
        { QStringLiteral("dim"), dim },
        { QStringLiteral("threads"), threads },
        { QStringLiteral("search_ms_p50"), searchMsP50 },
        { QStringLiteral("naive_ms_p50"), naiveMsP50 },
        { QStringLiteral("speedup"), speedup },
        { QStringLiteral("naive_method"), naiveMethod },
        { QStringLiteral("scan_gbps"), scanGBps },
        { QStringLiteral("memcpy_gbps"), memcpyGBps },
        { QStringLiteral("bandwidth_fraction"), bandwidthFraction },
        { QStringLiteral("rss_mb"), rssMb },
        { QStringLiteral("gallery_mb"), galleryMb },
        { QStringLiteral("half_scan"), halfScan },
    };
}

double GalleryBenchmark::residentSetMb()
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        // /proc files report size 0, so read them whole rather than testing atEnd().
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).simplified().split(' ').value(0).toDouble() / 1024.0;
        }
    }
#endif
    return -1;
}

Result<GalleryBenchmarkReport> GalleryBenchmark::run(const GalleryBenchmarkOptions &options)
{
    if (options.gallery < 1 || options.gallery > 10000000 || options.dim < 4 || options.dim > 4096
        || options.queries < 1)
        return makeError(ErrorKind::InvalidArgument,
                         tr("The gallery size must be between 1 and 10,000,000 and the template length between 4 "
                            "and 4096."));
    GalleryBenchmarkReport report;
    report.gallery = options.gallery;
    report.dim = options.dim;
    report.threads = cv::getNumThreads();

    const EngineId engine { QStringLiteral("synthetic"), QStringLiteral("synthetic"), options.dim };
    std::mt19937 random(options.seed);
    std::normal_distribution<float> normal;
    auto randomTemplate = [&]() {
        std::vector<float> v(static_cast<size_t>(options.dim));
        for (float &x : v)
            x = normal(random);
        return FaceTemplate::fromFeatures(engine, v.data(), options.dim).value();
    };

    Gallery gallery(engine);
    try {
        gallery.reserve(options.gallery);
        for (int i = 0; i < options.gallery; ++i) {
            if (Status s = gallery.add(i, i, randomTemplate()); !s.ok())
                return s.error();
        }
    } catch (const std::bad_alloc &) {
        return makeError(ErrorKind::IO, tr("Not enough memory for a gallery of %1 templates.").arg(options.gallery));
    }
    report.rssMb = residentSetMb();
    report.galleryMb = double(gallery.bytes()) / (1024.0 * 1024.0);
    const size_t bytes = static_cast<size_t>(options.gallery) * static_cast<size_t>(options.dim) * sizeof(float);
    const size_t scanned = gallery.bytesPerSearch(); // half of `bytes` when the float16 copy is scanned
    report.halfScan = Gallery::halfScanAvailable();

    std::vector<FaceTemplate> probes;
    for (int q = 0; q < options.queries; ++q)
        probes.push_back(randomTemplate());
    QElapsedTimer timer;
    std::vector<double> searchMs;
    for (int warm = 0; warm < 2; ++warm)
        (void)gallery.search(probes.front(), 5);
    for (const FaceTemplate &probe : probes) {
        timer.start();
        Result<std::vector<GalleryMatch>> top = gallery.search(probe, 5);
        searchMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!top.ok())
            return top.error();
    }
    report.searchMsP50 = median(searchMs);
    report.scanGBps = double(scanned) / (report.searchMsP50 * 1e6);

    // memcpy of the same number of bytes with the same threads (STREAM "copy": read + write traffic).
    {
        std::vector<float> destination(bytes / sizeof(float));
        const float *source = gallery.row(0);
        const int threads = std::max(1, report.threads);
        std::vector<double> copyMs;
        for (int k = 0; k < 7; ++k) {
            timer.start();
            cv::parallel_for_(
                cv::Range(0, threads),
                [&](const cv::Range &range) {
                    for (int t = range.start; t < range.end; ++t) {
                        const size_t begin = destination.size() * static_cast<size_t>(t) / static_cast<size_t>(threads);
                        const size_t end
                            = destination.size() * static_cast<size_t>(t + 1) / static_cast<size_t>(threads);
                        std::memcpy(destination.data() + begin, source + begin, (end - begin) * sizeof(float));
                    }
                },
                threads);
            copyMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        report.memcpyGBps = 2.0 * double(bytes) / (median(copyMs) * 1e6);
        report.bandwidthFraction = report.scanGBps / report.memcpyGBps;
    }

    // The naive loop: one FaceRecognizerSF::match call per gallery row, then the best score. match()
    // normalises its inputs in place, so it gets its own copy of the rows.
    cv::Ptr<cv::FaceRecognizerSF> recognizer;
    if (!options.sfaceModelPath.isEmpty()) {
        try {
            recognizer = cv::FaceRecognizerSF::create(options.sfaceModelPath.toStdString(), std::string());
        } catch (const cv::Exception &) {
            recognizer.reset();
        }
    }
    report.naiveMethod = recognizer
        ? QStringLiteral("cv::FaceRecognizerSF::match per row (FR_COSINE)")
        : QStringLiteral("per-row normalise + dot, the arithmetic of cv::FaceRecognizerSF::match "
                         "(no ONNX model to create a FaceRecognizerSF instance)");
    cv::Mat rows(options.gallery, options.dim, CV_32F);
    std::memcpy(rows.data, gallery.row(0), bytes);
    std::vector<double> naiveMs;
    const int naiveQueries = std::max(1, std::min(options.naiveQueries, options.queries));
    for (int q = 0; q < naiveQueries; ++q) {
        cv::Mat probe
            = cv::Mat(1, options.dim, CV_32F, const_cast<float *>(probes[static_cast<size_t>(q)].data())).clone();
        timer.start();
        double best = -2;
        for (int r = 0; r < rows.rows; ++r) {
            double s;
            if (recognizer) {
                s = recognizer->match(probe, rows.row(r), cv::FaceRecognizerSF::FR_COSINE);
            } else {
                cv::Mat a = probe, b = rows.row(r);
                a /= cv::norm(a);
                b /= cv::norm(b);
                s = cv::sum(a.mul(b))[0];
            }
            best = std::max(best, s);
        }
        naiveMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (best < -1.5)
            return makeError(ErrorKind::Internal, tr("The naive match loop produced no score."));
    }
    report.naiveMsP50 = median(naiveMs);
    report.speedup = report.searchMsP50 > 0 ? report.naiveMsP50 / report.searchMsP50 : 0;
    return report;
}

} // namespace consentry
