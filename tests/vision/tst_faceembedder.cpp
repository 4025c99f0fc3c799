// Aligner, templates and embedders: the similarity transform is exact on exact data, templates of
// different engines refuse to compare, both engines score the same person above a different one, and a
// wrong or corrupt embedder model is refused.

#include "TestPaths.h"
#include "vision/DnnEmbedder.h"
#include "vision/FaceAligner.h"
#include "vision/FaceDetector.h"
#include "vision/FaceEmbedder.h"
#include "vision/ImageLoader.h"
#include "vision/LbpEmbedder.h"
#include "vision/ModelRegistry.h"

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace consentry;

class TestFaceEmbedder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void similarityTransformIsExact();
    void templatesRoundTripAndRefuseOtherEngines();
    void dnnSeparatesPeople();
    void flipAveragedTemplateIgnoresMirroring();
    void lbpSeparatesPeople();
    void autoFallsBackToClassical();
    void refusesWrongKindEmbedder();
};

namespace {
struct Orl {
    cv::Mat image;
    DetectedFace face;
};

Orl orlFace(FaceDetector &detector, int person, int index)
{
    Orl orl;
    Result<cv::Mat> image
        = ImageLoader::load(QStringLiteral("%1/faces/orl/s%2/%3.pgm").arg(test::testdataDir()).arg(person).arg(index));
    if (!image.ok())
        return orl;
    Result<std::vector<DetectedFace>> faces = detector.detect(image.value());
    if (!faces.ok() || faces->empty())
        return orl;
    orl.image = image.value();
    orl.face = faces->front();
    return orl;
}

// Mean same-person and different-person similarity over a few ORL people.
void separation(FaceDetector &detector, FaceEmbedder &embedder, double *same, double *different)
{
    std::vector<std::vector<FaceTemplate>> people;
    for (int p = 1; p <= 6; ++p) {
        std::vector<FaceTemplate> templates;
        for (int i = 1; i <= 3; ++i) {
            const Orl orl = orlFace(detector, p, i);
            QVERIFY(!orl.image.empty());
            Result<FaceTemplate> t = embedder.embed(orl.image, orl.face);
            QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
            templates.push_back(t.value());
        }
        people.push_back(templates);
    }
    double s = 0, d = 0;
    int ns = 0, nd = 0;
    for (size_t a = 0; a < people.size(); ++a)
        for (size_t b = 0; b < people.size(); ++b)
            for (size_t i = 0; i < 3; ++i)
                for (size_t j = 0; j < 3; ++j) {
                    if (a == b && i >= j)
                        continue;
                    const float score = people[a][i].similarity(people[b][j]).value();
                    (a == b ? s : d) += score;
                    ++(a == b ? ns : nd);
                }
    *same = s / ns;
    *different = d / nd;
}
} // namespace

void TestFaceEmbedder::similarityTransformIsExact()
{
    const std::array<cv::Point2f, 5> to { cv::Point2f(30, 40), { 70, 40 }, { 50, 60 }, { 35, 80 }, { 65, 80 } };
    // from = rotate 20°, scale 2.5, shift (100, 50) of `to`: the estimate must invert it exactly.
    const double angle = 20 * CV_PI / 180, scale = 2.5;
    std::array<cv::Point2f, 5> from;
    for (size_t i = 0; i < 5; ++i) {
        const double x = to[i].x, y = to[i].y;
        from[i] = cv::Point2f(static_cast<float>(scale * (std::cos(angle) * x - std::sin(angle) * y) + 100),
                              static_cast<float>(scale * (std::sin(angle) * x + std::cos(angle) * y) + 50));
    }
    const cv::Matx23d m = FaceAligner::similarity(from, to);
    for (size_t i = 0; i < 5; ++i) {
        const cv::Vec3d p(from[i].x, from[i].y, 1);
        const cv::Vec2d q = m * p;
        QVERIFY(std::abs(q[0] - to[i].x) < 1e-3 && std::abs(q[1] - to[i].y) < 1e-3);
    }
    // No reflection, even when the input is mirrored.
    std::array<cv::Point2f, 5> mirrored = to;
    for (cv::Point2f &p : mirrored)
        p.x = 100 - p.x;
    const cv::Matx23d r = FaceAligner::similarity(mirrored, to);
    QVERIFY(r(0, 0) * r(1, 1) - r(0, 1) * r(1, 0) >= 0);
}

