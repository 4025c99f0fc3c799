// consentry-cli identify --video [--liveness [--challenge …]] as a script sees it: videos made here from ORL
// pictures (a still photo, the photo moved flat, the photo turned about its vertical axis, a real head turn,
// a real eye closure) get the "liveness" verdict the core check gives on the same file, the best frame is
// identified like an image, and bad input is refused with one sentence and the contract's exit codes.

#include "CliRunner.h"
#include "JsonFiles.h"
#include "LivenessClips.h"
#include "Profiles.h"
#include "TestPaths.h"
#include "vision/ImageLoader.h"
#include "vision/VideoProbe.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace consentry;
using namespace consentry::test;

class TestCliLiveness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void withoutLivenessNotChecked();
    void classicalDetectorNotChecked();
    void badInput_data();
    void badInput();
    void helpSaysWhatItDoesNotStop();

private:
    CliResult cli(const QStringList &args, const CliRunner &runner = CliRunner()) const;
    QString video(const QString &name);
    QTemporaryDir m_dir;
    QString m_data;
    qint64 m_resident = 0;
    QString m_skip;
};

void TestCliLiveness::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (modelDir().isEmpty()) {
        m_skip = missingModelsReason();
        return;
    }
    if (testdataDir().isEmpty()) {
        m_skip = missingTestdataReason();
        return;
    }
    m_data = m_dir.filePath(QStringLiteral("data"));
    const CliResult init = cli({ QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("wang") });
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const CliResult site = cli({ QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--file"),
                                 writeProfileFile(m_dir.filePath(QStringLiteral("site.json"))) });
    QVERIFY2(site.exitCode == 0, qPrintable(site.err));
    // s4 is enrolled from pictures that are not in the head-turn video, so identification is a real search.
    QJsonObject consent = test::paperConsentRecord(QStringLiteral("Zhao Si"));
    consent.remove(QStringLiteral("under_14"));
    consent.insert(QStringLiteral("date_of_birth"), QStringLiteral("1980-05-01")); // the age answered by a date
    const QString consentFile = test::writeJsonFile(m_dir.filePath(QStringLiteral("consent.json")), consent);
    QStringList images;
    for (int i : { 1, 2, 3, 5 }) {
        const QString path = m_dir.filePath(QStringLiteral("s4-%1.png").arg(i));
        cv::imwrite(path.toStdString(), LivenessClips::placed(LivenessClips::orlImage(4, i)));
        images << path;
    }
    const CliResult enrolled = cli(QStringList { QStringLiteral("enroll"), QStringLiteral("--json"),
                                                 QStringLiteral("--name"), QStringLiteral("Zhao Si"),
                                                 QStringLiteral("--consent"), consentFile, QStringLiteral("--images") }
                                   + images);
    QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
    m_resident = enrolled.json().value(QStringLiteral("resident_id")).toInteger();
    QVERIFY(m_resident > 0);
}

CliResult TestCliLiveness::cli(const QStringList &args, const CliRunner &runner) const
{
    QStringList full { QStringLiteral("--data-dir"), m_data, QStringLiteral("--password-stdin") };
    if (!modelDir().isEmpty())
        full << QStringLiteral("--model-dir") << modelDir();
    return runner.run(full + args, "manager-pass\n");
}

QString TestCliLiveness::video(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".avi"));
    if (QFile::exists(path))
        return path;
    auto pictures = [](int person, std::initializer_list<int> images) {
        std::vector<cv::Mat> out;
        for (int image : images)
            out.push_back(LivenessClips::placed(LivenessClips::orlImage(person, image)));
        return out;
    };
    const cv::Mat photo = LivenessClips::placed(LivenessClips::orlImage(4, 1));
    std::vector<cv::Mat> frames;
    if (name == QLatin1String("still"))
        frames = LivenessClips::stillPhoto(photo, 30);
    else if (name == QLatin1String("moved"))
        frames = LivenessClips::movedPhoto(photo, 40);
    else if (name == QLatin1String("turned"))
        frames = LivenessClips::turnedPhoto(photo, 40, 55, 1.0);
    else if (name == QLatin1String("turned-wide"))
        frames = LivenessClips::turnedPhoto(photo, 40, 55, 0.6);
    else if (name == QLatin1String("head-turn-left"))
        frames = LivenessClips::sequence(pictures(4, { 7, 10 }), 4);
    else if (name == QLatin1String("head-turn-right"))
        frames = LivenessClips::sequence(pictures(29, { 2, 9 }), 4);
    else if (name == QLatin1String("blink")) {
        const std::vector<cv::Mat> p = pictures(11, { 3, 4 });
        frames = LivenessClips::sequence({ p[0] }, 4);
        for (const cv::Mat &f : LivenessClips::sequence({ p[1] }, 2))
            frames.push_back(f);
        for (const cv::Mat &f : LivenessClips::sequence({ p[0] }, 4))
            frames.push_back(f);
    }
    return LivenessClips::writeVideo(path, frames) ? path : QString();
}

