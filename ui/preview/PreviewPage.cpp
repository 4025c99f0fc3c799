#include "preview/PreviewPage.h"

#include "common/Prompt.h"
#include "common/Theme.h"
#include "preview/CameraView.h"
#include "vision/CameraSource.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace consentry::ui {

namespace {
enum SourceKind { CameraItem = 0, PathItem = 1, PickFileItem = 2, PickFolderItem = 3 };
const QList<QSize> kResolutions { { 640, 480 }, { 1280, 720 }, { 1920, 1080 } };
} // namespace

PreviewPage::PreviewPage(const PipelineOptions &options, const QString &sourceOverride, QWidget *parent)
    : QWidget(parent)
    , m_options(options)
    , m_source(savedSource())
{
    setObjectName(QStringLiteral("previewPage"));
    if (!sourceOverride.isEmpty())
        m_source.path = sourceOverride;

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *sourceLabel = new QLabel(tr("Camera:"), this);
    m_sourceBox = new QComboBox(this);
    m_sourceBox->setObjectName(QStringLiteral("sourceBox"));
    m_sourceBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sourceBox->setMinimumContentsLength(24);
    sourceLabel->setBuddy(m_sourceBox);
    auto *resolutionLabel = new QLabel(tr("Resolution:"), this);
    m_resolutionBox = new QComboBox(this);
    m_resolutionBox->setObjectName(QStringLiteral("resolutionBox"));
    for (const QSize &size : kResolutions)
        m_resolutionBox->addItem(tr("%1 × %2").arg(size.width()).arg(size.height()), size);
    resolutionLabel->setBuddy(m_resolutionBox);
    bar->addWidget(sourceLabel);
    bar->addWidget(m_sourceBox, 1);
    bar->addSpacing(12);
    bar->addWidget(resolutionLabel);
    bar->addWidget(m_resolutionBox);
    layout->addLayout(bar);

    m_view = new CameraView(this);
    layout->addWidget(m_view, 1);

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("cameraStateLabel"));
    m_stateLabel->setWordWrap(true);
    layout->addWidget(m_stateLabel);
    m_engineLabel = new QLabel(this);
    m_engineLabel->setObjectName(QStringLiteral("engineLabel"));
    m_engineLabel->setWordWrap(true);
    m_engineLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_engineLabel);

    m_deviceLabel = new QLabel(this);
    m_deviceLabel->setObjectName(QStringLiteral("deviceRegisterLabel"));
    m_deviceLabel->setWordWrap(true);
    m_deviceLabel->hide();
    layout->addWidget(m_deviceLabel);

    m_camera = new LiveCamera(m_view, this);
    Result<std::unique_ptr<FacePipeline>> pipeline = FacePipeline::create(m_options);
    if (pipeline) {
        std::shared_ptr<FacePipeline> shared = std::move(pipeline).value();
        QString text = tr("Face engine: %1").arg(shared->describe());
        for (const QString &problem : shared->problems())
            text += QLatin1Char('\n') + problem;
        m_engineLabel->setText(text);
        if (shared->isFallback())
            Theme::setTone(m_engineLabel, Tone::Warning);
        m_camera->setPipeline(shared);
    } else {
        m_engineLabel->setText(tr("No face engine could be started: %1").arg(pipeline.errorMessage()));
        Theme::setTone(m_engineLabel, Tone::Error);
    }
    // The picture shows why a file or folder failed; this line speaks about cameras coming and going.
    connect(m_camera, &LiveCamera::stateChanged, this, [this](FrameGrabber::State state, const QString &) {
        switch (state) {
        case FrameGrabber::State::Lost:
            m_stateLabel->setText(tr("The camera stopped sending pictures. Waiting for it to come back…"));
            break;
        case FrameGrabber::State::Reconnected: m_stateLabel->setText(tr("The camera is back.")); break;
        case FrameGrabber::State::NoCamera:
            m_stateLabel->setText(tr("No camera answers. Check the cable; the picture starts by itself once it is "
                                     "connected."));
            break;
        default: break;
        }
    });
    connect(m_camera, &LiveCamera::frameShown, this, [this] {
        if (!m_stateLabel->text().isEmpty() && m_camera->state() == FrameGrabber::State::Running)
            m_stateLabel->clear();
    });

    fillSourceBox();
    connect(m_sourceBox, &QComboBox::activated, this, &PreviewPage::sourceActivated);
    connect(m_resolutionBox, &QComboBox::activated, this, &PreviewPage::resolutionActivated);
}

PreviewPage::~PreviewPage()
{
    m_camera->stop();
}

QString PreviewPage::engineText() const
{
    return m_engineLabel->text();
}

