// ModelRegistry and ModelCard: built-in cards parse, files are found along the search path, and a file
// whose bytes do not match its card is refused with a sentence that names it.

#include "TestPaths.h"
#include "vision/FaceDetector.h"
#include "vision/ModelRegistry.h"
#include "vision/YuNetDetector.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace consentry;

class TestModelRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInCardsParse();
    void cardRejectsNonsense();
    void searchOrder();
    void findsSharedModels();
    void refusesTamperedFile();
    void refusesWrongKindAndCorruptModel();
};

void TestModelRegistry::builtInCardsParse()
{
    const QList<ModelCard> cards = ModelRegistry::builtInCards();
    QStringList ids;
    for (const ModelCard &card : cards)
        ids << card.id;
    QVERIFY2(ids.contains(QStringLiteral("yunet-2022mar")), qPrintable(ids.join(QLatin1Char(','))));
    QVERIFY(ids.contains(QStringLiteral("face-reid-retail-0095")));
    QVERIFY(ids.contains(QStringLiteral("sface-2021dec")));
    for (const ModelCard &card : cards) {
        QCOMPARE(card.sha256.size(), 64);
        if (card.id == QLatin1String("face-reid-retail-0095")) {
            QCOMPARE(card.outputDim, 256);
            QCOMPARE(card.inputSize, cv::Size(128, 128));
            QVERIFY(!card.swapRb);
            QVERIFY(qAbs(card.alignPoints[0].x - 0.31556875f * 128) < 1e-3f);
            QVERIFY(qAbs(card.alignPoints[4].y - 0.82469196f * 128) < 1e-3f);
        }
        if (card.id == QLatin1String("sface-2021dec")) {
            QCOMPARE(card.outputDim, 128);
            QVERIFY(card.swapRb);
            QCOMPARE(card.sha256, QStringLiteral("0ba9fbfa01b5270c96627c4ef784da859931e02f04419c829e83484087c34e79"));
        }
    }
}

void TestModelRegistry::cardRejectsNonsense()
{
    QJsonObject o = QJsonDocument::fromJson(R"({"id":"x","kind":"embedder","file":"../../etc/passwd",
        "sha256":"00000000000000000000000000000000000000000000000000000000000000aa"})")
                        .object();
    QVERIFY(!ModelCard::fromJson(o, QStringLiteral("t")).ok()); // path in the file name
    o.insert(QStringLiteral("file"), QStringLiteral("x.onnx"));
    QVERIFY(!ModelCard::fromJson(o, QStringLiteral("t")).ok()); // no input, alignment, output
    o.insert(QStringLiteral("kind"), QStringLiteral("detector"));
    QVERIFY(ModelCard::fromJson(o, QStringLiteral("t")).ok());
    o.insert(QStringLiteral("sha256"), QStringLiteral("xyz"));
    QVERIFY(!ModelCard::fromJson(o, QStringLiteral("t")).ok());
}

void TestModelRegistry::searchOrder()
{
    qputenv("CONSENTRY_MODEL_DIR", "/tmp/from-env");
    const QStringList dirs
        = ModelRegistry::defaultSearchDirs(QStringLiteral("/tmp/explicit"), QStringLiteral("/tmp/data"));
    QCOMPARE(dirs.value(0), QStringLiteral("/tmp/explicit"));
    QCOMPARE(dirs.value(1), QStringLiteral("/tmp/from-env"));
    QVERIFY(dirs.value(2).endsWith(QStringLiteral("/models")));
    QCOMPARE(dirs.constLast(), QStringLiteral("/tmp/data/models"));
    qputenv("CONSENTRY_MODEL_DIR", test::modelDir().toUtf8());
}

void TestModelRegistry::findsSharedModels()
{
    if (test::modelDir().isEmpty())
        QSKIP(qPrintable(test::missingModelsReason()));
    const ModelRegistry registry({ QStringLiteral("/nonexistent"), test::modelDir() });
    Result<ResolvedModel> yunet = registry.find(QStringLiteral("yunet-2022mar"));
    QVERIFY2(yunet.ok(), qPrintable(yunet.errorMessage()));
    QCOMPARE(QFileInfo(yunet->path).fileName(), QStringLiteral("face_detection_yunet_2022mar.onnx"));
    Result<ResolvedModel> embedder = registry.best(ModelCard::Kind::Embedder);
    QVERIFY2(embedder.ok(), qPrintable(embedder.errorMessage()));
    QVERIFY(embedder->card.id == QLatin1String("face-reid-retail-0095")
            || embedder->card.id == QLatin1String("sface-2021dec"));
    QCOMPARE(registry.find(QStringLiteral("sface-2021dec")).ok(),
             QFileInfo::exists(test::modelDir() + QStringLiteral("/face_recognition_sface_2021dec.onnx")));
    QCOMPARE(registry.find(QStringLiteral("no-such-card")).errorKind(), ErrorKind::NotFound);
}

