#include "EvalCommand.h"

#include "harness/Evaluation.h"

namespace consentry::cli {

QString EvalCommand::synopsis() const
{
    return QStringLiteral(
        "--dataset DIR [--engine auto|dnn|classical|lbph] [--detector auto|yunet|lbp|haar] [--seed N]");
}

QString EvalCommand::summary() const
{
    return tr("Measure recognition accuracy and speed on a folder of <person>/<images>.");
}

QList<QCommandLineOption> EvalCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("dataset"), tr("Folder with one sub-folder of face images per person."),
                           QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("engine"),
                           tr("Recognizer: auto (the best installed), dnn, classical (LBP fallback) or lbph "
                              "(OpenCV's LBPH, as a baseline)."),
                           QStringLiteral("ENGINE"), QStringLiteral("auto")),
        QCommandLineOption(QStringLiteral("detector"),
                           tr("Face detector: auto, yunet, lbp (the classical fallback) or haar (the cascade it "
                              "replaced, for comparison)."),
                           QStringLiteral("DETECTOR"), QStringLiteral("auto")),
        QCommandLineOption(QStringLiteral("seed"), tr("Seed for drawing pairs and gallery images (default 1)."),
                           QStringLiteral("N"), QStringLiteral("1")),
    };
}

int EvalCommand::run(Context &context)
{
    if (!context.isSet(QStringLiteral("dataset")))
        return context.missingOption(QStringLiteral("dataset"));
    EvaluationOptions options;
    options.datasetDir = context.value(QStringLiteral("dataset"));
    options.pipeline.modelDir = context.modelDir;
    options.pipeline.dataDir = context.dataDir;

    bool seedOk = false;
    const qulonglong seed = context.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk || seed > 0xffffffffULL)
        return context.fail(ExitUsage, tr("The seed must be a whole number between 0 and 4294967295."));
    options.seed = static_cast<quint32>(seed);

    const QString engine = context.value(QStringLiteral("engine"));
    if (engine == QLatin1String("lbph")) {
        options.lbphBaseline = true;
    } else {
        Result<FaceEmbedder::Choice> choice = FaceEmbedder::choiceFromName(engine);
        if (!choice.ok())
            return context.fail(choice.error());
        options.pipeline.embedder = choice.value();
    }
    Result<FaceDetector::Choice> detector = FaceDetector::choiceFromName(context.value(QStringLiteral("detector")));
    if (!detector.ok())
        return context.fail(detector.error());
    options.pipeline.detector = detector.value();

    Result<EvaluationReport> report = Evaluation::run(options);
    if (!report.ok())
        return context.fail(report.error());
    const EvaluationReport &r = report.value();
    QString text = tr("engine: %1 (detector %2)\n"
                      "people: %3, images: %4, failure to enroll: %5 %\n"
                      "pairs: %6 same + %7 different\n"
                      "10-fold accuracy: %8 % (± %9)\n"
                      "TAR at FAR 0.1 %: %10 % (threshold %11)\n"
                      "EER: %12 %\n"
                      "rank-1: %13 % (%14 probes, %15 in the gallery)\n"
                      "median ms per detection: %16, per template: %17")
                       .arg(r.engine, r.detector)
                       .arg(r.persons)
                       .arg(r.images)
                       .arg(100 * r.fteRate, 0, 'f', 2)
                       .arg(r.genuinePairs)
                       .arg(r.impostorPairs)
                       .arg(100 * r.accuracy, 0, 'f', 2)
                       .arg(100 * r.accuracyStd, 0, 'f', 2)
                       .arg(100 * r.tarAtFar1e3, 0, 'f', 2)
                       .arg(r.thresholdAtFar1e3, 0, 'f', 3)
                       .arg(100 * r.eer, 0, 'f', 2)
                       .arg(100 * r.rank1, 0, 'f', 2)
                       .arg(r.rank1Probes)
                       .arg(r.rank1Gallery)
                       .arg(r.detectMs, 0, 'f', 2)
                       .arg(r.embedMs, 0, 'f', 2);
    if (r.fpirAt1000 >= 0)
        text += QLatin1Char('\n')
            + tr("FPIR at threshold %1 (FAR 0.1 %): %2 % with 1,000 people enrolled, %3 % with 10,000")
                  .arg(r.thresholdAtFar1e3, 0, 'f', 3)
                  .arg(100 * r.fpirAt1000, 0, 'f', 2)
                  .arg(100 * r.fpirAt10000, 0, 'f', 2);
    if (!r.openSetNote.isEmpty())
        text += QLatin1Char('\n') + tr("Open-set thresholds: %1").arg(r.openSetNote);
    if (r.fusion.persons > 0)
        text += QLatin1Char('\n')
            + tr("Two templates per person (%1 people, %2 probes), TAR at FAR 0.1 %: %3 % scored by the better "
                 "template, %4 % against their mean")
                  .arg(r.fusion.persons)
                  .arg(r.fusion.probes)
                  .arg(100 * r.fusion.tarMax, 0, 'f', 2)
                  .arg(100 * r.fusion.tarMean, 0, 'f', 2);
    for (const EvaluationReport::TailCheck &c : r.tailCheck)
        text += QLatin1Char('\n')
            + tr("Impostor tail, fitted on one half of the people: share %1 predicted at %2, %3 found on the "
                 "other half")
                  .arg(c.far, 0, 'g', 2)
                  .arg(c.threshold, 0, 'f', 3)
                  .arg(c.heldOutShare, 0, 'g', 2);
    for (const EvaluationReport::OpenSetPoint &p : r.openSet)
        text += QLatin1Char('\n')
            + tr("%L1 people, target FPIR %2 %: threshold %3, TAR %4 %, identified at rank 1 %5 %, FPIR "
                 "predicted %6 %, on held-out people %7 % (%8 of %9 pairs above)")
                  .arg(p.persons)
                  .arg(100 * r.targetFpir, 0, 'g', 3)
                  .arg(p.threshold, 0, 'f', 3)
                  .arg(100 * p.tar, 0, 'f', 2)
                  .arg(100 * p.dir, 0, 'f', 2)
                  .arg(100 * p.fpirPredicted, 0, 'f', 3)
                  .arg(100 * p.fpirHeldOut, 0, 'f', 3)
                  .arg(p.heldOutPairsAbove)
                  .arg(r.heldOutPairs);
    return context.succeed(text, r.toJson());
}

} // namespace consentry::cli
