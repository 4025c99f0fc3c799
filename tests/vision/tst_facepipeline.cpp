// FacePipeline and QualityGate: one call from an image path to templates; enrollment refuses bad frames
// with the right hint; the gate's measures react to the conditions they are named after.

#include "TestPaths.h"
#include "vision/FacePipeline.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace consentry;

class TestFacePipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void templatesFromImage();
    void badImagesAreErrors();
    void enrollmentNeedsOneGoodFace();
    void qualityHints_data();
    void qualityHints();
    void classicalPipelineWithoutModels();

private:
    cv::Mat frameWithFace(double faceScale, cv::Point offset = { 0, 0 });
    std::unique_ptr<FacePipeline> m_pipeline;
    QTemporaryDir m_dir;
};

void TestFacePipeline::initTestCase()
{
    if (test::modelDir().isEmpty())
        QSKIP(qPrintable(test::missingModelsReason()));
    if (test::testdataDir().isEmpty())
        QSKIP(qPrintable(test::missingTestdataReason()));
    PipelineOptions options;
    options.modelDir = test::modelDir();
    auto pipeline = FacePipeline::create(options);
    QVERIFY2(pipeline.ok(), qPrintable(pipeline.errorMessage()));
    m_pipeline = std::move(pipeline).value();
    QVERIFY(!m_pipeline->isFallback());
    QVERIFY(m_pipeline->problems().isEmpty());
    QVERIFY(m_pipeline->describe().contains(QStringLiteral("yunet-2022mar")));
}

cv::Mat TestFacePipeline::frameWithFace(double faceScale, cv::Point offset)
{
    // An ORL face pasted on a mid-grey 640×480 frame, like a person at the desk.
    const cv::Mat face = ImageLoader::load(test::testdataDir() + QStringLiteral("/faces/orl/s3/1.pgm")).value();
    cv::Mat scaled;
    cv::resize(face, scaled, cv::Size(), faceScale, faceScale, cv::INTER_CUBIC);
    cv::Mat frame(480, 640, CV_8UC3, cv::Scalar::all(110));
    const cv::Rect where(cv::Point((640 - scaled.cols) / 2, (480 - scaled.rows) / 2) + offset, scaled.size());
    const cv::Rect visible = where & cv::Rect(0, 0, 640, 480);
    scaled(cv::Rect(visible.tl() - where.tl(), visible.size())).copyTo(frame(visible));
    return frame;
}

void TestFacePipeline::templatesFromImage()
{
    Result<std::vector<FaceSample>> samples
        = m_pipeline->templatesFromImage(test::testdataDir() + QStringLiteral("/faces/orl/s5/2.pgm"));
    QVERIFY2(samples.ok(), qPrintable(samples.errorMessage()));
    QCOMPARE(samples->size(), size_t(1));
    QVERIFY(samples->front().faceTemplate.isValid());
    QCOMPARE(samples->front().faceTemplate.engine(), m_pipeline->engine());

    // Two people side by side: two samples.
    cv::Mat a = ImageLoader::load(test::testdataDir() + QStringLiteral("/faces/orl/s5/2.pgm")).value();
    cv::Mat b = ImageLoader::load(test::testdataDir() + QStringLiteral("/faces/orl/s9/2.pgm")).value();
    cv::Mat pair(240, 400, CV_8UC3, cv::Scalar::all(100));
    cv::resize(a, a, cv::Size(), 1.6, 1.6);
    cv::resize(b, b, cv::Size(), 1.6, 1.6);
    a.copyTo(pair(cv::Rect(20, 30, a.cols, a.rows)));
    b.copyTo(pair(cv::Rect(230, 30, b.cols, b.rows)));
    Result<std::vector<FaceSample>> two = m_pipeline->templatesFromFrame(pair);
    QVERIFY(two.ok());
    QCOMPARE(two->size(), size_t(2));
    QVERIFY(two->at(0).faceTemplate.similarity(two->at(1).faceTemplate).value() < 0.5f);
}

