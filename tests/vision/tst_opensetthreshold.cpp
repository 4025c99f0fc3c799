// Open-set thresholds: the impostor tail fit, the FPIR of a gallery, the threshold that holds a target
// FPIR as the gallery grows, and — end to end on a synthetic gallery — that strangers are matched to
// someone no more often than the target.

#include "vision/LbpEmbedder.h"
#include "vision/ModelCard.h"
#include "vision/OpenSetThreshold.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <random>

using namespace consentry;

class TestOpenSetThreshold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitRecoversExponentialTail();
    void fitRefusesTooFewScores();
    void thresholdHoldsTargetAsGalleryGrows();
    void computeTakesTheHighestBasis();
    void strangersMatchedAtMostTarget();
    void siteTailNeedsEnoughPairs();
    void cardCarriesDevelopmentTail();
};

namespace {

const EngineId kEngine { QStringLiteral("test-engine"), QStringLiteral("00ff"), 64 };

FaceTemplate randomTemplate(std::mt19937 &random)
{
    std::normal_distribution<float> normal;
    std::vector<float> v(static_cast<size_t>(kEngine.dim));
    for (float &x : v)
        x = normal(random);
    return FaceTemplate::fromFeatures(kEngine, v.data(), kEngine.dim).value();
}

ImpostorTail sampleTail()
{
    ImpostorTail tail;
    tail.from = 0.3f;
    tail.share = 1e-3;
    tail.meanExcess = 0.05;
    tail.pairs = 1000000;
    return tail;
}

} // namespace

void TestOpenSetThreshold::fitRecoversExponentialTail()
{
    // 99 % of scores spread below 0.2, 1 % above it with an exponential tail of scale 0.05.
    std::mt19937 random(3);
    std::uniform_real_distribution<float> body(-0.5f, 0.2f);
    std::exponential_distribution<double> excess(1.0 / 0.05);
    std::vector<float> scores;
    for (int i = 0; i < 1000000; ++i)
        scores.push_back(i % 100 == 0 ? static_cast<float>(0.2 + excess(random)) : body(random));
    scores.push_back(std::numeric_limits<float>::quiet_NaN()); // ignored, not a crash
    Result<ImpostorTail> tail = ImpostorTail::fit(scores, 1e-3);
    QVERIFY2(tail.ok(), qPrintable(tail.errorMessage()));
    QCOMPARE(tail->pairs, qint64(1000000));
    QVERIFY(qAbs(tail->share - 1e-3) < 1e-6);
    // The top 0.1 % start where 1 % · exp(−x/0.05) = 0.1 %: x = 0.05 · ln 10.
    QVERIFY2(qAbs(tail->from - (0.2 + 0.05 * std::log(10.0))) < 0.01, qPrintable(QString::number(tail->from)));
    QVERIFY2(qAbs(tail->meanExcess - 0.05) < 0.005, qPrintable(QString::number(tail->meanExcess)));

    QVERIFY(qAbs(tail->far(tail->from) - tail->share) < 1e-12);
    const float t = tail->thresholdForFar(1e-6);
    QVERIFY(qAbs(tail->far(t) - 1e-6) < 1e-9);
    // The model against the data where the data still has a few hundred scores (1e-4: 100 of them).
    const float t4 = tail->thresholdForFar(1e-4);
    const auto above = std::count_if(scores.begin(), scores.end(), [t4](float s) { return s >= t4; });
    QVERIFY2(above > 70 && above < 130, qPrintable(QString::number(above)));
    QCOMPARE(tail->thresholdForFar(0.5), tail->from);

    // Round trip through a model card's JSON.
    Result<ImpostorTail> back = ImpostorTail::fromJson(tail->toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->from, tail->from);
    QCOMPARE(back->meanExcess, tail->meanExcess);
    QVERIFY(!ImpostorTail::fromJson(QJsonObject {}).ok());
}

