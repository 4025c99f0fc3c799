#pragma once

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

    PipelineOptions m_options;
    SourceChoice m_source;
    CameraView *m_view = nullptr;
    LiveCamera *m_camera = nullptr;
    QComboBox *m_sourceBox = nullptr;
    QComboBox *m_resolutionBox = nullptr;
    QLabel *m_engineLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
};

} // namespace consentry::ui
