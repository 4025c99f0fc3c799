// Gallery and Calibration: search equals brute force, swap-remove keeps every id right, a person is
// scored by their best template, other engines are refused, and calibration meets its target FAR.

#include "harness/Calibration.h"
#include "vision/Gallery.h"

#include <QTest>

#include <random>

using namespace consentry;

class TestGallery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchMatchesBruteForce();
    void swapRemoveKeepsIds();
    void personScoreIsBestTemplate();
    void refusesOtherEngines();
    void dotHandlesOddLengths();
    void calibrationMeetsTargetFar();
    void calibrationRefusesTinyGallery();

private:
    FaceTemplate randomTemplate(std::mt19937 &random, const EngineId &engine);
    const EngineId m_engine { QStringLiteral("test-engine"), QStringLiteral("00ff"), 64 };
};

FaceTemplate TestGallery::randomTemplate(std::mt19937 &random, const EngineId &engine)
{
    std::normal_distribution<float> normal;
    std::vector<float> v(static_cast<size_t>(engine.dim));
    for (float &x : v)
        x = normal(random);
    return FaceTemplate::fromFeatures(engine, v.data(), engine.dim).value();
}

void TestGallery::searchMatchesBruteForce()
{
    std::mt19937 random(7);
    Gallery gallery(m_engine);
    std::vector<FaceTemplate> templates;
    for (int i = 0; i < 3000; ++i) { // large enough to take the multi-threaded path
        templates.push_back(randomTemplate(random, m_engine));
        QVERIFY(gallery.add(1000 + i, i / 3, templates.back()).ok());
    }
    QCOMPARE(gallery.size(), 3000);
    QCOMPARE(gallery.personCount(), 1000);
    // More than a million values so both scans split the work over threads.
    Gallery big(EngineId { m_engine.name, m_engine.modelSha256, 256 });
    std::vector<FaceTemplate> bigTemplates;
    for (int i = 0; i < 4200; ++i) {
        bigTemplates.push_back(randomTemplate(random, big.engine()));
        QVERIFY(big.add(i, i, bigTemplates.back()).ok());
    }

    for (int q = 0; q < 20; ++q) {
        const FaceTemplate probe = randomTemplate(random, m_engine);
        Result<std::vector<GalleryMatch>> top = gallery.search(probe, 5);
        QVERIFY(top.ok());
        QCOMPARE(top->size(), size_t(5));
        // Brute force: best score per person.
        std::vector<std::pair<float, qint64>> perPerson(1000, { -2.0f, 0 });
        for (int i = 0; i < 3000; ++i) {
            const float s = probe.similarity(templates[static_cast<size_t>(i)]).value();
            perPerson[static_cast<size_t>(i / 3)]
                = std::max(perPerson[static_cast<size_t>(i / 3)], std::make_pair(s, qint64(i / 3)));
        }
        std::sort(perPerson.begin(), perPerson.end(), std::greater<>());
        for (size_t k = 0; k < 5; ++k) {
            QCOMPARE(top->at(k).personId, perPerson[k].second);
            QVERIFY(qAbs(top->at(k).score - perPerson[k].first) < 1e-5f);
        }
        const FaceTemplate bigProbe = randomTemplate(random, big.engine());
        std::vector<float> all(static_cast<size_t>(big.size()));
        big.scoreAll(bigProbe.data(), all.data());
        for (int r = 0; r < big.size(); r += 97)
            QVERIFY(qAbs(all[static_cast<size_t>(r)] - Gallery::dot(big.row(r), bigProbe.data(), 256)) < 1e-5f);
        // search() (float16 scan + exact re-scoring where available) equals the exact float32 ranking.
        const std::vector<GalleryMatch> top3 = big.search(bigProbe, 3).value();
        std::vector<float> sorted = all;
        std::sort(sorted.begin(), sorted.end(), std::greater<float>());
        for (size_t k = 0; k < 3; ++k) {
            QCOMPARE(top3[k].score, sorted[k]);
            QCOMPARE(all[static_cast<size_t>(top3[k].templateId)], sorted[k]);
        }
    }
    // The gallery's own template finds itself with score 1.
    Result<std::vector<GalleryMatch>> self = gallery.search(templates[1234], 1);
    QCOMPARE(self->front().templateId, qint64(1000 + 1234));
    QVERIFY(self->front().score > 0.9999f);
    QVERIFY(gallery.search(templates[0], 0)->empty());
}

void TestGallery::swapRemoveKeepsIds()
{
    std::mt19937 random(3);
    Gallery gallery(m_engine);
    std::vector<FaceTemplate> templates;
    for (int i = 0; i < 50; ++i) {
        templates.push_back(randomTemplate(random, m_engine));
        QVERIFY(gallery.add(i, i % 10, templates.back()).ok());
    }
    QVERIFY(!gallery.add(7, 3, templates[7]).ok()); // duplicate template id
    QVERIFY(gallery.remove(0)); // a row in the middle of the matrix is replaced by the last one
    QVERIFY(!gallery.remove(0));
    QVERIFY(gallery.remove(49)); // the last row itself
    QCOMPARE(gallery.size(), 48);
    for (int i = 1; i < 49; ++i) {
        Result<std::vector<GalleryMatch>> hit = gallery.search(templates[static_cast<size_t>(i)], 1);
        QCOMPARE(hit->front().templateId, qint64(i));
        QCOMPARE(hit->front().personId, qint64(i % 10));
    }
    QCOMPARE(gallery.removePerson(3), 5);
    QCOMPARE(gallery.personCount(), 9);
    QVERIFY(!gallery.contains(13));
    QCOMPARE(gallery.search(templates[13], 1)->front().personId == 3, false);
    // A freed person slot is reused without confusing ids.
    QVERIFY(gallery.add(500, 77, templates[13]).ok());
    QCOMPARE(gallery.search(templates[13], 1)->front().personId, qint64(77));
    QCOMPARE(gallery.removePerson(12345), 0);
    gallery.clear();
    QCOMPARE(gallery.size(), 0);
    QVERIFY(gallery.search(templates[1], 3)->empty());
}

