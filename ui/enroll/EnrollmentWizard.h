#pragma once

#include "domain/NoticeVersion.h"
#include "enroll/ConsentDialog.h"
#include "preview/LiveCamera.h"
#include "print/Document.h"
#include "services/EnrollmentService.h"
#include "services/SampleCollector.h"
#include "vision/FacePipeline.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace consentry {
class GalleryService;
class Vault;
} // namespace consentry

namespace consentry::ui {

class CameraView;
class LivenessPanel;

// The front desk's enrollment: consent first (ConsentDialog), then the camera takes several good samples
// by itself, then a review of what will be stored and the duplicate check, then one save. A refusal is
// recorded with the alternative and never opens the camera; cancelling at any step stores nothing;
// pictures stay on screen only. After the decision the resident can have a printed or PDF copy of the
// notice and of what they decided.
class EnrollmentWizard : public QWidget
{
    Q_OBJECT

public:
    enum class Step { Start, Capture, Review, Saved };
    Q_ENUM(Step)

    EnrollmentWizard(Vault &vault, std::shared_ptr<GalleryService> gallery, const PipelineOptions &options,
                     std::function<SourceChoice()> source, QWidget *parent = nullptr);
    ~EnrollmentWizard() override;

    Step step() const;
    ConsentDialog *consentDialog() const { return m_dialog; } // while it is open (test hook)
    const SampleCollector &collector() const { return *m_collector; }
    LiveCamera *camera() const { return m_camera; }
    // The liveness check asked before the samples are accepted (whenever Settings does not switch it off).
    LivenessPanel *livenessPanel() const { return m_liveness; }
    std::optional<EnrollmentService::Duplicate> duplicate() const { return m_duplicate; }
    std::optional<EnrollmentReceipt> saved() const { return m_saved; }
    // The expected checkout or move-out day entered on the start page (invalid: not given).
    QDate expectedMoveOut() const;
    // Test hook behind "Save copy as PDF…".
    Result<int> saveCopyAsPdf(const QString &path) const;

    static constexpr int kTargetSamples = 5;
    // A capture that gains no new usable picture for this long stops and says why (60 s by default); the
    // resident's decision is kept, so staff can try again without asking for it twice.
    void setCaptureTimeout(int ms) { m_captureTimer.setInterval(ms); }
    // The capture stopped without enough pictures (timeout or a source with no picture): the reason shown.
    QString stallReason() const;

    // A decision taken and not yet saved (capture or review step): leaving would lose it.
    bool hasUnsavedWork() const;
    // Asks whether to leave and discard the unsaved decision; true when there is nothing to lose or the
    // user agreed (the enrollment is then reset).
    bool confirmLeave();

    // The resident being re-enrolled (beginReenrollment), or none for a new enrollment.
    std::optional<qint64> reenrolling() const { return m_reenroll; }

Q_SIGNALS:
    // "Complete the site profile" was pressed: the notice is incomplete, so nobody can be asked yet.
    void siteProfileRequested();

public Q_SLOTS:
    void begin(); // opens the notice and consent dialog
    // Re-enrollment of an existing resident: the consent dialog again when the notice changed, the engine
    // differs or no grant is in force (EnrollmentService::reenrollmentNeeds), else straight to the camera;
    // the save replaces the old templates in one unit of work. Refused (with a message) while another
    // enrollment is under way, so no work is lost.
    void beginReenrollment(qint64 residentId);
    // The paper route (someone who cannot sign on screen): PaperConsentDialog prints the blank form and records
    // the signed paper; granted continues to the camera, declined is recorded at once. `residentId` (0: a new
    // person) comes from the Residents screen: their consent is recorded and, if granted, they are re-enrolled.
    void beginPaperConsent(qint64 residentId = 0);
    void cancelCapture(); // back to the start, nothing stored

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildStartPage();
    QWidget *buildCapturePage();
    QWidget *buildReviewPage();
    QWidget *buildSavedPage();
    bool readyToAsk(bool newPerson); // role, complete notice, a hotel guest's checkout day; says why not
    void consentFinished(int result);
    void startCapture();
    void captureProgressed();
    void captureStalled(const QString &reason);
    void retryCapture();
    void showReview();
    void save(EnrollmentService::DuplicatePolicy policy);
    void showSaved(const QString &text);
    // Back to the start; a decision not stored is recorded as discarded with `discardReason` (the audit's key).
    void reset(const QString &message = QString(), const QString &discardReason = QStringLiteral("cancelled"));
    void updateSiteWords(); // the date's label follows the site type (退房 / 迁出)
    void printCopy();
    void pdfCopy();
    QList<ShownNotice> notices() const;
    Result<Document> copyDocument() const;
    std::optional<NoticeVersion> shownVersion() const;
    Resident residentFromOutcome() const;
    Consent consentFromOutcome() const;

    Vault &m_vault;
    std::shared_ptr<GalleryService> m_gallery;
    PipelineOptions m_options;
    std::function<SourceChoice()> m_source;
    std::shared_ptr<SampleCollector> m_collector;
    QPointer<ConsentDialog> m_dialog;
    ConsentOutcome m_outcome;
    bool m_haveOutcome = false;
    std::optional<EnrollmentService::Duplicate> m_duplicate;
    std::optional<EnrollmentReceipt> m_saved;
    QList<ShownNotice> m_shown;
    std::optional<qint64> m_reenroll;
    std::optional<Consent> m_paperConsent; // the consent recorded from a paper form, checked in core
    std::optional<Resident> m_paperResident; // the name and age answer from that form

    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_unitEdit = nullptr;
    QLabel *m_startTitle = nullptr;
    QLabel *m_startMessage = nullptr;
    QPushButton *m_fixProfile = nullptr;
    QLabel *m_moveOutLabel = nullptr;
    QDateEdit *m_moveOutEdit = nullptr;
    bool m_hotel = false;
    CameraView *m_view = nullptr;
    LiveCamera *m_camera = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_captureHint = nullptr;
    QLabel *m_engineLine = nullptr;
    QLabel *m_stallLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
    QTimer m_captureTimer;
    int m_lastCount = 0;
    QWidget *m_thumbnails = nullptr;
    QLabel *m_reviewSummary = nullptr;
    QLabel *m_livenessSummary = nullptr;
    LivenessPanel *m_liveness = nullptr;
    QLabel *m_duplicateLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_overrideButton = nullptr;
    QLabel *m_savedLabel = nullptr;
};

} // namespace consentry::ui
