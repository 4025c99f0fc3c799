#include "harness/Evaluation.h"

#include "harness/Calibration.h"
#include "vision/Gallery.h"
#include "vision/ImageLoader.h"
#include "vision/LbpEmbedder.h"
#include "vision/OpenSetThreshold.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <opencv2/face.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <set>

namespace consentry {

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
    return values[mid];
}

struct Sample {
    int person = 0;
    FaceTemplate faceTemplate; // pipeline engines
    cv::Mat lbphHistogram; // baseline
};

size_t faceNearestCentre(const std::vector<DetectedFace> &faces, const cv::Size &size)
{
    const cv::Point2f centre(size.width * 0.5f, size.height * 0.5f);
    size_t best = 0;
    float bestDistance = std::numeric_limits<float>::max();
    for (size_t i = 0; i < faces.size(); ++i) {
        const cv::Point2f c(faces[i].box.x + faces[i].box.width * 0.5f, faces[i].box.y + faces[i].box.height * 0.5f);
        const float d = (c.x - centre.x) * (c.x - centre.x) + (c.y - centre.y) * (c.y - centre.y);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

// Scores of every pair of samples of different people: all of them, those whose two people are both in
// the fitting half, and those whose two people are both in the held-out half.
struct ImpostorScores {
    std::vector<float> all, fit, heldOut;
};

Result<ImpostorScores> differentPersonScores(const std::vector<Sample> &samples, const EngineId &engine,
                                             const std::vector<char> &fitHalf)
{
    Gallery gallery(engine);
    gallery.reserve(static_cast<int>(samples.size()));
    for (size_t i = 0; i < samples.size(); ++i) {
        if (Status s = gallery.add(static_cast<qint64>(i), samples[i].person, samples[i].faceTemplate); !s.ok())
            return s.error();
    }
    ImpostorScores out;
    std::vector<float> scores(samples.size());
    for (int r = 0; r < gallery.size(); ++r) {
        gallery.scoreAll(gallery.row(r), scores.data());
        const int a = samples[static_cast<size_t>(r)].person;
        for (int c = r + 1; c < gallery.size(); ++c) {
            const int b = samples[static_cast<size_t>(c)].person;
            if (a == b)
                continue;
            const float score = scores[static_cast<size_t>(c)];
            out.all.push_back(score);
            const char ha = fitHalf[static_cast<size_t>(a)], hb = fitHalf[static_cast<size_t>(b)];
            if (ha && hb)
                out.fit.push_back(score);
            else if (!ha && !hb)
                out.heldOut.push_back(score);
        }
    }
    return out;
}

double shareAtOrAbove(const std::vector<float> &scores, float threshold)
{
    if (scores.empty())
        return 0;
    return double(std::count_if(scores.begin(), scores.end(), [threshold](float s) { return s >= threshold; }))
        / double(scores.size());
}

EvaluationReport::Fusion measureFusion(const std::vector<Sample> &samples,
                                       const std::vector<std::vector<size_t>> &byPerson, std::mt19937 &random)
{
    EvaluationReport::Fusion fusion;
    struct Enrolled {
        int person;
        std::vector<const float *> templates;
        std::vector<float> mean;
    };
    std::vector<Enrolled> enrolled;
    std::vector<std::pair<int, size_t>> probes; // enrolled index, sample
    for (auto own : byPerson) {
        if (own.size() < 3)
            continue;
        std::shuffle(own.begin(), own.end(), random);
        Enrolled e { samples[own[0]].person,
                     { samples[own[0]].faceTemplate.data(), samples[own[1]].faceTemplate.data() },
                     {} };
        const int dim = samples[own[0]].faceTemplate.dim();
        e.mean.assign(static_cast<size_t>(dim), 0.0f);
        double norm = 0;
        for (int d = 0; d < dim; ++d) {
            e.mean[static_cast<size_t>(d)] = e.templates[0][d] + e.templates[1][d];
            norm += double(e.mean[static_cast<size_t>(d)]) * e.mean[static_cast<size_t>(d)];
        }
        for (float &v : e.mean)
            v = static_cast<float>(v / std::sqrt(norm));
        for (size_t i = 2; i < own.size(); ++i)
            probes.emplace_back(static_cast<int>(enrolled.size()), own[i]);
        enrolled.push_back(std::move(e));
    }
    if (enrolled.size() < 2 || probes.empty())
        return fusion;
    std::vector<float> genuineMax, genuineMean, impostorMax, impostorMean;
    for (const auto &[own, sample] : probes) {
        const FaceTemplate &probe = samples[sample].faceTemplate;
        for (size_t e = 0; e < enrolled.size(); ++e) {
            const float best = std::max(Gallery::dot(probe.data(), enrolled[e].templates[0], probe.dim()),
                                        Gallery::dot(probe.data(), enrolled[e].templates[1], probe.dim()));
            const float mean = Gallery::dot(probe.data(), enrolled[e].mean.data(), probe.dim());
            (static_cast<int>(e) == own ? genuineMax : impostorMax).push_back(best);
            (static_cast<int>(e) == own ? genuineMean : impostorMean).push_back(mean);
        }
    }
    const auto tarAt = [](const std::vector<float> &genuine, std::vector<float> impostor) {
        const float t = Calibration::thresholdFromImpostors(std::move(impostor), 1e-3);
        return double(std::count_if(genuine.begin(), genuine.end(), [t](float s) { return s >= t; }))
            / double(genuine.size());
    };
    fusion.persons = static_cast<int>(enrolled.size());
    fusion.probes = static_cast<int>(probes.size());
    fusion.tarMax = tarAt(genuineMax, impostorMax);
    fusion.tarMean = tarAt(genuineMean, impostorMean);
    return fusion;
}

double fpirOf(double perPair, int persons)
{
    return perPair >= 1 ? 1.0 : -std::expm1(double(persons) * std::log1p(-perPair));
}

} // namespace

QJsonObject EvaluationReport::toJson() const
{
    QJsonObject openSetJson { { QStringLiteral("target_fpir"), targetFpir },
                              { QStringLiteral("held_out_pairs"), double(heldOutPairs) } };
    if (!openSetNote.isEmpty())
        openSetJson.insert(QStringLiteral("note"), openSetNote);
    QJsonArray checks;
    for (const TailCheck &c : tailCheck)
        checks.append(QJsonObject { { QStringLiteral("far"), c.far },
                                    { QStringLiteral("threshold"), double(c.threshold) },
                                    { QStringLiteral("held_out_share"), c.heldOutShare } });
    if (!checks.isEmpty())
        openSetJson.insert(QStringLiteral("tail_check"), checks);
    const QJsonObject fusionJson { { QStringLiteral("persons"), fusion.persons },
                                   { QStringLiteral("probes"), fusion.probes },
                                   { QStringLiteral("tar_at_far_1e3_max"), fusion.tarMax },
                                   { QStringLiteral("tar_at_far_1e3_mean"), fusion.tarMean } };
    for (const OpenSetPoint &point : openSet)
        openSetJson.insert(QString::number(point.persons),
                           QJsonObject { { QStringLiteral("threshold"), double(point.threshold) },
                                         { QStringLiteral("tar"), point.tar },
                                         { QStringLiteral("dir"), point.dir },
                                         { QStringLiteral("fpir_predicted"), point.fpirPredicted },
                                         { QStringLiteral("fpir_held_out"), point.fpirHeldOut },
                                         { QStringLiteral("held_out_pairs_above"), double(point.heldOutPairsAbove) } });
    QJsonObject json {
        { QStringLiteral("engine"), engine },
        { QStringLiteral("detector"), detector },
        { QStringLiteral("persons"), persons },
        { QStringLiteral("images"), images },
        { QStringLiteral("pairs"), genuinePairs + impostorPairs },
        { QStringLiteral("genuine_pairs"), genuinePairs },
        { QStringLiteral("impostor_pairs"), impostorPairs },
        { QStringLiteral("accuracy"), accuracy },
        { QStringLiteral("accuracy_std"), accuracyStd },
        { QStringLiteral("tar_at_far_1e3"), tarAtFar1e3 },
        { QStringLiteral("threshold_at_far_1e3"), thresholdAtFar1e3 },
        { QStringLiteral("eer"), eer },
        { QStringLiteral("rank1"), rank1 },
        { QStringLiteral("rank1_probes"), rank1Probes },
        { QStringLiteral("rank1_gallery"), rank1Gallery },
        { QStringLiteral("fte_rate"), fteRate },
        { QStringLiteral("detect_ms"), detectMs },
        { QStringLiteral("embed_ms"), embedMs },
    };
    if (fpirAt1000 >= 0) {
        json.insert(QStringLiteral("impostor_pairs_all"), double(allImpostorPairs));
        json.insert(QStringLiteral("fpir_at_1000"), fpirAt1000);
        json.insert(QStringLiteral("fpir_at_10000"), fpirAt10000);
        json.insert(QStringLiteral("open_set"), openSetJson);
        if (fusion.persons > 0)
            json.insert(QStringLiteral("fusion"), fusionJson);
        if (impostorTail.isValid())
            json.insert(QStringLiteral("impostor_tail"), impostorTail.toJson());
    }
    return json;
}

double Evaluation::bestThresholdAccuracy(const std::vector<std::pair<float, bool>> &scored, float *threshold)
{
    // Sort by score; accept everything at or above a cut. Try every cut between distinct scores.
    std::vector<std::pair<float, bool>> s = scored;
    std::sort(s.begin(), s.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const long total = static_cast<long>(s.size());
    long genuineBelow = 0, impostorBelow = 0;
    const long genuineTotal = std::count_if(s.begin(), s.end(), [](const auto &p) { return p.second; });
    // Cut below everything: every genuine accepted, no impostor rejected.
    long bestCorrect = genuineTotal;
    float bestCut = s.empty() ? 0.0f : s.front().first - 1e-6f;
    for (size_t i = 0; i < s.size(); ++i) {
        (s[i].second ? genuineBelow : impostorBelow) += 1;
        if (i + 1 < s.size() && s[i + 1].first == s[i].first)
            continue;
        const long correct = impostorBelow + (genuineTotal - genuineBelow);
        if (correct > bestCorrect) {
            bestCorrect = correct;
            bestCut = i + 1 < s.size() ? 0.5f * (s[i].first + s[i + 1].first) : s[i].first + 1e-6f;
        }
    }
    if (threshold)
        *threshold = bestCut;
    return total ? double(bestCorrect) / double(total) : 0.0;
}

double Evaluation::equalErrorRate(const std::vector<float> &genuine, const std::vector<float> &impostor)
{
    if (genuine.empty() || impostor.empty())
        return 0;
    std::vector<float> g = genuine, im = impostor;
    std::sort(g.begin(), g.end());
    std::sort(im.begin(), im.end());
    std::vector<float> cuts = g;
    cuts.insert(cuts.end(), im.begin(), im.end());
    std::sort(cuts.begin(), cuts.end());
    double best = 1.0, eer = 0.5;
    for (float t : cuts) {
        const double frr = double(std::lower_bound(g.begin(), g.end(), t) - g.begin()) / g.size();
        const double far = double(im.end() - std::lower_bound(im.begin(), im.end(), t)) / im.size();
        if (std::abs(frr - far) < best) {
            best = std::abs(frr - far);
            eer = 0.5 * (frr + far);
        }
    }
    return eer;
}

Result<EvaluationReport> Evaluation::run(const EvaluationOptions &options)
{
    const QDir root(options.datasetDir);
    if (options.datasetDir.isEmpty() || !root.exists())
        return makeError(ErrorKind::NotFound,
                         tr("The dataset folder %1 does not exist; give a folder with one "
                            "sub-folder of images per person.")
                             .arg(QDir::toNativeSeparators(options.datasetDir)));
    // Persons and their images, in a stable order.
    std::vector<std::pair<int, QString>> files; // person index, path
    int persons = 0;
    const QStringList personDirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    const QStringList imageFilters { QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
                                     QStringLiteral("*.pgm"), QStringLiteral("*.ppm"),  QStringLiteral("*.bmp") };
    for (const QString &name : personDirs) {
        const QDir dir(root.filePath(name));
        const QStringList images = dir.entryList(imageFilters, QDir::Files, QDir::Name);
        if (images.isEmpty())
            continue;
        for (const QString &image : images)
            files.emplace_back(persons, dir.filePath(image));
        ++persons;
    }
    if (persons < 2 || files.size() < 4)
        return makeError(ErrorKind::Data,
                         tr("The dataset folder %1 needs at least two people with images "
                            "(<person>/<image> files).")
                             .arg(QDir::toNativeSeparators(options.datasetDir)));

    PipelineOptions pipelineOptions = options.pipeline;
    if (options.lbphBaseline)
        pipelineOptions.embedder = FaceEmbedder::Choice::Classical;
    Result<std::unique_ptr<FacePipeline>> created = FacePipeline::create(pipelineOptions);
    if (!created.ok())
        return created.error();
    FacePipeline &pipeline = *created.value();
    LbpEmbedder cropper; // the LBPH baseline is fed the classical engine's aligned grey crop

    EvaluationReport report;
    report.engine = options.lbphBaseline ? QStringLiteral("opencv-lbph") : pipeline.engine().name;
    report.detector = pipeline.detector().id();
    report.persons = persons;
    report.images = static_cast<int>(files.size());

    std::vector<Sample> samples;
    std::vector<cv::Mat> lbphCrops;
    std::vector<double> detectMs, embedMs;
    QElapsedTimer timer;
    for (size_t i = 0; i < files.size(); ++i) {
        if (options.progress && !options.progress(static_cast<int>(i), static_cast<int>(files.size())))
            return makeError(ErrorKind::Cancelled, tr("The evaluation was cancelled."));
        Result<cv::Mat> image = ImageLoader::load(files[i].second);
        if (!image.ok())
            continue;
        timer.start();
        Result<std::vector<DetectedFace>> faces = pipeline.detector().detect(image.value());
        detectMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!faces.ok() || faces->empty())
            continue;
        const DetectedFace &face = faces->at(faceNearestCentre(faces.value(), image->size()));
        Sample sample;
        sample.person = files[i].first;
        timer.start();
        if (options.lbphBaseline) {
            lbphCrops.push_back(cropper.greyCrop(image.value(), face));
        } else {
            Result<FaceTemplate> t = pipeline.embedder().embed(image.value(), face);
            if (!t.ok())
                continue;
            sample.faceTemplate = std::move(t).value();
        }
        embedMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        samples.push_back(std::move(sample));
    }
    if (options.lbphBaseline && !lbphCrops.empty()) {
        // Train once on every crop (one label each) to get OpenCV's own LBPH histograms.
        cv::Ptr<cv::face::LBPHFaceRecognizer> lbph = cv::face::LBPHFaceRecognizer::create();
        std::vector<int> labels(lbphCrops.size());
        std::iota(labels.begin(), labels.end(), 0);
        timer.start();
        try {
            lbph->train(lbphCrops, labels);
        } catch (const cv::Exception &e) {
            return makeError(ErrorKind::Internal,
                             tr("OpenCV's LBPH recognizer failed (%1).").arg(QString::fromStdString(e.msg)));
        }
        const double perImage = double(timer.nsecsElapsed()) / 1e6 / double(lbphCrops.size());
        for (double &ms : embedMs)
            ms += perImage;
        const std::vector<cv::Mat> histograms = lbph->getHistograms();
        for (size_t i = 0; i < samples.size(); ++i)
            samples[i].lbphHistogram = histograms[i];
    }
    report.enrolled = static_cast<int>(samples.size());
    report.fteRate = files.empty() ? 0 : 1.0 - double(samples.size()) / double(files.size());
    report.detectMs = median(detectMs);
    report.embedMs = median(embedMs);

    auto score = [&](size_t a, size_t b) -> float {
        if (options.lbphBaseline) // LBPH's own distance; negated so that higher means more similar
            return -static_cast<float>(
                cv::compareHist(samples[a].lbphHistogram, samples[b].lbphHistogram, cv::HISTCMP_CHISQR_ALT));
        return samples[a].faceTemplate.similarity(samples[b].faceTemplate).value();
    };

    // Pairs.
    std::mt19937 random(options.seed);
    std::vector<std::vector<size_t>> byPerson(static_cast<size_t>(persons));
    for (size_t i = 0; i < samples.size(); ++i)
        byPerson[static_cast<size_t>(samples[i].person)].push_back(i);
    std::vector<std::pair<size_t, size_t>> genuine;
    for (const auto &own : byPerson)
        for (size_t a = 0; a < own.size(); ++a)
            for (size_t b = a + 1; b < own.size(); ++b)
                genuine.emplace_back(own[a], own[b]);
    std::shuffle(genuine.begin(), genuine.end(), random);
    if (genuine.size() > static_cast<size_t>(options.maxPairsPerClass))
        genuine.resize(static_cast<size_t>(options.maxPairsPerClass));
    std::set<std::pair<size_t, size_t>> impostorSet;
    const size_t wanted = genuine.size();
    std::uniform_int_distribution<size_t> pick(0, samples.empty() ? 0 : samples.size() - 1);
    for (size_t attempts = 0; impostorSet.size() < wanted && attempts < wanted * 50; ++attempts) {
        size_t a = pick(random), b = pick(random);
        if (samples[a].person == samples[b].person)
            continue;
        impostorSet.emplace(std::min(a, b), std::max(a, b));
    }
    std::vector<std::pair<size_t, size_t>> impostor(impostorSet.begin(), impostorSet.end());
    std::shuffle(impostor.begin(), impostor.end(), random);
    if (genuine.size() < 10 || impostor.size() < 10)
        return makeError(ErrorKind::Data,
                         tr("Too few faces were found in %1 to form pairs (%2 of %3 images gave a "
                            "template).")
                             .arg(QDir::toNativeSeparators(options.datasetDir))
                             .arg(samples.size())
                             .arg(files.size()));
    report.genuinePairs = static_cast<int>(genuine.size());
    report.impostorPairs = static_cast<int>(impostor.size());

    // Scores, and fold assignment: pairs shuffled together, then dealt into folds.
    std::vector<std::pair<float, bool>> scored;
    std::vector<float> genuineScores, impostorScores;
    for (const auto &p : genuine) {
        genuineScores.push_back(score(p.first, p.second));
        scored.emplace_back(genuineScores.back(), true);
    }
    for (const auto &p : impostor) {
        impostorScores.push_back(score(p.first, p.second));
        scored.emplace_back(impostorScores.back(), false);
    }
    std::shuffle(scored.begin(), scored.end(), random);
    const int folds = std::max(2, options.folds);
    std::vector<double> foldAccuracy;
    for (int f = 0; f < folds; ++f) {
        std::vector<std::pair<float, bool>> train, testPart;
        for (size_t i = 0; i < scored.size(); ++i)
            (static_cast<int>(i % static_cast<size_t>(folds)) == f ? testPart : train).push_back(scored[i]);
        float threshold = 0;
        bestThresholdAccuracy(train, &threshold);
        const long correct = std::count_if(testPart.begin(), testPart.end(),
                                           [threshold](const auto &p) { return (p.first >= threshold) == p.second; });
        foldAccuracy.push_back(testPart.empty() ? 0 : double(correct) / double(testPart.size()));
    }
    report.accuracy = std::accumulate(foldAccuracy.begin(), foldAccuracy.end(), 0.0) / folds;
    double variance = 0;
    for (double a : foldAccuracy)
        variance += (a - report.accuracy) * (a - report.accuracy);
    report.accuracyStd = std::sqrt(variance / folds);

    const float far1e3 = Calibration::thresholdFromImpostors(impostorScores, 1e-3);
    report.thresholdAtFar1e3 = far1e3;
    report.tarAtFar1e3
        = double(std::count_if(genuineScores.begin(), genuineScores.end(), [far1e3](float s) { return s >= far1e3; }))
        / double(genuineScores.size());
    report.eer = equalErrorRate(genuineScores, impostorScores);

    // Rank-1: one gallery image per person (drawn with the seed), the person's other images as probes.
    std::vector<size_t> galleryIndex;
    std::vector<size_t> probes;
    for (auto own : byPerson) {
        if (own.empty())
            continue;
        std::shuffle(own.begin(), own.end(), random);
        galleryIndex.push_back(own.front());
        probes.insert(probes.end(), own.begin() + 1, own.end());
    }
    int correct = 0;
    std::vector<std::pair<bool, float>> rank1Results; // per probe: right person first, and its score
    if (options.lbphBaseline) {
        for (size_t p : probes) {
            size_t best = galleryIndex.front();
            float bestScore = -std::numeric_limits<float>::max();
            for (size_t g : galleryIndex) {
                const float s = score(p, g);
                if (s > bestScore) {
                    bestScore = s;
                    best = g;
                }
            }
            correct += samples[best].person == samples[p].person;
        }
    } else {
        Gallery gallery(pipeline.engine());
        for (size_t g : galleryIndex) {
            if (Status s = gallery.add(static_cast<qint64>(g), samples[g].person, samples[g].faceTemplate); !s.ok())
                return s.error();
        }
        for (size_t p : probes) {
            Result<std::vector<GalleryMatch>> top = gallery.search(samples[p].faceTemplate, 1);
            const bool right = top.ok() && !top->empty() && top->front().personId == samples[p].person;
            correct += right;
            rank1Results.emplace_back(right, top.ok() && !top->empty() ? top->front().score : -2.0f);
        }
    }
    report.rank1Gallery = static_cast<int>(galleryIndex.size());
    report.rank1Probes = static_cast<int>(probes.size());
    report.rank1 = probes.empty() ? 0 : double(correct) / double(probes.size());
    if (options.lbphBaseline)
        return report;

    report.fusion = measureFusion(samples, byPerson, random);

    // Open set. Persons are dealt into two halves with the seed: the tail is fitted on one half's pairs
    // and its thresholds are checked on the other's, so no figure is checked on the data it came from.
    std::vector<int> order(static_cast<size_t>(persons));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), random);
    std::vector<char> fitHalf(static_cast<size_t>(persons), 0);
    for (size_t i = 0; i < order.size() / 2; ++i)
        fitHalf[static_cast<size_t>(order[i])] = 1;
    Result<ImpostorScores> pairs = differentPersonScores(samples, pipeline.engine(), fitHalf);
    if (!pairs)
        return pairs.error();
    report.targetFpir = options.targetFpir;
    report.allImpostorPairs = static_cast<qint64>(pairs->all.size());
    const double perPair = shareAtOrAbove(pairs->all, far1e3);
    report.fpirAt1000 = fpirOf(perPair, 1000);
    report.fpirAt10000 = fpirOf(perPair, 10000);
    if (Result<ImpostorTail> tail = ImpostorTail::fit(pairs->all); tail) {
        report.impostorTail = tail.value();
        report.impostorTail.source = tr("%1: %2 images of %3 people, every pair of different people")
                                         .arg(root.dirName())
                                         .arg(samples.size())
                                         .arg(persons);
    }
    report.heldOutPairs = static_cast<qint64>(pairs->heldOut.size());
    Result<ImpostorTail> fitted = ImpostorTail::fit(pairs->fit);
    if (!fitted) {
        report.openSetNote = fitted.errorMessage();
        return report;
    }
    for (double far : { 1e-3, 1e-4, 1e-5 }) {
        const float t = fitted->thresholdForFar(far);
        report.tailCheck.push_back({ far, t, shareAtOrAbove(pairs->heldOut, t) });
    }
    const float floor = pipeline.embedder().defaultThreshold();
    for (int people : { 1000, 10000 }) {
        EvaluationReport::OpenSetPoint point;
        point.persons = people;
        point.threshold
            = OpenSetThreshold::compute(people, floor, fitted.value(), ImpostorTail(), options.targetFpir).threshold;
        point.tar = shareAtOrAbove(genuineScores, point.threshold);
        point.dir = rank1Results.empty()
            ? 0
            : double(std::count_if(rank1Results.begin(), rank1Results.end(),
                                   [&point](const auto &r) { return r.first && r.second >= point.threshold; }))
                / double(rank1Results.size());
        point.fpirPredicted = OpenSetThreshold::fpir(fitted.value(), point.threshold, people);
        point.heldOutPairsAbove = std::count_if(pairs->heldOut.begin(), pairs->heldOut.end(),
                                                [&point](float s) { return s >= point.threshold; });
        point.fpirHeldOut = fpirOf(
            pairs->heldOut.empty() ? 0 : double(point.heldOutPairsAbove) / double(pairs->heldOut.size()), people);
        report.openSet.push_back(point);
    }
    return report;
}

} // namespace consentry