void TestGallery::personScoreIsBestTemplate()
{
    const EngineId e { QStringLiteral("e"), QStringLiteral("1"), 4 };
    Gallery gallery(e);
    const float a[4] = { 1, 0, 0, 0 }, b[4] = { 0, 1, 0, 0 }, c[4] = { 0.8f, 0.6f, 0, 0 };
    QVERIFY(gallery.add(1, 100, FaceTemplate::fromFeatures(e, a, 4).value()).ok());
    QVERIFY(gallery.add(2, 100, FaceTemplate::fromFeatures(e, b, 4).value()).ok());
    QVERIFY(gallery.add(3, 200, FaceTemplate::fromFeatures(e, c, 4).value()).ok());
    Result<std::vector<GalleryMatch>> top = gallery.search(FaceTemplate::fromFeatures(e, b, 4).value(), 2);
    QCOMPARE(top->size(), size_t(2));
    QCOMPARE(top->at(0).personId, qint64(100)); // max(0, 1) = 1
    QCOMPARE(top->at(0).templateId, qint64(2));
    QCOMPARE(top->at(1).personId, qint64(200)); // 0.6
    QVERIFY(qAbs(top->at(1).score - 0.6f) < 1e-6f);
}

void TestGallery::refusesOtherEngines()
{
    std::mt19937 random(1);
    Gallery gallery(m_engine);
    const EngineId other { m_engine.name, QStringLiteral("another-model-file"), m_engine.dim };
    const FaceTemplate foreign = randomTemplate(random, other);
    QCOMPARE(gallery.add(1, 1, foreign).errorKind(), ErrorKind::InvalidArgument);
    QVERIFY(gallery.add(2, 1, randomTemplate(random, m_engine)).ok());
    QCOMPARE(gallery.search(foreign, 1).errorKind(), ErrorKind::InvalidArgument);
    QCOMPARE(gallery.search(FaceTemplate(), 1).errorKind(), ErrorKind::InvalidArgument);
}

void TestGallery::dotHandlesOddLengths()
{
    for (int n : { 1, 3, 4, 15, 16, 17, 33, 128, 131 }) {
        std::vector<float> a(static_cast<size_t>(n)), b(static_cast<size_t>(n));
        double expected = 0;
        for (int i = 0; i < n; ++i) {
            a[static_cast<size_t>(i)] = float(i % 7) - 3;
            b[static_cast<size_t>(i)] = float(i % 5) * 0.5f;
            expected += double(a[static_cast<size_t>(i)]) * b[static_cast<size_t>(i)];
        }
        QVERIFY(qAbs(Gallery::dot(a.data(), b.data(), n) - expected) < 1e-3);
    }
}

void TestGallery::calibrationMeetsTargetFar()
{
    std::mt19937 random(11);
    Gallery gallery(m_engine);
    for (int p = 0; p < 200; ++p)
        for (int t = 0; t < 2; ++t)
            QVERIFY(gallery.add(p * 10 + t, p, randomTemplate(random, m_engine)).ok());
    Result<CalibrationResult> c = Calibration::thresholdForFar(gallery, 1e-3);
    QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
    QCOMPARE(c->persons, 200);
    QCOMPARE(c->impostorComparisons, qint64(200 * 199 / 2));
    QVERIFY(c->measuredFar <= 1e-3);
    QVERIFY(c->threshold > 0.0f && c->threshold < 1.0f);

    // Fresh impostors from the same distribution are accepted at roughly the target rate, not more.
    qint64 accepted = 0, total = 0;
    for (int i = 0; i < 400; ++i) {
        Result<std::vector<GalleryMatch>> top = gallery.search(randomTemplate(random, m_engine), 1);
        // search() returns the best person: that is one comparison per person at the max rule.
        accepted += top->front().score >= c->threshold;
        total += 1;
    }
    QVERIFY2(double(accepted) / total < 0.5, "the calibrated threshold lets most strangers in");

    // Sampling probes gives the same order of magnitude.
    Result<CalibrationResult> sampled = Calibration::thresholdForFar(gallery, 1e-2, 50, 5);
    QVERIFY(sampled.ok());
    QVERIFY(sampled->impostorComparisons < c->impostorComparisons);
    QVERIFY(sampled->threshold < c->threshold + 0.1f);

    QCOMPARE(Calibration::thresholdFromImpostors({ 0.1f, 0.2f, 0.3f, 0.4f }, 0.25), std::nextafter(0.3f, 2.0f));
    QCOMPARE(Calibration::thresholdFromImpostors({ 0.1f, 0.2f, 0.3f, 0.4f }, 0.2), std::nextafter(0.4f, 2.0f));
}

void TestGallery::calibrationRefusesTinyGallery()
{
    std::mt19937 random(2);
    Gallery gallery(m_engine);
    for (int p = 0; p < 20; ++p)
        QVERIFY(gallery.add(p, p, randomTemplate(random, m_engine)).ok());
    QCOMPARE(Calibration::thresholdForFar(gallery, 1e-3).errorKind(), ErrorKind::Policy);
    QCOMPARE(Calibration::thresholdForFar(gallery, 0).errorKind(), ErrorKind::InvalidArgument);
    QVERIFY(Calibration::thresholdForFar(gallery, 0.1).ok()); // 190 comparisons >= 100
}

QTEST_GUILESS_MAIN(TestGallery)
#include "tst_gallery.moc"
