#pragma once

#include "domain/Device.h"
#include "preview/LiveCamera.h"
#include "vision/FacePipeline.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace consentry::ui {

class CameraView;

// The live preview: camera picker (device, resolution, or a video file / image folder standing in for
// a camera), the live picture with face boxes, quality hint and frame rate, and which face engine is
// active. Capture runs while the page is visible and stops when it is hidden, so the camera is free for
// the enrollment screen.
class PreviewPage : public QWidget
{
    Q_OBJECT

public:
    // `sourceOverride`: the app's --source PATH; otherwise the last choice saved on this computer.
    PreviewPage(const PipelineOptions &options, const QString &sourceOverride, QWidget *parent = nullptr);
    ~PreviewPage() override;

    SourceChoice source() const { return m_source; }
    // Switches the source (restarts the picture when the page is visible). Test hook and picker.
    void setSource(const SourceChoice &source);
    QString engineText() const;
    // The device register: the picker names the registered device of the chosen camera, or warns that the
    // camera is not registered (Provisions art. 13).
    void setDevices(const QList<Device> &devices);
    QLabel *deviceLabel() const { return m_deviceLabel; }
    static QString cameraId(const SourceChoice &source); // as the device register names a camera
    CameraView *cameraView() const { return m_view; }
    LiveCamera *camera() const { return m_camera; }

    // Where the app remembers the source between runs (QSettings: not secret, per computer).
    static SourceChoice savedSource();
    static void saveSource(const SourceChoice &source);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fillSourceBox();
    void sourceActivated(int index);
    void resolutionActivated(int index);
    void restart();
    void showDevice();

    PipelineOptions m_options;
    SourceChoice m_source;
    CameraView *m_view = nullptr;
    LiveCamera *m_camera = nullptr;
    QComboBox *m_sourceBox = nullptr;
    QComboBox *m_resolutionBox = nullptr;
    QLabel *m_engineLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QList<Device> m_devices;
    bool m_devicesKnown = false;
};

} // namespace consentry::ui