SourceChoice PreviewPage::savedSource()
{
    QSettings settings;
    SourceChoice source;
    source.cameraIndex = settings.value(QStringLiteral("preview/camera"), 0).toInt();
    source.resolution = settings.value(QStringLiteral("preview/resolution"), QSize(640, 480)).toSize();
    source.path = settings.value(QStringLiteral("preview/sourcePath")).toString();
    return source;
}

void PreviewPage::saveSource(const SourceChoice &source)
{
    QSettings settings;
    settings.setValue(QStringLiteral("preview/camera"), source.cameraIndex);
    settings.setValue(QStringLiteral("preview/resolution"), source.resolution);
    settings.setValue(QStringLiteral("preview/sourcePath"), source.path);
}

void PreviewPage::fillSourceBox()
{
    m_sourceBox->clear();
    const QList<CameraDevice> cameras = CameraSource::availableDevices();
    for (const CameraDevice &camera : cameras)
        m_sourceBox->addItem(camera.name.isEmpty() ? tr("Camera %1").arg(camera.index) : camera.name,
                             QVariantList { CameraItem, camera.index });
    if (cameras.isEmpty())
        m_sourceBox->addItem(tr("No camera connected"), QVariantList { CameraItem, 0 });
    if (m_source.isFile())
        m_sourceBox->addItem(QDir::toNativeSeparators(m_source.path), QVariantList { PathItem, 0 });
    m_sourceBox->addItem(tr("Video file…"), QVariantList { PickFileItem, 0 });
    m_sourceBox->addItem(tr("Folder of pictures…"), QVariantList { PickFolderItem, 0 });
    int current = 0;
    for (int i = 0; i < m_sourceBox->count(); ++i) {
        const QVariantList item = m_sourceBox->itemData(i).toList();
        if (m_source.isFile() ? item.value(0).toInt() == PathItem
                              : (item.value(0).toInt() == CameraItem && item.value(1).toInt() == m_source.cameraIndex))
            current = i;
    }
    m_sourceBox->setCurrentIndex(current);
    m_resolutionBox->setCurrentIndex(
        static_cast<int>(std::max<qsizetype>(0, kResolutions.indexOf(m_source.resolution))));
    m_resolutionBox->setEnabled(!m_source.isFile());
}

void PreviewPage::sourceActivated(int index)
{
    const QVariantList item = m_sourceBox->itemData(index).toList();
    SourceChoice next = m_source;
    switch (item.value(0).toInt()) {
    case CameraItem:
        next.path.clear();
        next.cameraIndex = item.value(1).toInt();
        break;
    case PathItem: return;
    case PickFileItem:
    case PickFolderItem: {
        const QString picked = item.value(0).toInt() == PickFileItem
            ? Prompt::openFileName(this, tr("Video file to use as the camera"), QString(),
                                   tr("Videos (*.avi *.mp4 *.mkv *.mov);;All files (*)"))
            : Prompt::folder(this, tr("Folder of face pictures to use as the camera"), QString());
        if (picked.isEmpty()) {
            fillSourceBox(); // back to what was selected
            return;
        }
        next.path = picked;
        break;
    }
    }
    saveSource(next);
    setSource(next);
}

void PreviewPage::resolutionActivated(int index)
{
    SourceChoice next = m_source;
    next.resolution = m_resolutionBox->itemData(index).toSize();
    saveSource(next);
    setSource(next);
}

QString PreviewPage::cameraId(const SourceChoice &source)
{
    return source.isFile() ? source.path : QString::number(source.cameraIndex);
}

void PreviewPage::setDevices(const QList<Device> &devices)
{
    m_devices = devices;
    m_devicesKnown = true;
    showDevice();
}

void PreviewPage::showDevice()
{
    // A video file or a folder stands in for a camera while testing: nothing to register.
    if (!m_devicesKnown || m_source.isFile()) {
        m_deviceLabel->hide();
        return;
    }
    const QString id = cameraId(m_source);
    for (const Device &d : std::as_const(m_devices)) {
        if (d.isCamera(id)) {
            m_deviceLabel->setText(tr("Registered device: %1 (%2), capture area: %3")
                                       .arg(d.name, DeviceLocation::displayName(d.locationType), d.area));
            Theme::setTone(m_deviceLabel, Tone::Info);
            m_deviceLabel->show();
            return;
        }
    }
    m_deviceLabel->setText(tr("This camera is not in the device register. A manager registers it in the compliance "
                              "centre with where it is and what it sees before it is used."));
    Theme::setTone(m_deviceLabel, Tone::Warning);
    m_deviceLabel->show();
}

void PreviewPage::setSource(const SourceChoice &source)
{
    m_source = source;
    showDevice();
    fillSourceBox();
    if (isVisible())
        restart();
}

void PreviewPage::restart()
{
    m_stateLabel->clear();
    m_camera->start(m_source);
}

void PreviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    restart();
}

void PreviewPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_camera->stop();
}

} // namespace consentry::ui
