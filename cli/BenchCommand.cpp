#include "BenchCommand.h"

#include "harness/GalleryBenchmark.h"
#include "vision/ModelRegistry.h"

namespace consentry::cli {

QString BenchCommand::summary() const
{
    return tr("Measure 1:N search speed over synthetic templates against the naive match loop.");
}

QList<QCommandLineOption> BenchCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("gallery"), tr("Number of synthetic templates (default 100000)."),
                           QStringLiteral("N"), QStringLiteral("100000")),
        QCommandLineOption(QStringLiteral("dim"),
                           tr("Template length (default 128, SFace's; face-reid-retail-0095 makes 256)."),
                           QStringLiteral("D"), QStringLiteral("128")),
        QCommandLineOption(QStringLiteral("queries"), tr("Number of searches timed (default 50)."), QStringLiteral("Q"),
                           QStringLiteral("50")),
    };
}

int BenchCommand::run(Context &context)
{
    GalleryBenchmarkOptions options;
    bool ok1 = false, ok2 = false, ok3 = false;
    options.gallery = context.value(QStringLiteral("gallery")).toInt(&ok1);
    options.dim = context.value(QStringLiteral("dim")).toInt(&ok2);
    options.queries = context.value(QStringLiteral("queries")).toInt(&ok3);
    if (!ok1 || !ok2 || !ok3)
        return context.fail(ExitUsage, tr("--gallery, --dim and --queries take whole numbers."));

    // cv::FaceRecognizerSF needs a loadable ONNX file to exist at all; its match() does not use the network.
    const ModelRegistry registry(ModelRegistry::defaultSearchDirs(context.modelDir, context.dataDir));
    Result<ResolvedModel> sface = registry.find(QStringLiteral("sface-2021dec"));
    if (!sface.ok())
        sface = registry.best(ModelCard::Kind::Embedder);
    if (sface.ok())
        options.sfaceModelPath = sface->path;

    Result<GalleryBenchmarkReport> report = GalleryBenchmark::run(options);
    if (!report.ok())
        return context.fail(report.error());
    const GalleryBenchmarkReport &r = report.value();
    const QString text = tr("gallery: %1 templates of %2 floats (%3 MB), %4 threads\n"
                            "search, median: %5 ms\n"
                            "naive loop, median: %6 ms (%7)\n"
                            "speed-up: %8×\n"
                            "scan: %9 GB/s, memcpy: %10 GB/s, bandwidth fraction: %11\n"
                            "resident memory: %12 MB")
                             .arg(r.gallery)
                             .arg(r.dim)
                             .arg(r.galleryMb, 0, 'f', 1)
                             .arg(r.threads)
                             .arg(r.searchMsP50, 0, 'f', 3)
                             .arg(r.naiveMsP50, 0, 'f', 1)
                             .arg(r.naiveMethod)
                             .arg(r.speedup, 0, 'f', 1)
                             .arg(r.scanGBps, 0, 'f', 2)
                             .arg(r.memcpyGBps, 0, 'f', 2)
                             .arg(r.bandwidthFraction, 0, 'f', 2)
                             .arg(r.rssMb, 0, 'f', 1);
    return context.succeed(text, r.toJson());
}

} // namespace consentry::cli