void TestOpenSetThreshold::fitRefusesTooFewScores()
{
    std::vector<float> few(5000, 0.1f);
    QCOMPARE(ImpostorTail::fit(few).errorKind(), ErrorKind::Policy);
    QCOMPARE(ImpostorTail::fit({}).errorKind(), ErrorKind::Policy);
    std::vector<float> flat(20000, 0.1f); // a tail without any spread cannot be extrapolated
    QCOMPARE(ImpostorTail::fit(flat).errorKind(), ErrorKind::Policy);
    std::vector<float> enough(20000);
    for (size_t i = 0; i < enough.size(); ++i)
        enough[i] = float(i) / 20000.0f;
    Result<ImpostorTail> tail = ImpostorTail::fit(enough, 1e-3);
    QVERIFY(tail.ok());
    QCOMPARE(tail->share, 100.0 / 20000.0); // raised to 100 scores in the tail
}

void TestOpenSetThreshold::thresholdHoldsTargetAsGalleryGrows()
{
    const ImpostorTail tail = sampleTail();
    // One template: the per-comparison rate may be the target itself, which the tail's start already meets.
    QCOMPARE(OpenSetThreshold::threshold(tail, 1, 1e-3), tail.from);
    float previous = 0;
    for (qint64 templates : { 10, 1000, 10000, 100000, 1000000 }) {
        const float t = OpenSetThreshold::threshold(tail, templates, 1e-3);
        QVERIFY2(t > previous, "the threshold must grow with the gallery");
        previous = t;
        const double fpir = OpenSetThreshold::fpir(tail, t, templates);
        QVERIFY2(qAbs(fpir - 1e-3) < 1e-7, qPrintable(QString::number(fpir)));
    }
    // About target / M per comparison: 1e-3 / 1e-5 → 0.3 + 0.05 · ln(1e-3 / 1e-8).
    QVERIFY(qAbs(OpenSetThreshold::threshold(tail, 100000, 1e-3) - (0.3 + 0.05 * std::log(1e5))) < 1e-3);
    // The per-comparison threshold of FAR 0.1 % gives a large FPIR for a large gallery.
    QVERIFY(OpenSetThreshold::fpir(tail, tail.from, 1000) > 0.6);
    QCOMPARE(OpenSetThreshold::fpir(ImpostorTail(), 0.9f, 10), 1.0); // unknown tail: assume the worst
}

void TestOpenSetThreshold::computeTakesTheHighestBasis()
{
    const ImpostorTail development = sampleTail();
    IdentificationThreshold t = OpenSetThreshold::compute(1000, 0.95f, development);
    QCOMPARE(t.basis, IdentificationThreshold::Basis::Floor);
    QCOMPARE(t.threshold, 0.95f);
    QVERIFY(t.expectedFpir < 1e-3);

    t = OpenSetThreshold::compute(1000, 0.2f, development);
    QCOMPARE(t.basis, IdentificationThreshold::Basis::Development);
    QCOMPARE(t.threshold, t.development);
    QVERIFY(std::isnan(t.site));
    QVERIFY(qAbs(t.expectedFpir - 1e-3) < 1e-7);

    ImpostorTail site = development;
    site.meanExcess = 0.08; // this site's strangers resemble its residents more
    t = OpenSetThreshold::compute(1000, 0.2f, development, site);
    QCOMPARE(t.basis, IdentificationThreshold::Basis::Site);
    QVERIFY(t.site > t.development);
    QVERIFY(t.expectedFpir <= 1e-3 + 1e-9); // both tails meet the target at the higher threshold

    t = OpenSetThreshold::compute(1000, 0.35f, ImpostorTail());
    QCOMPARE(t.basis, IdentificationThreshold::Basis::Floor);
    QCOMPARE(t.threshold, 0.35f);
}