void TestFaceEmbedder::templatesRoundTripAndRefuseOtherEngines()
{
    const EngineId a { QStringLiteral("engine-a"), QStringLiteral("aa"), 4 };
    const EngineId b { QStringLiteral("engine-b"), QStringLiteral("bb"), 4 };
    const float v[4] = { 3, 4, 0, 0 };
    Result<FaceTemplate> ta = FaceTemplate::fromFeatures(a, v, 4);
    QVERIFY(ta.ok());
    QCOMPARE(ta->data()[0], 0.6f); // L2-normalised
    Result<FaceTemplate> back = FaceTemplate::fromBytes(a, ta->toBytes());
    QVERIFY(back.ok());
    QCOMPARE(back->toBytes(), ta->toBytes());
    QVERIFY(qAbs(ta->similarity(back.value()).value() - 1.0f) < 1e-6f);

    Result<FaceTemplate> tb = FaceTemplate::fromFeatures(b, v, 4);
    QVERIFY(tb.ok());
    QCOMPARE(ta->similarity(tb.value()).errorKind(), ErrorKind::InvalidArgument);
    // Same name, another model file: still another engine.
    const EngineId a2 { a.name, QStringLiteral("cc"), 4 };
    QVERIFY(!ta->similarity(FaceTemplate::fromFeatures(a2, v, 4).value()).ok());

    QVERIFY(!FaceTemplate::fromBytes(a, QByteArray(15, '\0')).ok());
    QVERIFY(!FaceTemplate::fromBytes(a, QByteArray(16, '\0')).ok()); // all zero
    const float nan[4] = { 1, std::numeric_limits<float>::quiet_NaN(), 0, 0 };
    QVERIFY(!FaceTemplate::fromFeatures(a, nan, 4).ok());
    QVERIFY(!FaceTemplate::fromFeatures(a, v, 3).ok());
    QVERIFY(!FaceTemplate().similarity(FaceTemplate()).ok());
}

void TestFaceEmbedder::dnnSeparatesPeople()
{
    if (test::modelDir().isEmpty())
        QSKIP(qPrintable(test::missingModelsReason()));
    if (test::testdataDir().isEmpty())
        QSKIP(qPrintable(test::missingTestdataReason()));
    const ModelRegistry registry({ test::modelDir() });
    auto detector = FaceDetector::create(registry, FaceDetector::Choice::YuNet);
    auto embedder = FaceEmbedder::create(registry, FaceEmbedder::Choice::Dnn);
    QVERIFY2(embedder.ok(), qPrintable(embedder.errorMessage()));
    QVERIFY(!(*embedder)->isFallback());
    QCOMPARE((*embedder)->engine().modelSha256.size(), 64);
    double same = 0, different = 0;
    separation(**detector, **embedder, &same, &different);
    QVERIFY2(same > different + 0.3, qPrintable(QStringLiteral("same %1 different %2").arg(same).arg(different)));

    const Orl orl = orlFace(**detector, 1, 1);
    const cv::Mat crop = (*embedder)->alignedCrop(orl.image, orl.face);
    QCOMPARE(crop.cols, 128);
    QCOMPARE(crop.type(), CV_8UC3);
}

void TestFaceEmbedder::flipAveragedTemplateIgnoresMirroring()
{
    // With the card's "template": {"flip": true} a template is the mean of the face and its mirror image,
    // so a mirrored photo gives (almost) the same template — without it, clearly less so. The engine's
    // name says which, so the two kinds never meet in one gallery.
    if (test::modelDir().isEmpty())
        QSKIP(qPrintable(test::missingModelsReason()));
    if (test::testdataDir().isEmpty())
        QSKIP(qPrintable(test::missingTestdataReason()));
    const ModelRegistry registry({ test::modelDir() });
    auto detector = FaceDetector::create(registry, FaceDetector::Choice::YuNet);
    Result<ResolvedModel> model = registry.find(QStringLiteral("face-reid-retail-0095"));
    QVERIFY(detector.ok() && model.ok());
    QVERIFY(model->card.flipAverage);
    ResolvedModel single = model.value();
    single.card.flipAverage = false;
    auto flipped = DnnEmbedder::create(model.value());
    auto plain = DnnEmbedder::create(single);
    QVERIFY(flipped.ok() && plain.ok());
    QCOMPARE((*flipped)->engine().name, QStringLiteral("face-reid-retail-0095+flip"));
    QCOMPARE((*plain)->engine().name, QStringLiteral("face-reid-retail-0095"));
    QVERIFY((*flipped)->engine() != (*plain)->engine());

    double flippedSum = 0, plainSum = 0;
    for (int person = 1; person <= 4; ++person) {
        const Orl orl = orlFace(**detector, person, 1);
        QVERIFY(!orl.image.empty());
        cv::Mat mirrored;
        cv::flip(orl.image, mirrored, 1);
        Result<std::vector<DetectedFace>> faces = (*detector)->detect(mirrored);
        QVERIFY(faces.ok() && !faces->empty());
        const DetectedFace &mirroredFace = faces->front();
        auto similarity = [&](DnnEmbedder &embedder) {
            return double(embedder.embed(orl.image, orl.face)
                              .value()
                              .similarity(embedder.embed(mirrored, mirroredFace).value())
                              .value());
        };
        flippedSum += similarity(**flipped);
        plainSum += similarity(**plain);
    }
    QVERIFY2(flippedSum / 4 > 0.95, qPrintable(QString::number(flippedSum / 4)));
    QVERIFY2(flippedSum / 4 > plainSum / 4 + 0.02,
             qPrintable(QStringLiteral("flip %1, plain %2").arg(flippedSum / 4).arg(plainSum / 4)));
}

