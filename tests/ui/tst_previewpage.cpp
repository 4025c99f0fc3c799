// The live preview: an image folder stands in for the camera, frames are painted with faces and a hint,
// the engine in use is named, a missing source says so, an unplugged camera is reported and comes back
// by itself, and hiding the page releases the camera.

#include "Screenshot.h"
#include "TestPaths.h"
#include "Widgets.h"
#include "platform/Language.h"
#include "preview/CameraView.h"
#include "preview/PreviewPage.h"
#include "vision/SyntheticSource.h"

#include <QComboBox>
#include <QLabel>
#include <QTest>
#include <QTranslator>

using namespace consentry;
using namespace consentry::ui;
using consentry::test::child;

class TestPreviewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void imageFolderStandsInForCamera();
    void missingSourceSaysSo();
    void unpluggedCameraRecovers();

private:
    PipelineOptions options() const;
};

void TestPreviewPage::initTestCase()
{
    QVERIFY(Language::install(qEnvironmentVariable("CONSENTRY_TEST_LANG", QStringLiteral("en"))));
    // Translations not yet merged into translations/*.ts can be checked on screen with a .qm built from them.
    if (const QString extra = qEnvironmentVariable("CONSENTRY_TEST_EXTRA_QM"); !extra.isEmpty()) {
        auto *translator = new QTranslator(this);
        QVERIFY(translator->load(extra));
        QCoreApplication::installTranslator(translator);
    }
}

PipelineOptions TestPreviewPage::options() const
{
    PipelineOptions o;
    o.modelDir = test::modelDir();
    return o;
}

void TestPreviewPage::imageFolderStandsInForCamera()
{
    if (test::testdataDir().isEmpty())
        QSKIP(qPrintable(test::missingTestdataReason()));
    const QString folder = test::testdataDir() + QStringLiteral("/faces/orl/s1");
    PreviewPage page(options(), folder);
    page.resize(900, 720);
    QCOMPARE(page.source().path, folder);
    QVERIFY(!page.camera()->isRunning()); // nothing runs until the page is seen
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(page.camera()->framesShown() >= 3, 20000);
    QCOMPARE(page.cameraView()->state(), CameraView::State::Live);
    QVERIFY(!page.cameraView()->frameSize().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!page.cameraView()->hint().isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(page.cameraView()->framesPerSecond() > 0, 20000);
    // The picker shows the folder as the current source; the resolution only applies to cameras.
    auto *sourceBox = child<QComboBox>(page, "sourceBox");
    QVERIFY(sourceBox->currentText().endsWith(QStringLiteral("s1")));
    QVERIFY(!child<QComboBox>(page, "resolutionBox")->isEnabled());
    // Which engine runs, in words.
    QVERIFY(page.engineText().contains(test::modelDir().isEmpty() ? QStringLiteral("lbp") : QStringLiteral("yunet")));
    test::saveScreenshot(&page, QStringLiteral("preview-live"));

    page.hide();
    QVERIFY(!page.camera()->isRunning()); // the camera is free for enrollment
}

void TestPreviewPage::missingSourceSaysSo()
{
    PreviewPage page(options(), QStringLiteral("/nonexistent/folder-of-faces"));
    page.resize(900, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE_WITH_TIMEOUT(page.camera()->state(), FrameGrabber::State::Failed, 10000);
    // The view learns it through a queued signal.
    QTRY_COMPARE(page.cameraView()->state(), CameraView::State::NoCamera);
    QVERIFY(!page.cameraView()->statusText().isEmpty());
    QVERIFY2(page.cameraView()->statusText().contains(QStringLiteral("folder-of-faces")),
             qPrintable(page.cameraView()->statusText()));
    test::saveScreenshot(&page, QStringLiteral("preview-no-source"));
    // The no-camera sentence says how to connect one.
    CameraView empty;
    empty.setState(CameraView::State::NoCamera);
    QVERIFY(empty.statusText().size() > 40);
}

void TestPreviewPage::unpluggedCameraRecovers()
{
    CameraView view;
    view.resize(640, 480);
    view.show();
    LiveCamera camera(&view);
    camera.grabber().setReconnectDelays(10, 40);
    QList<FrameGrabber::State> states;
    connect(&camera, &LiveCamera::stateChanged, this, [&](FrameGrabber::State s, const QString &) { states << s; });
    SyntheticSource::Options o;
    o.framesPerSecond = 50;
    o.lostAfter = 10;
    o.failedReopens = 3;
    camera.start(std::make_unique<SyntheticSource>(o));
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(FrameGrabber::State::Lost), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(FrameGrabber::State::Reconnected), 10000);
    const quint64 before = camera.framesShown();
    QTRY_VERIFY_WITH_TIMEOUT(camera.framesShown() > before + 3, 10000);
    QCOMPARE(view.state(), CameraView::State::Live);
    view.setState(CameraView::State::Lost);
    test::saveScreenshot(&view, QStringLiteral("preview-camera-lost"));
    camera.stop();
    QVERIFY(!camera.isRunning());
}

QTEST_MAIN(TestPreviewPage)
#include "tst_previewpage.moc"