void TestFacePipeline::badImagesAreErrors()
{
    QFile text(m_dir.filePath(QStringLiteral("notes.jpg")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not a photo");
    text.close();
    QCOMPARE(m_pipeline->templatesFromImage(text.fileName()).errorKind(), ErrorKind::Data);
    QCOMPARE(m_pipeline->templatesFromImage(m_dir.filePath(QStringLiteral("missing.png"))).errorKind(),
             ErrorKind::NotFound);
    Result<std::vector<FaceSample>> blank
        = m_pipeline->templatesFromFrame(cv::Mat(200, 200, CV_8UC3, cv::Scalar::all(0)));
    QVERIFY(blank.ok());
    QVERIFY(blank->empty());
}

void TestFacePipeline::enrollmentNeedsOneGoodFace()
{
    Result<FaceSample> good = m_pipeline->enrollmentSample(frameWithFace(2.5));
    QVERIFY2(good.ok(), qPrintable(good.errorMessage()));
    QVERIFY(good->faceTemplate.isValid());

    Result<FaceSample> empty = m_pipeline->enrollmentSample(cv::Mat(480, 640, CV_8UC3, cv::Scalar::all(110)));
    QCOMPARE(empty.errorKind(), ErrorKind::Policy);
    QCOMPARE(empty.errorMessage(), QualityGate::hint(QualityIssue::NoFace));
}

void TestFacePipeline::qualityHints_data()
{
    QTest::addColumn<int>("condition");
    QTest::addColumn<int>("issue");
    QTest::newRow("far away") << 0 << int(QualityIssue::TooSmall);
    QTest::newRow("dark") << 1 << int(QualityIssue::TooDark);
    QTest::newRow("bright") << 2 << int(QualityIssue::TooBright);
    QTest::newRow("blurred") << 3 << int(QualityIssue::TooBlurry);
    QTest::newRow("tilted") << 4 << int(QualityIssue::Tilted);
    QTest::newRow("two people") << 5 << int(QualityIssue::MultipleFaces);
    QTest::newRow("cut by the edge") << 6 << int(QualityIssue::OffFrame);
}

void TestFacePipeline::qualityHints()
{
    QFETCH(int, condition);
    QFETCH(int, issue);
    cv::Mat frame = frameWithFace(2.5);
    switch (condition) {
    case 0: frame = frameWithFace(0.9); break;
    case 1: frame.convertTo(frame, -1, 0.25, 0); break;
    case 2: frame.convertTo(frame, -1, 0.5, 170); break;
    case 3: cv::GaussianBlur(frame, frame, cv::Size(0, 0), 6); break;
    case 4: {
        const cv::Mat rotation = cv::getRotationMatrix2D(cv::Point2f(320, 240), 30, 1.0);
        cv::warpAffine(frame, frame, rotation, frame.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        break;
    }
    case 5: {
        const cv::Mat one = frameWithFace(1.8, { -150, 0 });
        const cv::Mat other = frameWithFace(1.8, { 150, 0 });
        frame = cv::max(one, other); // both faces on one grey background
        break;
    }
    case 6: frame = frameWithFace(2.5, { -300, 0 }); break;
    }
    Result<FrameAnalysis> analysis = m_pipeline->analyse(frame);
    QVERIFY(analysis.ok());
    const QualityReport &q = analysis->quality;
    QVERIFY(!q.passed);
    const auto found = std::find(q.issues.begin(), q.issues.end(), QualityIssue(issue));
    QVERIFY2(found != q.issues.end(),
             qPrintable(q.hints.join(QLatin1Char('|'))
                        + QStringLiteral(" eye %1 sharp %2 bright %3 roll %4")
                              .arg(q.eyeDistance)
                              .arg(q.sharpness)
                              .arg(q.brightness)
                              .arg(q.rollDegrees)));
    QCOMPARE(q.hints.size(), int(q.issues.size()));
    QVERIFY(!q.hints.constFirst().isEmpty());

    // The good frame passes with measures in range.
    Result<FrameAnalysis> good = m_pipeline->analyse(frameWithFace(2.5));
    QVERIFY2(good->quality.passed, qPrintable(good->quality.hints.join(QLatin1Char('|'))));
    QVERIFY(good->quality.poseKnown);
}

void TestFacePipeline::classicalPipelineWithoutModels()
{
    PipelineOptions options;
    options.modelDir = m_dir.path();
    qputenv("CONSENTRY_MODEL_DIR", m_dir.path().toUtf8());
    auto pipeline = FacePipeline::create(options);
    qputenv("CONSENTRY_MODEL_DIR", test::modelDir().toUtf8());
    if (!pipeline.ok())
        QSKIP("no Haar cascade on this machine");
    QVERIFY((*pipeline)->isFallback());
    QVERIFY((*pipeline)->describe().contains(QStringLiteral("fallback")));
    Result<FaceSample> sample = (*pipeline)->enrollmentSample(frameWithFace(2.5));
    QVERIFY2(sample.ok(), qPrintable(sample.errorMessage()));
    QVERIFY(!sample->quality.poseKnown);
    QCOMPARE(sample->faceTemplate.engine().name, QStringLiteral("lbp-u2-r12-mirror-8x8"));
}

QTEST_GUILESS_MAIN(TestFacePipeline)
#include "tst_facepipeline.moc"