void TestCliLiveness::verdicts_data()
{
    QTest::addColumn<QString>("clip");
    QTest::addColumn<QString>("challenge");
    QTest::addColumn<QString>("liveness");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("performed");
    for (const char *challenge : { "any", "left", "right", "blink" }) {
        QTest::addRow("still photo, %s", challenge)
            << QStringLiteral("still") << QString::fromLatin1(challenge) << QStringLiteral("failed")
            << QStringLiteral("no_movement") << QStringLiteral("");
        QTest::addRow("moved photo, %s", challenge)
            << QStringLiteral("moved") << QString::fromLatin1(challenge) << QStringLiteral("failed")
            << QStringLiteral("flat_movement") << QStringLiteral("");
        QTest::addRow("turned photo, %s", challenge)
            << QStringLiteral("turned") << QString::fromLatin1(challenge) << QStringLiteral("failed")
            << QStringLiteral("flat_movement") << QStringLiteral("");
        QTest::addRow("turned photo wide-angle, %s", challenge)
            << QStringLiteral("turned-wide") << QString::fromLatin1(challenge) << QStringLiteral("failed")
            << QStringLiteral("flat_movement") << QStringLiteral("");
    }
    QTest::newRow("head turn left, any") << QStringLiteral("head-turn-left") << QStringLiteral("any")
                                         << QStringLiteral("passed") << QStringLiteral("") << QStringLiteral("left");
    QTest::newRow("head turn left, left") << QStringLiteral("head-turn-left") << QStringLiteral("left")
                                          << QStringLiteral("passed") << QStringLiteral("") << QStringLiteral("left");
    QTest::newRow("head turn left, right")
        << QStringLiteral("head-turn-left") << QStringLiteral("right") << QStringLiteral("failed")
        << QStringLiteral("wrong_movement") << QStringLiteral("");
    QTest::newRow("head turn right, any") << QStringLiteral("head-turn-right") << QStringLiteral("any")
                                          << QStringLiteral("passed") << QStringLiteral("") << QStringLiteral("right");
    QTest::newRow("head turn right, right")
        << QStringLiteral("head-turn-right") << QStringLiteral("right") << QStringLiteral("passed")
        << QStringLiteral("") << QStringLiteral("right");
    QTest::newRow("blink, blink") << QStringLiteral("blink") << QStringLiteral("blink") << QStringLiteral("passed")
                                  << QStringLiteral("") << QStringLiteral("blink");
    QTest::newRow("blink, any") << QStringLiteral("blink") << QStringLiteral("any") << QStringLiteral("passed")
                                << QStringLiteral("") << QStringLiteral("blink");
    QTest::newRow("blink, left") << QStringLiteral("blink") << QStringLiteral("left") << QStringLiteral("failed")
                                 << QStringLiteral("no_movement") << QStringLiteral("");
}

void TestCliLiveness::verdicts()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    QFETCH(QString, clip);
    QFETCH(QString, challenge);
    QFETCH(QString, liveness);
    QFETCH(QString, reason);
    QFETCH(QString, performed);
    const QString file = video(clip);
    QVERIFY(!file.isEmpty());
    QStringList args { QStringLiteral("identify"), QStringLiteral("--json"), QStringLiteral("--video"), file,
                       QStringLiteral("--liveness") };
    if (challenge != QLatin1String("any"))
        args << QStringLiteral("--challenge") << challenge; // "any" is the default
    const CliResult r = cli(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("liveness")).toString(), liveness);
    QCOMPARE(json.value(QStringLiteral("liveness_reason")).toString(), reason);
    QCOMPARE(json.value(QStringLiteral("liveness_performed")).toString(), performed);
    QCOMPARE(json.value(QStringLiteral("liveness_challenge")).toString(), challenge);
    QVERIFY(json.value(QStringLiteral("frames")).toInt() > 0);

    // The same answer as the core check on the same file.
    PipelineOptions options;
    options.modelDir = modelDir();
    Result<std::unique_ptr<FacePipeline>> pipeline = FacePipeline::create(options);
    QVERIFY(pipeline.ok());
    Result<VideoProbe::Findings> probed
        = VideoProbe::probeFile(file, *pipeline.value(), LivenessCheck::challengeFromName(challenge));
    QVERIFY2(probed.ok(), qPrintable(probed.errorMessage()));
    const LivenessCheck &check = *probed->liveness;
    const QString coreVerdict = check.outcome() == LivenessCheck::Outcome::Passed ? QStringLiteral("passed")
        : check.outcome() == LivenessCheck::Outcome::NotChecked                   ? QStringLiteral("not_checked")
                                                                                  : QStringLiteral("failed");
    QCOMPARE(coreVerdict, liveness);
    QCOMPARE(LivenessCheck::reasonKey(check.reason()), reason);
    QCOMPARE(json.value(QStringLiteral("frames")).toInt(), probed->framesRead);
    QCOMPARE(json.value(QStringLiteral("frame")).toInt(), probed->bestFrameIndex);

    // The best frame is searched like an image: Zhao Si is found in every video made of his pictures.
    if (clip == QLatin1String("still") || clip == QLatin1String("head-turn-left")) {
        QCOMPARE(json.value(QStringLiteral("decision")).toString(), QStringLiteral("match"));
        const QJsonArray faces = json.value(QStringLiteral("faces")).toArray();
        QCOMPARE(faces.size(), 1);
        QCOMPARE(faces.at(0)
                     .toObject()
                     .value(QStringLiteral("matches"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("resident_id"))
                     .toInteger(),
                 m_resident);
    }
    // The text for people says it too.
    const CliResult text = cli(args.mid(0, 1) + args.mid(2));
    QVERIFY2(text.out.contains(QStringLiteral("Liveness: ") + liveness), qPrintable(text.out));
}

