#pragma once

#include "Result.h"
#include "common/Theme.h"
#include "services/VerificationService.h"
#include "vision/DecisionBands.h"
#include "vision/FaceTemplate.h"

#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace consentry {
class GalleryService;
class Vault;
} // namespace consentry

namespace consentry::ui {

class StatusLine;

class CameraView;
class LivenessPanel;

// The desk's verification screen (staff, manager). Left: identification by face against the in-memory
// gallery, each face of the frame shown one by one with the resident's name and a confidence band
// (DecisionBands: high, medium, not recognised — never a raw score). Right, always beside it and as prominent: the
// alternative way (ID card, staff check or another way the site offers), recorded exactly like a face verification
// (VerificationService). Until AppController connects a camera and the gallery, the face side says so and
// shows no result at all.
class VerifyPage : public QWidget
{
    Q_OBJECT

public:
    // Templates of the faces in the camera's current frame (AppController: FrameGrabber + FacePipeline).
    using FaceCapture = std::function<Result<std::vector<FaceTemplate>>()>;

    explicit VerifyPage(Vault &vault, QWidget *parent = nullptr);

    // Connects the face path; `gallery` must outlive the page or be disconnected with nullptr.
    void connectFace(GalleryService *gallery, FaceCapture capture);
    bool isFaceConnected() const;
    CameraView *cameraView() const { return m_camera; }
    // The liveness check shown under the picture; the camera's capture thread feeds it (AppController).
    LivenessPanel *livenessPanel() const { return m_liveness; }

    // The liveness check as Settings asks for it (LivenessPolicy): "always" before every identification,
    // "review band" only when `inReviewBand` — the manual-review outcome calls this hook with true before its
    // face result is shown. `then` runs once the check has passed, or at once when no check is required or
    // the face engine cannot run one; a failed check says why and `then` is not called (nothing recorded).
    void runLivenessCheckIfRequired(bool inReviewBand, std::function<void()> then);

    // Identifies these faces one by one (the first is shown; "Next face" moves on). Each is recorded once.
    void identify(const std::vector<FaceTemplate> &faces);
    int pendingFaces() const { return static_cast<int>(m_faces.size()) - m_current - 1; }

    static QString bandText(DecisionBands::Band band);

public Q_SLOTS:
    // The gallery in memory changed (an enrollment, a withdrawal, a purge): its count is shown again.
    void refreshGalleryState();
    void identifyNow();
    void nextFace();
    void recordAlternative(bool verified);
    void searchResidents();

Q_SIGNALS:
    void verificationRecorded(const consentry::VerificationService::Record &record);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void identifyCurrentFrame();
    void livenessFinished();
    void showCurrentFace();
    void updateFaceState();
    void showFaceResult(const QString &name, const QString &band, const QString &detail, Colour badge);

    Vault &m_vault;
    GalleryService *m_gallery = nullptr;
    FaceCapture m_capture;
    std::vector<FaceTemplate> m_faces;
    int m_current = -1;

    CameraView *m_camera = nullptr;
    LivenessPanel *m_liveness = nullptr;
    std::function<void()> m_afterLiveness;
    QLabel *m_faceState = nullptr;
    QLabel *m_faceName = nullptr;
    QLabel *m_faceBand = nullptr;
    QLabel *m_faceDetail = nullptr;
    QPushButton *m_identify = nullptr;
    QPushButton *m_next = nullptr;

    QComboBox *m_method = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_residents = nullptr;
    QPushButton *m_verified = nullptr;
    QPushButton *m_notVerified = nullptr;
    StatusLine *m_altResult = nullptr;
};

} // namespace consentry::ui
