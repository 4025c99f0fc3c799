#pragma once

#include "Result.h"
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

class CameraView;

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

private:
    void showCurrentFace();
    void updateFaceState();
    void showFaceResult(const QString &name, const QString &band, const QString &detail, const QString &color);

    Vault &m_vault;
    GalleryService *m_gallery = nullptr;
    FaceCapture m_capture;
    std::vector<FaceTemplate> m_faces;
    int m_current = -1;

    CameraView *m_camera = nullptr;
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
    QLabel *m_altResult = nullptr;
};

} // namespace consentry::ui