void TestOpenSetThreshold::strangersMatchedAtMostTarget()
{
    // 1,500 people with two templates each; the threshold comes from the gallery's own impostor tail.
    std::mt19937 random(5);
    Gallery gallery(kEngine);
    for (int p = 0; p < 1500; ++p)
        for (int t = 0; t < 2; ++t)
            QVERIFY(gallery.add(p * 2 + t, p, randomTemplate(random)).ok());
    const double target = 0.05; // large enough to count on 4,000 strangers
    const IdentificationThreshold t = OpenSetThreshold::compute(gallery, -1.0f, ImpostorTail(), target);
    QCOMPARE(t.basis, IdentificationThreshold::Basis::Site);
    QCOMPARE(t.templates, qint64(3000));
    QVERIFY(t.siteTail.pairs > 900000 && t.siteTail.pairs <= 1000000); // sampled, not all 4.5 M pairs

    int matched = 0;
    const int strangers = 4000;
    for (int i = 0; i < strangers; ++i) {
        Result<std::vector<GalleryMatch>> top = gallery.search(randomTemplate(random), 1);
        matched += top->front().score >= t.threshold;
    }
    const double fpir = double(matched) / strangers;
    // At most the target (with three standard errors of counting), and not so far below it that the
    // threshold would be useless: the exponential tail errs on the safe side, by a bounded amount.
    QVERIFY2(fpir <= target + 3 * std::sqrt(target * (1 - target) / strangers), qPrintable(QString::number(fpir)));
    QVERIFY2(fpir >= target / 20, qPrintable(QString::number(fpir)));

    // The threshold a per-comparison calibration would give (the tail's start, FAR 0.1 %) lets most in.
    int atFar = 0;
    for (int i = 0; i < 400; ++i)
        atFar += gallery.search(randomTemplate(random), 1)->front().score >= t.siteTail.from;
    QVERIFY2(atFar > 400 / 2, qPrintable(QString::number(atFar)));
}

void TestOpenSetThreshold::siteTailNeedsEnoughPairs()
{
    std::mt19937 random(9);
    Gallery gallery(kEngine);
    for (int p = 0; p < 100; ++p) // 4,950 pairs: fewer than the 10,000 a tail needs
        QVERIFY(gallery.add(p, p, randomTemplate(random)).ok());
    QCOMPARE(OpenSetThreshold::siteTail(gallery).errorKind(), ErrorKind::Policy);
    const IdentificationThreshold t = OpenSetThreshold::compute(gallery, 0.4f, sampleTail());
    QVERIFY(std::isnan(t.site));
    QVERIFY(!t.siteTail.isValid());
    QCOMPARE(t.basis, IdentificationThreshold::Basis::Development);

    for (int p = 100; p < 200; ++p) // 19,900 pairs
        QVERIFY(gallery.add(p, p, randomTemplate(random)).ok());
    Result<ImpostorTail> tail = OpenSetThreshold::siteTail(gallery);
    QVERIFY2(tail.ok(), qPrintable(tail.errorMessage()));
    QCOMPARE(tail->pairs, qint64(200 * 199 / 2)); // every pair, each once
}

void TestOpenSetThreshold::cardCarriesDevelopmentTail()
{
    const QByteArray json = R"({"id": "x", "kind": "embedder", "file": "x.onnx", "sha256":
        "1825113cb0bc8e7aae42d20fa8125655abc7a7cbb3353a37f79ca06917809647",
        "input": {"width": 112, "height": 112}, "alignment": {"width": 112, "height": 112, "points":
        [[38, 51], [73, 51], [56, 71], [41, 92], [70, 92]]}, "output": {"dim": 128}, "metric": "cosine",
        "thresholds": {"match": 0.36},
        "open_set": {"impostor_tail": {"from": 0.31, "share": 0.001, "mean_excess": 0.04, "pairs": 4000000}}})";
    Result<ModelCard> card = ModelCard::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("test"));
    QVERIFY2(card.ok(), qPrintable(card.errorMessage()));
    QVERIFY(card->impostorTail.isValid());
    QCOMPARE(card->impostorTail.from, 0.31f);

    QByteArray broken = json;
    broken.replace("\"mean_excess\": 0.04", "\"mean_excess\": -1");
    QVERIFY(!ModelCard::fromJson(QJsonDocument::fromJson(broken).object(), QStringLiteral("test")).ok());

    // Every shipped embedder card carries its development tail.
    for (const QString &name : { QStringLiteral(":/models/face-reid-retail-0095.json") }) {
        Result<ModelCard> shipped = ModelCard::fromJsonFile(name);
        QVERIFY2(shipped.ok(), qPrintable(shipped.errorMessage()));
        QVERIFY2(shipped->impostorTail.isValid(), qPrintable(name));
    }
    // And the classical fallback, which has no card.
    QVERIFY(LbpEmbedder().impostorTail().isValid());
    QVERIFY(LbpEmbedder().impostorTail().from > LbpEmbedder().defaultThreshold());
}

QTEST_GUILESS_MAIN(TestOpenSetThreshold)
#include "tst_opensetthreshold.moc"
