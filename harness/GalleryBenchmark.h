#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace consentry {

struct GalleryBenchmarkOptions {
    int gallery = 100000;
    int dim = 128; // SFace's length; face-reid-retail-0095 makes 256
    int queries = 50;
    int naiveQueries = 5; // the naive loop is slow: fewer queries
    quint32 seed = 1;
    QString sfaceModelPath; // any ONNX file cv::FaceRecognizerSF::create accepts; empty: no instance
};

struct GalleryBenchmarkReport {
    int gallery = 0;
    int dim = 0;
    int threads = 0;
    double searchMsP50 = 0;
    double naiveMsP50 = 0;
    double speedup = 0;
    QString naiveMethod;
    double scanGBps = 0; // bytes one search reads / median search time
    double memcpyGBps = 0; // read + write bytes of a same-size memcpy / its median time, same threads
    double bandwidthFraction = 0;
    double rssMb = -1; // resident set after the gallery was built (Linux), -1 if unknown
    double galleryMb = 0;
    bool halfScan = false; // the search read the float16 copy (bytes scanned = 2 per value)
    QJsonObject toJson() const;
};

// The `bench` measurement: 1:N search over N synthetic L2-normalised templates with Gallery::search,
// side by side with the naive loop of cv::FaceRecognizerSF::match over the same rows, and the share of
// the machine's memory bandwidth the search reaches.
class GalleryBenchmark
{
    Q_DECLARE_TR_FUNCTIONS(GalleryBenchmark)

public:
    static Result<GalleryBenchmarkReport> run(const GalleryBenchmarkOptions &options);
    static double residentSetMb(); // -1 where unknown
};

} // namespace consentry
