#pragma once

#include "Result.h"
#include "common/Theme.h"
#include "services/VerificationService.h"
#include "vision/DecisionBands.h"
#include "vision/FacePipeline.h"

#include <QPointF>
#include <QWidget>

#include <functional>
#include <optional>

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

// The desk's verification screen (staff, manager). Left: who is at the desk (a search by name or room).
// Middle: the face, compared in the site's mode — one-to-one with the person chosen on the left (the less
// intrusive way, Provisions art. 4), or one-to-many against everyone enrolled. One face only: the one staff
// click on the picture, or else the largest, most central one; the others are never embedded, searched or
// logged. The result is one of three (DecisionBands, core): a match, a match that needs a manual review, or
// no match — never a raw score — and it is recorded only when staff confirm it ("Confirm: this is the
// person"); the review band puts "Use another way" first. Right, as prominent as the face: the alternative
// way (ID card, staff check or another way the site offers), recorded like a face verification.
class VerifyPage : public QWidget
{
    Q_OBJECT

public:
    // The one face of the camera's current frame (AppController: FrameGrabber + FacePipeline): the face at
    // `clicked` (frame pixels), or else the largest, most central one. Only that face is embedded.
    using FaceCapture = std::function<Result<VerificationProbe>(std::optional<QPointF> clicked)>;
    using Mode = VerificationService::Mode;

    explicit VerifyPage(Vault &vault, QWidget *parent = nullptr);

    // Connects the face path; `gallery` must outlive the page or be disconnected with nullptr.
    void connectFace(GalleryService *gallery, FaceCapture capture);
    bool isFaceConnected() const;
    CameraView *cameraView() const { return m_camera; }
    // The liveness check shown under the picture; the camera's capture thread feeds it (AppController).
    LivenessPanel *livenessPanel() const { return m_liveness; }

    Mode mode() const;
    void setMode(Mode mode);
    // The person chosen on the left (one-to-one and the alternative way), or none.
    std::optional<qint64> selectedResident() const;
    bool selectResident(qint64 residentId); // false when the person is not in the list shown
    // The face result waiting for a staff decision, if any.
    std::optional<VerificationService::FaceResult> pendingResult() const { return m_result; }

    // The liveness check as Settings asks for it (LivenessPolicy): "always" before every comparison,
    // "review band" only when `inReviewBand` — the manual-review outcome calls this hook with true before its
    // face result is shown. `then` runs once the check has passed, or at once when no check is required or
    // the face engine cannot run one; a failed check says why and `then` is not called (nothing shown).
    void runLivenessCheckIfRequired(bool inReviewBand, std::function<void()> then);

    // Compares this probe in the current mode and shows the result (the test hook behind "Compare face").
    void verifyFace(const FaceTemplate &probe, int facesInFrame = 1);

    static QString bandText(DecisionBands::Band band);

public Q_SLOTS:
    // The gallery in memory changed (an enrollment, a withdrawal, a purge): its count is shown again.
    void refreshGalleryState();
    void identifyNow();
    void confirmFace();
    void useAnotherWay();
    void recordAlternative(bool verified);
    void searchResidents();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void identifyCurrentFrame(std::optional<QPointF> clicked);
    void livenessFinished();
    void showResult();
    void clearResult();
    void updateFaceState();
    void showFaceResult(const QString &name, const QString &band, const QString &detail, Colour badge);
    QString residentText(qint64 residentId) const;

    Vault &m_vault;
    GalleryService *m_gallery = nullptr;
    FaceCapture m_capture;
    std::optional<VerificationService::FaceResult> m_result;
    int m_facesInFrame = 0;
    std::optional<QPointF> m_clicked;

    CameraView *m_camera = nullptr;
    LivenessPanel *m_liveness = nullptr;
    std::function<void()> m_afterLiveness;
    QComboBox *m_mode = nullptr;
    QLabel *m_modeNote = nullptr;
    QLabel *m_faceState = nullptr;
    QLabel *m_oneFaceNote = nullptr;
    QLabel *m_faceName = nullptr;
    QLabel *m_faceBand = nullptr;
    QLabel *m_faceDetail = nullptr;
    QPushButton *m_identify = nullptr;
    QWidget *m_decision = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_otherWay = nullptr;
    StatusLine *m_faceResult = nullptr;

    QComboBox *m_method = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_residents = nullptr;
    QLabel *m_chosen = nullptr;
    QPushButton *m_verified = nullptr;
    QPushButton *m_notVerified = nullptr;
    StatusLine *m_altResult = nullptr;
};

} // namespace consentry::ui