void TestModelRegistry::refusesTamperedFile()
{
    if (test::modelDir().isEmpty())
        QSKIP(qPrintable(test::missingModelsReason()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile source(test::modelDir() + QStringLiteral("/face_detection_yunet_2022mar.onnx"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01); // same size, one bit flipped
    const QString path = dir.filePath(QStringLiteral("face_detection_yunet_2022mar.onnx"));
    QFile target(path);
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(bytes);
    target.close();

    const ModelRegistry tampered({ dir.path() });
    Result<ResolvedModel> found = tampered.find(QStringLiteral("yunet-2022mar"));
    QVERIFY(!found.ok());
    QCOMPARE(found.errorKind(), ErrorKind::Data);
    QVERIFY2(found.errorMessage().contains(QDir::toNativeSeparators(path)), qPrintable(found.errorMessage()));
    QCOMPARE(tampered.problems().size(), 1);

    // The tampered copy comes first, the good one second: the good one is used, the refusal is kept.
    const ModelRegistry both({ dir.path(), test::modelDir() });
    QVERIFY(both.find(QStringLiteral("yunet-2022mar")).ok());
    QVERIFY(both.problems().constFirst().contains(QStringLiteral("face_detection_yunet_2022mar.onnx")));

    // Auto detection falls back to Haar and says why; asking for YuNet explicitly fails.
    QStringList problems;
    Result<std::unique_ptr<FaceDetector>> detector
        = FaceDetector::create(tampered, FaceDetector::Choice::Auto, &problems);
    if (detector.ok()) {
        QVERIFY((*detector)->isFallback());
        QVERIFY(!problems.isEmpty());
    }
    QCOMPARE(FaceDetector::create(tampered, FaceDetector::Choice::YuNet).errorKind(), ErrorKind::Data);

    // A truncated file is refused by size before hashing.
    target.open(QIODevice::WriteOnly | QIODevice::Truncate);
    target.write(bytes.left(1000));
    target.close();
    QVERIFY(ModelRegistry({ dir.path() })
                .find(QStringLiteral("yunet-2022mar"))
                .errorMessage()
                .contains(QStringLiteral("1000")));
}

void TestModelRegistry::refusesWrongKindAndCorruptModel()
{
    if (test::modelDir().isEmpty())
        QSKIP(qPrintable(test::missingModelsReason()));
    // A card that (wrongly) calls the embedder a detector: the hash matches, so only loading can tell.
    ModelCard card;
    card.id = QStringLiteral("wrong-kind");
    card.kind = ModelCard::Kind::Detector;
    card.fileName = QStringLiteral("face_reid_retail_0095_fp32.onnx");
    Result<QString> sha = ModelRegistry::sha256OfFile(test::modelDir() + QLatin1Char('/') + card.fileName);
    QVERIFY(sha.ok());
    card.sha256 = sha.value();
    const ModelRegistry registry({ test::modelDir() }, { card });
    Result<ResolvedModel> model = registry.find(card.id);
    QVERIFY2(model.ok(), qPrintable(model.errorMessage()));
    Result<std::unique_ptr<YuNetDetector>> detector = YuNetDetector::create(model.value());
    QVERIFY(!detector.ok());
    QCOMPARE(detector.errorKind(), ErrorKind::Data);
    QVERIFY(detector.errorMessage().contains(QStringLiteral("face_reid_retail_0095_fp32.onnx")));

    // Garbage bytes where an ONNX file should be.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.onnx"));
    QFile garbage(path);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(5000, '\x07'));
    garbage.close();
    ResolvedModel fake { model->card, path };
    QCOMPARE(YuNetDetector::create(fake).errorKind(), ErrorKind::Data);
}

QTEST_GUILESS_MAIN(TestModelRegistry)
#include "tst_modelregistry.moc"