void TestCliLiveness::withoutLivenessNotChecked()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    const CliResult r = cli({ QStringLiteral("identify"), QStringLiteral("--json"), QStringLiteral("--video"),
                              video(QStringLiteral("head-turn-left")) });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("liveness")).toString(), QStringLiteral("not_checked"));
    QVERIFY(!r.json().contains(QStringLiteral("liveness_reason")));
    QCOMPARE(r.json().value(QStringLiteral("decision")).toString(), QStringLiteral("match"));
    // The whole video was searched for its best frame (no early stop without a check).
    QCOMPARE(r.json().value(QStringLiteral("frames")).toInt(), 8);

    // --image answers as before, without any liveness key.
    const QString still = m_dir.filePath(QStringLiteral("s4-1.png"));
    const CliResult image
        = cli({ QStringLiteral("identify"), QStringLiteral("--json"), QStringLiteral("--image"), still });
    QCOMPARE(image.exitCode, 0);
    QVERIFY(!image.json().contains(QStringLiteral("liveness")));
}

void TestCliLiveness::classicalDetectorNotChecked()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    // Without the models the Haar cascade detects faces but gives no landmarks: the check cannot run, and
    // says so instead of passing or failing.
    CliRunner runner;
    runner.unsetEnv(QStringLiteral("CONSENTRY_MODEL_DIR"));
    const CliResult r = runner.run({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--password-stdin"),
                                     QStringLiteral("identify"), QStringLiteral("--json"), QStringLiteral("--video"),
                                     video(QStringLiteral("head-turn-left")), QStringLiteral("--liveness") },
                                   "manager-pass\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("engine")).toString().startsWith(QStringLiteral("lbp")), true);
    QCOMPARE(r.json().value(QStringLiteral("liveness")).toString(), QStringLiteral("not_checked"));
    QCOMPARE(r.json().value(QStringLiteral("liveness_reason")).toString(), QStringLiteral("no_landmarks"));
}

void TestCliLiveness::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("named");
    const QString still = m_dir.filePath(QStringLiteral("s4-1.png"));
    const QString text = m_dir.filePath(QStringLiteral("notes.avi"));
    QFile notes(text);
    if (notes.open(QIODevice::WriteOnly))
        notes.write("this is not a video\n");
    QTest::newRow("neither") << QStringList {} << 1 << QStringLiteral("--video");
    QTest::newRow("both") << QStringList { QStringLiteral("--image"), still, QStringLiteral("--video"), still } << 1
                          << QStringLiteral("--image");
    QTest::newRow("liveness on an image")
        << QStringList { QStringLiteral("--image"), still, QStringLiteral("--liveness") } << 1
        << QStringLiteral("--liveness");
    QTest::newRow("challenge without liveness")
        << QStringList { QStringLiteral("--video"), still, QStringLiteral("--challenge"), QStringLiteral("left") } << 1
        << QStringLiteral("--challenge");
    QTest::newRow("unknown challenge") << QStringList { QStringLiteral("--video"), still, QStringLiteral("--liveness"),
                                                        QStringLiteral("--challenge"), QStringLiteral("nod") }
                                       << 1 << QStringLiteral("blink");
    QTest::newRow("missing video") << QStringList { QStringLiteral("--video"), m_dir.filePath(QStringLiteral("no.avi")),
                                                    QStringLiteral("--liveness") }
                                   << 4 << QStringLiteral("no.avi");
    QTest::newRow("a folder") << QStringList { QStringLiteral("--video"), m_dir.path(), QStringLiteral("--liveness") }
                              << 1 << QStringLiteral("not a video file");
    QTest::newRow("not a video") << QStringList { QStringLiteral("--video"), text, QStringLiteral("--liveness") } << 3
                                 << QStringLiteral("notes.avi");
}

void TestCliLiveness::badInput()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, named);
    const QStringList before = QDir(m_data).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const CliResult r = cli(QStringList { QStringLiteral("identify") } + args);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QCOMPARE(QDir(m_data).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
}

void TestCliLiveness::helpSaysWhatItDoesNotStop()
{
    const CliResult r = CliRunner().run({ QStringLiteral("identify"), QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    for (const char *needle :
         { "--video FILE", "--liveness", "--challenge", "replayed video", "3D mask", "not_checked" })
        QVERIFY2(r.out.contains(QLatin1String(needle)), needle);
}

QTEST_GUILESS_MAIN(TestCliLiveness)
#include "tst_cliliveness.moc"
