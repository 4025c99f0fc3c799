#pragma once

#include "Result.h"
#include "vision/FacePipeline.h"
#include "vision/ImpostorTail.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace consentry {

struct EvaluationOptions {
    QString datasetDir; // <person>/<images>
    PipelineOptions pipeline;
    bool lbphBaseline = false; // score with OpenCV's LBPHFaceRecognizer instead of the pipeline's embedder
    double targetFpir = 1e-3; // open-set section
    quint32 seed = 1;
    int maxPairsPerClass = 3000; // genuine pairs drawn (and as many impostor pairs)
    int folds = 10;
    // Called after each image; return false to cancel.
    std::function<bool(int done, int total)> progress;
};

struct EvaluationReport {
    QString engine; // embedder id, or "opencv-lbph" for the baseline
    QString detector;
    int persons = 0;
    int images = 0;
    int enrolled = 0; // images that gave a template
    int genuinePairs = 0;
    int impostorPairs = 0;
    double accuracy = 0; // mean over folds, threshold chosen on the other folds
    double accuracyStd = 0;
    double tarAtFar1e3 = 0;
    double thresholdAtFar1e3 = 0;
    double eer = 0;
    double rank1 = 0;
    int rank1Probes = 0;
    int rank1Gallery = 0;
    double fteRate = 0;
    double detectMs = 0; // medians per image
    double embedMs = 0;

    // Open set (docs/adr/0005-open-set-thresholds.md). FPIR a gallery of 1,000 / 10,000 people (one
    // template each) would have at thresholdAtFar1e3, from the share of all different-person image pairs
    // at or above it.
    qint64 allImpostorPairs = 0;
    double fpirAt1000 = -1; // -1: not measured (LBPH baseline)
    double fpirAt10000 = -1;
    // The development tail over every different-person pair: what a model card ships (open_set).
    ImpostorTail impostorTail;
    // Held out: the tail fitted on the people of one half (drawn with the seed), thresholds for a target
    // FPIR at 1,000 and 10,000 people, checked on the pairs of the other half's people.
    struct OpenSetPoint {
        int persons = 0;
        float threshold = 0;
        double tar = 0; // genuine pairs (all) at or above the threshold
        double dir = 0; // rank-1 probes identified correctly at or above it (open-set identification rate)
        double fpirPredicted = 0; // by the fitted half's tail
        double fpirHeldOut = 0; // 1 − (1 − p)^N with p the held-out half's share of pairs at or above it
        qint64 heldOutPairsAbove = 0;
    };
    // The fitted tail against the held-out pairs where they can still be counted: for per-pair rates
    // 1e-3, 1e-4 and 1e-5, the threshold the tail gives and the held-out share at or above it.
    struct TailCheck {
        double far = 0;
        float threshold = 0;
        double heldOutShare = 0;
    };
    std::vector<TailCheck> tailCheck;
    // Fusing a person's templates: people with three or more images enroll two (drawn with the seed), the
    // rest are probes; each probe is compared with its own person and with every other enrolled person,
    // scored by the best of the two templates (what Gallery does) or against their normalised mean.
    // TAR at FAR 0.1 % of those person-level comparisons, each rule with its own threshold.
    struct Fusion {
        int persons = 0;
        int probes = 0;
        double tarMax = 0;
        double tarMean = 0;
    } fusion;
    double targetFpir = 0;
    qint64 heldOutPairs = 0;
    QString openSetNote; // why there is no open-set section (too few pairs), empty otherwise
    std::vector<OpenSetPoint> openSet; // 1,000 and 10,000 people

    QJsonObject toJson() const;
};

// The accuracy and speed protocol of `consentry-cli eval` (../shared/CLI.md): same/different pairs drawn
// with a seed, 10-fold verification accuracy (threshold chosen on 9 folds, tested on the 10th), TAR at
// FAR 0.1 % and EER over all pairs, rank-1 identification with one gallery image per person (drawn with
// the seed) and the rest as probes, failure-to-enroll rate, and median milliseconds per detection and
// per template. In every image the face nearest the centre is the labelled one.
class Evaluation
{
    Q_DECLARE_TR_FUNCTIONS(Evaluation)

public:
    static Result<EvaluationReport> run(const EvaluationOptions &options);

    // Pieces of the protocol, public for tests.
    static double bestThresholdAccuracy(const std::vector<std::pair<float, bool>> &scored, float *threshold);
    static double equalErrorRate(const std::vector<float> &genuine, const std::vector<float> &impostor);
};

} // namespace consentry
