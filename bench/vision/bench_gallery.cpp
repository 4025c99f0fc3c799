// 1:N search over synthetic galleries of several sizes and template lengths, against the naive
// cv::FaceRecognizerSF::match loop, with bandwidth fraction and resident memory. Each configuration runs
// in a fresh process so RSS is per gallery: bench_gallery [N DIM] runs one; no arguments runs the table.

#include "harness/GalleryBenchmark.h"
#include "vision/ModelRegistry.h"

#include <QCoreApplication>
#include <QProcess>

#include <opencv2/core.hpp>

#include <cstdio>

using namespace consentry;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    cv::setNumThreads(2);
    const QStringList args = app.arguments();
    if (args.size() == 3) {
        GalleryBenchmarkOptions options;
        options.gallery = args.at(1).toInt();
        options.dim = args.at(2).toInt();
        options.naiveQueries = options.gallery > 200000 ? 2 : 5;
        const QString models = qEnvironmentVariable("CONSENTRY_MODEL_DIR", QStringLiteral(CONSENTRY_BENCH_MODEL_DIR));
        const ModelRegistry registry({ models });
        Result<ResolvedModel> sface = registry.find(QStringLiteral("sface-2021dec"));
        if (!sface.ok())
            sface = registry.best(ModelCard::Kind::Embedder);
        if (sface.ok())
            options.sfaceModelPath = sface->path;
        Result<GalleryBenchmarkReport> r = GalleryBenchmark::run(options);
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.errorMessage()));
            return 1;
        }
        std::printf("%9d %5d %9.3f %10.1f %8.1f %8.2f %8.2f %6.2f %8.1f %8.1f\n", r->gallery, r->dim, r->searchMsP50,
                    r->naiveMsP50, r->speedup, r->scanGBps, r->memcpyGBps, r->bandwidthFraction, r->galleryMb,
                    r->rssMb);
        std::fflush(stdout);
        return 0;
    }
    std::printf("%9s %5s %9s %10s %8s %8s %8s %6s %8s %8s\n", "templates", "dim", "search", "naive", "speed-up", "scan",
                "memcpy", "frac", "gallery", "rss");
    std::printf("%9s %5s %9s %10s %8s %8s %8s %6s %8s %8s\n", "", "", "ms p50", "ms p50", "x", "GB/s", "GB/s", "", "MB",
                "MB");
    std::fflush(stdout);
    for (int dim : { 128, 256 }) {
        for (int n : { 10000, 100000, 300000 }) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(args.at(0), { QString::number(n), QString::number(dim) });
            child.waitForFinished(-1);
        }
    }
    std::printf("naive: cv::FaceRecognizerSF::match per row when an ONNX model is present to create the instance\n");
    return 0;
}