void TestFaceEmbedder::lbpSeparatesPeople()
{
    if (test::testdataDir().isEmpty())
        QSKIP(qPrintable(test::missingTestdataReason()));
    QTemporaryDir empty;
    auto detector = FaceDetector::create(
        ModelRegistry({ test::modelDir().isEmpty() ? empty.path() : test::modelDir() }), FaceDetector::Choice::Auto);
    if (!detector.ok())
        QSKIP("no face detector on this machine");
    LbpEmbedder lbp;
    QCOMPARE(lbp.engine().dim, 2 * 8 * 8 * 59);
    double same = 0, different = 0;
    separation(**detector, lbp, &same, &different);
    QVERIFY2(same > different + 0.05, qPrintable(QStringLiteral("same %1 different %2").arg(same).arg(different)));
    // Deterministic: the same face gives the same bytes.
    const Orl orl = orlFace(**detector, 2, 2);
    QCOMPARE(lbp.embed(orl.image, orl.face)->toBytes(), lbp.embed(orl.image, orl.face)->toBytes());
    QCOMPARE(lbp.embed(cv::Mat(), orl.face).errorKind(), ErrorKind::InvalidArgument);
}

void TestFaceEmbedder::autoFallsBackToClassical()
{
    QTemporaryDir empty;
    QStringList problems;
    auto embedder = FaceEmbedder::create(ModelRegistry({ empty.path() }), FaceEmbedder::Choice::Auto, &problems);
    QVERIFY(embedder.ok());
    QVERIFY((*embedder)->isFallback());
    QVERIFY(problems.isEmpty());
    QCOMPARE(FaceEmbedder::create(ModelRegistry({ empty.path() }), FaceEmbedder::Choice::Dnn).errorKind(),
             ErrorKind::NotFound);
    QCOMPARE(FaceEmbedder::choiceFromName(QStringLiteral("magic")).errorKind(), ErrorKind::InvalidArgument);
}

void TestFaceEmbedder::refusesWrongKindEmbedder()
{
    if (test::modelDir().isEmpty())
        QSKIP(qPrintable(test::missingModelsReason()));
    // The detector's file described by an embedder card: it loads as a network but its output is wrong.
    ModelCard card = ModelRegistry::builtInCards().constFirst();
    for (const ModelCard &c : ModelRegistry::builtInCards())
        if (c.id == QLatin1String("face-reid-retail-0095"))
            card = c;
    card.id = QStringLiteral("wrong-kind");
    card.fileName = QStringLiteral("face_detection_yunet_2022mar.onnx");
    card.bytes = 0;
    card.sha256 = ModelRegistry::sha256OfFile(test::modelDir() + QLatin1Char('/') + card.fileName).value();
    const ModelRegistry registry({ test::modelDir() }, { card });
    QStringList problems;
    auto embedder = FaceEmbedder::create(registry, FaceEmbedder::Choice::Auto, &problems);
    QVERIFY(embedder.ok());
    QVERIFY((*embedder)->isFallback());
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(QStringLiteral("face_detection_yunet_2022mar.onnx")),
             qPrintable(problems.constFirst()));
    QCOMPARE(FaceEmbedder::create(registry, FaceEmbedder::Choice::Dnn).errorKind(), ErrorKind::Data);
}

QTEST_GUILESS_MAIN(TestFaceEmbedder)
#include "tst_faceembedder.moc"
