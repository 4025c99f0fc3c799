#include "enroll/EnrollmentWizard.h"

#include "enroll/PaperConsentDialog.h"

#include "common/Prompt.h"
#include "common/Theme.h"
#include "liveness/LivenessPanel.h"
#include "platform/Clock.h"
#include "platform/Language.h"
#include "preview/CameraView.h"
#include "print/ConsentForm.h"
#include "print/DocumentRenderer.h"
#include "services/AccessControl.h"
#include "services/ChangeFeed.h"
#include "services/GalleryService.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "vault/Vault.h"

#include <QDateEdit>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace consentry::ui {

namespace {
QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    b->setMinimumHeight(44);
    Theme::setTextStyle(b, TextStyle::Large);
    return b;
}

constexpr int kThumbnailHeight = 150;
constexpr int kCaptureTimeoutMs = 60000;
} // namespace

EnrollmentWizard::EnrollmentWizard(Vault &vault, std::shared_ptr<GalleryService> gallery,
                                   const PipelineOptions &options, std::function<SourceChoice()> source,
                                   QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_gallery(std::move(gallery))
    , m_options(options)
    , m_source(std::move(source))
{
    setObjectName(QStringLiteral("enrollmentWizard"));
    SampleCollector::Options collect;
    collect.target = kTargetSamples;
    collect.samePersonThreshold = m_gallery->bands().samePerson;
    m_collector = std::make_shared<SampleCollector>(collect);
    m_captureTimer.setSingleShot(true);
    m_captureTimer.setInterval(kCaptureTimeoutMs);
    connect(&m_captureTimer, &QTimer::timeout, this, [this] {
        captureStalled(
            tr("No usable picture for %n second(s). Last hint: %1", nullptr, m_captureTimer.interval() / 1000)
                .arg(m_captureHint->text()));
    });

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildStartPage());
    m_pages->addWidget(buildCapturePage());
    m_pages->addWidget(buildReviewPage());
    m_pages->addWidget(buildSavedPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
}

EnrollmentWizard::~EnrollmentWizard()
{
    m_camera->stop();
    m_collector->clear();
}

EnrollmentWizard::Step EnrollmentWizard::step() const
{
    return static_cast<Step>(m_pages->currentIndex());
}

QWidget *EnrollmentWizard::buildStartPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("startPage"));
    auto *layout = new QVBoxLayout(page);
    m_startTitle = Theme::label(tr("Enroll a resident"), TextStyle::Title, page);
    m_startTitle->setObjectName(QStringLiteral("startTitle"));
    layout->addWidget(m_startTitle);
    layout->addWidget(Theme::label(
        tr("1. The resident reads the notice and decides: agreeing and choosing another way are equal, and "
           "another way costs nothing.\n"
           "2. Only if they agree, the camera takes five pictures by itself.\n"
           "3. You check what will be stored, then save. Nothing is stored before that step."),
        TextStyle::Large, page));
    layout->addSpacing(12);
    auto *form = new QFormLayout;
    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setObjectName(QStringLiteral("residentNameEdit"));
    m_nameEdit->setMaxLength(200);
    m_unitEdit = new QLineEdit(page);
    m_unitEdit->setObjectName(QStringLiteral("unitEdit"));
    m_unitEdit->setMaxLength(100);
    form->addRow(tr("Resident's full name:"), m_nameEdit);
    form->addRow(tr("Unit or room (optional):"), m_unitEdit);
    // The retention clock starts from this day (RetentionPolicy): asked here, required at a hotel.
    m_moveOutEdit = new QDateEdit(page);
    m_moveOutEdit->setObjectName(QStringLiteral("expectedMoveOutEdit"));
    m_moveOutEdit->setCalendarPopup(true);
    m_moveOutEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_moveOutEdit->setMinimumDate(Clock::instance().now().toLocalTime().date().addDays(-1));
    m_moveOutEdit->setSpecialValueText(tr("Not given"));
    m_moveOutEdit->setDate(m_moveOutEdit->minimumDate());
    m_moveOutLabel = new QLabel(page);
    m_moveOutLabel->setBuddy(m_moveOutEdit);
    form->addRow(m_moveOutLabel, m_moveOutEdit);
    for (int row = 0; row < form->rowCount(); ++row) {
        for (auto role : { QFormLayout::LabelRole, QFormLayout::FieldRole }) {
            if (QLayoutItem *item = form->itemAt(row, role); item && item->widget())
                Theme::setTextStyle(item->widget(), TextStyle::Large);
        }
    }
    layout->addLayout(form);
    layout->addSpacing(12);
    auto *start = button(tr("Show the notice to the resident"), QStringLiteral("startButton"), page);
    Theme::setTextStyle(start, TextStyle::Heading);
    start->setMinimumHeight(52);
    // For someone who cannot read or sign on screen (Provisions art. 5 ¶3): print the form, record the paper.
    auto *paper = button(tr("Use a &paper form instead…"), QStringLiteral("paperFormButton"), page);
    paper->setMinimumHeight(start->minimumHeight());
    paper->setToolTip(tr("For someone who cannot read or sign on screen: print the form, then record the "
                         "signed paper."));
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(start);
    startRow->addWidget(paper);
    startRow->addStretch(1);
    layout->addLayout(startRow);
    connect(paper, &QPushButton::clicked, this, [this] { beginPaperConsent(); });
    m_startMessage = Theme::label(QString(), TextStyle::Large, page);
    m_startMessage->setObjectName(QStringLiteral("startMessage"));
    layout->addWidget(m_startMessage);
    m_fixProfile = button(tr("Complete the site profile…"), QStringLiteral("completeProfileButton"), page);
    m_fixProfile->hide();
    layout->addWidget(m_fixProfile, 0, Qt::AlignLeft);
    connect(m_fixProfile, &QPushButton::clicked, this, &EnrollmentWizard::siteProfileRequested);
    updateSiteWords();
    connect(&m_vault.changes(), &ChangeFeed::settingsChanged, this, &EnrollmentWizard::updateSiteWords);
    layout->addStretch(1);
    connect(start, &QPushButton::clicked, this, &EnrollmentWizard::begin);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &EnrollmentWizard::begin);
    return page;
}

QWidget *EnrollmentWizard::buildCapturePage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("capturePage"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(Theme::label(tr("Please look at the camera"), TextStyle::Title, page));
    m_view = new CameraView(page);
    layout->addWidget(m_view, 1);
    // The hint is painted large on the picture itself (one place to look); this label carries it for
    // screen readers only.
    m_captureHint = new QLabel(page);
    m_captureHint->setObjectName(QStringLiteral("captureHint"));
    m_captureHint->hide();
    m_liveness = new LivenessPanel(page);
    layout->addWidget(m_liveness);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("captureProgress"));
    m_progress->setRange(0, kTargetSamples);
    m_progress->setFormat(tr("%v of %m pictures"));
    m_progress->setMinimumHeight(32);
    Theme::setTextStyle(m_progress, TextStyle::Large);
    layout->addWidget(m_progress);
    m_stallLabel = Theme::label(QString(), TextStyle::LargeStrong, page);
    m_stallLabel->setObjectName(QStringLiteral("captureStallLabel"));
    Theme::setTone(m_stallLabel, Tone::Warning);
    m_stallLabel->hide();
    layout->addWidget(m_stallLabel);
    auto *row = new QHBoxLayout;
    m_engineLine = new QLabel(page);
    m_engineLine->setObjectName(QStringLiteral("captureEngineLabel"));
    m_engineLine->setWordWrap(true);
    row->addWidget(m_engineLine, 1);
    m_retryButton = button(tr("&Try again"), QStringLiteral("retryCaptureButton"), page);
    m_retryButton->setToolTip(tr("The resident's decision is kept: the camera starts again."));
    m_retryButton->hide();
    row->addWidget(m_retryButton);
    auto *cancel = button(tr("Cancel (nothing is stored)"), QStringLiteral("cancelCaptureButton"), page);
    row->addWidget(cancel);
    layout->addLayout(row);

    m_camera = new LiveCamera(m_view, this);
    Result<std::unique_ptr<FacePipeline>> pipeline = FacePipeline::create(m_options);
    if (pipeline) {
        std::shared_ptr<FacePipeline> shared = std::move(pipeline).value();
        m_engineLine->setText(tr("Face engine: %1").arg(shared->describe()));
        m_camera->setPipeline(shared);
    } else {
        m_engineLine->setText(pipeline.errorMessage());
    }
    std::shared_ptr<SampleCollector> collector = m_collector;
    QElapsedTimer clock;
    clock.start();
    // The liveness check sees every frame first; no sample is accepted until it has passed (or cannot run).
    LiveCamera::AfterAnalysis liveness = m_liveness->feeder();
    std::function<bool()> samplesAllowed = m_liveness->gate();
    m_camera->setAfterAnalysis(
        [collector, clock, liveness, samplesAllowed](FacePipeline &p, const cv::Mat &frame, const FrameAnalysis &a) {
            liveness(p, frame, a);
            if (samplesAllowed())
                collector->offer(p, frame, a, clock.elapsed());
        });
    QPointer<LivenessPanel> panel = m_liveness;
    m_camera->setHintProvider([collector, panel](const LiveFrame &) {
        if (panel && panel->state() != LivenessPanel::State::Idle && !panel->isOpen())
            return panel->promptText();
        return collector->hint();
    });
    connect(m_camera, &LiveCamera::frameShown, this, &EnrollmentWizard::captureProgressed);
    connect(m_liveness, &LivenessPanel::finished, this, &EnrollmentWizard::captureProgressed);
    connect(m_camera, &LiveCamera::noPicture, this, &EnrollmentWizard::captureStalled);
    connect(m_retryButton, &QPushButton::clicked, this, &EnrollmentWizard::retryCapture);
    connect(cancel, &QPushButton::clicked, this, [this] {
        if (confirmLeave())
            reset(tr("Cancelled: nothing was stored."));
    });
    return page;
}

QWidget *EnrollmentWizard::buildReviewPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("reviewPage"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(Theme::label(tr("Check before saving"), TextStyle::Title, page));
    m_thumbnails = new QWidget(page);
    m_thumbnails->setObjectName(QStringLiteral("thumbnails"));
    new QHBoxLayout(m_thumbnails);
    layout->addWidget(m_thumbnails);
    m_reviewSummary = Theme::label(QString(), TextStyle::Large, page);
    m_reviewSummary->setObjectName(QStringLiteral("reviewSummary"));
    layout->addWidget(m_reviewSummary);
    m_livenessSummary = Theme::label(QString(), TextStyle::Large, page);
    m_livenessSummary->setObjectName(QStringLiteral("livenessSummary"));
    layout->addWidget(m_livenessSummary);
    m_duplicateLabel = Theme::label(QString(), TextStyle::Large, page);
    m_duplicateLabel->setObjectName(QStringLiteral("duplicateLabel"));
    Theme::setTone(m_duplicateLabel, Tone::Warning);
    Theme::setTextStyle(m_duplicateLabel, TextStyle::LargeStrong);
    layout->addWidget(m_duplicateLabel);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    auto *cancel = button(tr("Cancel (nothing is stored)"), QStringLiteral("cancelReviewButton"), page);
    auto *retake = button(tr("Take the pictures again"), QStringLiteral("retakeButton"), page);
    m_overrideButton = button(tr("Manager: a different person, save anyway"), QStringLiteral("overrideButton"), page);
    m_saveButton = button(tr("Save"), QStringLiteral("saveButton"), page);
    Theme::setTextStyle(m_saveButton, TextStyle::LargeStrong);
    buttons->addWidget(cancel);
    buttons->addStretch(1);
    buttons->addWidget(retake);
    buttons->addWidget(m_overrideButton);
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, [this] {
        if (confirmLeave())
            reset(tr("Cancelled: nothing was stored."));
    });
    connect(retake, &QPushButton::clicked, this, &EnrollmentWizard::startCapture);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(EnrollmentService::DuplicatePolicy::Refuse); });
    connect(m_overrideButton, &QPushButton::clicked, this,
            [this] { save(EnrollmentService::DuplicatePolicy::ManagerOverride); });
    return page;
}

QWidget *EnrollmentWizard::buildSavedPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("savedPage"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(Theme::label(tr("Recorded"), TextStyle::Title, page));
    m_savedLabel = Theme::label(QString(), TextStyle::Large, page);
    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
    layout->addWidget(m_savedLabel);
    layout->addSpacing(12);
    layout->addWidget(
        Theme::label(tr("The resident may take a copy of the notice and of their decision:"), TextStyle::Large, page));
    auto *copies = new QHBoxLayout;
    auto *print = button(tr("Print copy…"), QStringLiteral("printCopyButton"), page);
    auto *pdf = button(tr("Save copy as PDF…"), QStringLiteral("pdfCopyButton"), page);
    copies->addWidget(print);
    copies->addWidget(pdf);
    copies->addStretch(1);
    layout->addLayout(copies);
    layout->addStretch(1);
    auto *next = button(tr("Enroll the next person"), QStringLiteral("nextButton"), page);
    layout->addWidget(next, 0, Qt::AlignRight);
    connect(print, &QPushButton::clicked, this, &EnrollmentWizard::printCopy);
    connect(pdf, &QPushButton::clicked, this, &EnrollmentWizard::pdfCopy);
    connect(next, &QPushButton::clicked, this, [this] { reset(); });
    return page;
}

QList<ShownNotice> EnrollmentWizard::notices() const
{
    // The interface's language first; the resident can switch in the dialog.
    return ConsentDialog::currentNotices(m_vault);
}

bool EnrollmentWizard::readyToAsk(bool newPerson)
{
    if (Status ok = AccessControl::check(m_vault.session().role, Permission::Enroll); !ok) {
        m_startMessage->setText(ok.errorMessage());
        return false;
    }
    // The one test of a complete notice (SiteProfile::missingFields): it names what is missing, in words.
    Result<SiteProfile> site = SettingsService(m_vault).siteProfile();
    if (!site) {
        m_startMessage->setText(site.errorMessage());
        return false;
    }
    if (Status complete = site->checkComplete(tr("No one can be asked for consent or enrolled")); !complete) {
        m_startMessage->setText(complete.errorMessage());
        m_fixProfile->show();
        return false;
    }
    m_fixProfile->hide();
    if (newPerson && site->siteType == SiteProfile::SiteType::Hotel && !expectedMoveOut().isValid()) {
        m_startMessage->setText(tr("Enter the guest's expected checkout date first: face data is deleted a set "
                                   "number of days after checkout."));
        m_moveOutEdit->setFocus();
        return false;
    }
    return true;
}

void EnrollmentWizard::begin()
{
    if (m_dialog || step() != Step::Start)
        return;
    if (!readyToAsk(!m_reenroll))
        return;
    m_shown = notices();
    if (m_shown.isEmpty()) {
        m_startMessage->setText(tr("No notice has been published yet, so no consent can be asked. A manager can "
                                   "complete the site profile in Settings."));
        return;
    }
    Result<SiteProfile> profile = SettingsService(m_vault).siteProfile();
    m_dialog
        = new ConsentDialog(m_shown, profile ? profile->alternatives : QStringList(), m_vault.session().userName, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setResidentName(m_nameEdit->text());
    if (profile)
        m_dialog->setMinorsRules(profile->minorsRules);
    connect(m_dialog, &QDialog::finished, this, &EnrollmentWizard::consentFinished);
    m_startMessage->clear();
    m_dialog->open();
}

void EnrollmentWizard::beginReenrollment(qint64 residentId)
{
    if (m_dialog || step() == Step::Capture || step() == Step::Review) {
        // Never throw away a consent or samples in progress for another person.
        m_startMessage->setText(tr("Finish or cancel the enrollment in progress before re-enrolling someone."));
        return;
    }
    if (step() == Step::Saved)
        reset();
    if (Status ok = AccessControl::check(m_vault.session().role, Permission::Enroll); !ok) {
        m_startMessage->setText(ok.errorMessage());
        return;
    }
    Result<Resident> resident = ResidentService(m_vault).get(residentId);
    if (!resident) {
        m_startMessage->setText(resident.errorMessage());
        return;
    }
    Result<EnrollmentService::ReenrollmentNeeds> needs
        = EnrollmentService(m_vault, *m_gallery).reenrollmentNeeds(residentId);
    if (!needs) {
        m_startMessage->setText(needs.errorMessage());
        return;
    }
    m_reenroll = residentId;
    updateSiteWords(); // the title says re-enrollment
    m_nameEdit->setText(resident->name);
    m_unitEdit->setText(resident->unit);
    m_nameEdit->setReadOnly(true);
    m_unitEdit->setReadOnly(true);
    if (needs->consent) {
        // The resident decides again, on the notice in force, before any picture is taken.
        const QString why = tr("Re-enrolling %1. %2").arg(resident->name, needs->reason);
        begin();
        if (!m_dialog) {
            reset(m_startMessage->text());
            return;
        }
        m_startMessage->setText(why);
        return;
    }
    m_startMessage->setText(
        tr("Re-enrolling %1: the consent in force still applies, so only new face pictures are taken. The old face "
           "data is replaced when you save.")
            .arg(resident->name));
    startCapture();
}

void EnrollmentWizard::beginPaperConsent(qint64 residentId)
{
    if (m_dialog || step() == Step::Capture || step() == Step::Review) {
        m_startMessage->setText(tr("Finish or cancel the enrollment in progress before recording a paper form."));
        return;
    }
    if (step() == Step::Saved)
        reset();
    std::optional<Resident> existing;
    if (residentId != 0) {
        Result<Resident> found = ResidentService(m_vault).get(residentId);
        if (!found) {
            m_startMessage->setText(found.errorMessage());
            return;
        }
        existing = found.value();
    }
    if (!readyToAsk(!existing))
        return;
    PaperConsentDialog dialog(m_vault, m_nameEdit->text().trimmed(), existing, this);
    if (Prompt::exec(dialog) != QDialog::Accepted || !dialog.consent()) {
        m_startMessage->setText(tr("No paper form was recorded: nothing was stored."));
        return;
    }
    const Consent consent = dialog.consent().value();
    m_paperConsent = consent;
    m_paperResident = dialog.resident();
    if (existing) {
        m_reenroll = residentId;
        updateSiteWords();
        m_nameEdit->setText(existing->name);
        m_unitEdit->setText(existing->unit);
        m_nameEdit->setReadOnly(true);
        m_unitEdit->setReadOnly(true);
    }
    // The same outcome as on screen, so the review, the leave guard and the resident's copy work unchanged.
    m_shown = notices();
    m_outcome = ConsentOutcome();
    m_outcome.decision = consent.decision == Consent::Decision::Granted ? ConsentOutcome::Decision::Granted
                                                                        : ConsentOutcome::Decision::Declined;
    m_outcome.noticeVersionId = QString::number(consent.noticeVersionId);
    m_outcome.noticeLanguage = dialog.formLanguage();
    m_outcome.signerName = m_paperResident->name;
    m_outcome.signedByGuardian = consent.signerRole == Consent::SignerRole::Guardian;
    m_outcome.guardianName = consent.guardianName;
    m_outcome.guardianRelation = consent.guardianRelation;
    m_outcome.alternative = consent.alternative;
    m_outcome.witness = consent.witness;
    m_outcome.decidedAt = consent.signedAt;
    m_haveOutcome = true;
    m_startMessage->clear();
    if (consent.decision == Consent::Decision::Declined) {
        // A refusal on paper is recorded like one on screen: the decision and the other way, no camera.
        if (m_reenroll) {
            Result<qint64> recorded = ResidentService(m_vault).recordConsent(consentFromOutcome());
            if (!recorded) {
                reset(recorded.errorMessage());
                return;
            }
            m_saved = EnrollmentReceipt { *m_reenroll, recorded.value(), {} };
        } else {
            Result<EnrollmentReceipt> saved = EnrollmentService(m_vault, *m_gallery)
                                                  .recordDeclined(residentFromOutcome(), consentFromOutcome(), {});
            if (!saved) {
                reset(saved.errorMessage());
                return;
            }
            m_saved = saved.value();
        }
        showSaved(tr("%1 prefers another way: %2 (signed on paper). This choice costs nothing. No face picture was "
                     "taken.")
                      .arg(m_outcome.signerName, m_outcome.alternative));
        return;
    }
    startCapture();
}

std::optional<NoticeVersion> EnrollmentWizard::shownVersion() const
{
    Result<NoticeVersion> found = SettingsService(m_vault).notice(m_outcome.noticeVersionId.toLongLong());
    return found ? std::optional<NoticeVersion>(found.value()) : std::nullopt;
}

Resident EnrollmentWizard::residentFromOutcome() const
{
    if (m_reenroll) {
        if (Result<Resident> existing = ResidentService(m_vault).get(*m_reenroll); existing)
            return existing.value();
    }
    if (m_paperResident) {
        // The name and the age answer as recorded from the paper form; the rest from the start page.
        Resident r = *m_paperResident;
        r.unit = m_unitEdit->text().trimmed();
        r.moveIn = Clock::instance().now().date();
        r.moveOut = expectedMoveOut();
        return r;
    }
    Resident r;
    r.name = m_outcome.signerName.isEmpty() ? m_nameEdit->text().trimmed() : m_outcome.signerName;
    r.unit = m_unitEdit->text().trimmed();
    // The age answer as given: a date of birth, or the explicit "under 14: yes/no".
    if (m_outcome.dateOfBirth.isValid())
        r.answerAge(m_outcome.dateOfBirth);
    else if (m_outcome.ageAnswered)
        r.declareUnder14(m_outcome.minor);
    r.moveIn = Clock::instance().now().date();
    r.moveOut = expectedMoveOut();
    return r;
}

QDate EnrollmentWizard::expectedMoveOut() const
{
    return m_moveOutEdit->date() == m_moveOutEdit->minimumDate() ? QDate() : m_moveOutEdit->date();
}

void EnrollmentWizard::updateSiteWords()
{
    Result<SiteProfile> site = SettingsService(m_vault).siteProfile();
    m_hotel = site && site->siteType == SiteProfile::SiteType::Hotel;
    const bool compound = site && site->siteType == SiteProfile::SiteType::Compound;
    // The start page names what it does, with the site's word for the person (住客 / 住户).
    if (m_reenroll)
        m_startTitle->setText(m_hotel ? tr("Re-enroll a guest") : tr("Re-enroll a resident"));
    else
        m_startTitle->setText(m_hotel ? tr("Enroll a guest") : tr("Enroll a resident"));
    m_moveOutLabel->setText(m_hotel        ? tr("Expected checkout date:")
                                : compound ? tr("Expected move-out date (optional):")
                                           : tr("Expected move-out or checkout date (optional):"));
    if (site && site->missingFields().isEmpty())
        m_fixProfile->hide();
}

Consent EnrollmentWizard::consentFromOutcome() const
{
    Consent c = m_paperConsent ? *m_paperConsent : ConsentDialog::toConsent(m_outcome);
    c.residentId = m_reenroll.value_or(0); // re-enrollment: the person already on record
    return c;
}

void EnrollmentWizard::consentFinished(int result)
{
    const ConsentOutcome outcome = m_dialog ? m_dialog->outcome() : ConsentOutcome();
    if (result != QDialog::Accepted || outcome.noticeVersionId.isEmpty()) {
        reset(tr("Closed without a decision: nothing was recorded."));
        return;
    }
    m_outcome = outcome;
    m_haveOutcome = true;
    if (m_outcome.signerName.isEmpty()) {
        reset(tr("The resident's name is needed to record the decision; nothing was recorded."));
        return;
    }
    if (m_outcome.decision == ConsentOutcome::Decision::Declined && m_reenroll) {
        // Re-enrollment declined: the decision is recorded for the same person; no picture is taken.
        const qint64 id = *m_reenroll;
        Result<qint64> recorded = ResidentService(m_vault).recordConsent(consentFromOutcome(), m_outcome.signaturePng);
        if (!recorded) {
            reset(recorded.errorMessage());
            return;
        }
        m_saved = EnrollmentReceipt { id, recorded.value(), {} };
        showSaved(tr("%1 prefers another way: %2. This choice costs nothing. No new face picture was taken.")
                      .arg(m_outcome.signerName, m_outcome.alternative));
        return;
    }
    if (m_outcome.decision == ConsentOutcome::Decision::Declined) {
        // A refusal opens no camera: the decision and the alternative are recorded, nothing else.
        EnrollmentService service(m_vault, *m_gallery);
        Result<EnrollmentReceipt> saved
            = service.recordDeclined(residentFromOutcome(), consentFromOutcome(), m_outcome.signaturePng);
        if (!saved) {
            reset(saved.errorMessage());
            return;
        }
        m_saved = saved.value();
        showSaved(tr("%1 prefers another way: %2. This choice costs nothing. No face picture was taken and no "
                     "face data is kept.")
                      .arg(m_outcome.signerName, m_outcome.alternative));
        return;
    }
    startCapture();
}

void EnrollmentWizard::startCapture()
{
    m_collector->clear();
    m_duplicate.reset();
    m_progress->setValue(0);
    // Read at every capture: a manager may have changed it in Settings meanwhile. An unreadable setting
    // counts as the default (checked), never as "off".
    Result<LivenessMode> mode = SettingsService(m_vault).livenessMode();
    if (LivenessPolicy::requiredForEnrollment(mode ? mode.value() : LivenessPolicy::kDefault))
        m_liveness->start();
    else
        m_liveness->cancel();
    m_captureHint->setText(m_liveness->isOpen() ? m_collector->hint() : m_liveness->promptText());
    m_stallLabel->hide();
    m_stallLabel->clear();
    m_retryButton->hide();
    m_lastCount = 0;
    m_pages->setCurrentIndex(int(Step::Capture));
    m_camera->start(m_source ? m_source() : SourceChoice());
    m_captureTimer.start();
}

void EnrollmentWizard::captureStalled(const QString &reason)
{
    if (step() != Step::Capture)
        return;
    m_captureTimer.stop();
    m_camera->stop();
    m_stallLabel->setText(tr("The pictures could not be taken. %1\nThe resident's decision is kept: fix the cause "
                             "and choose Try again, or cancel.")
                              .arg(reason));
    m_stallLabel->show();
    m_retryButton->show();
    m_retryButton->setFocus(Qt::OtherFocusReason);
}

QString EnrollmentWizard::stallReason() const
{
    return m_stallLabel->isVisible() ? m_stallLabel->text() : QString();
}

void EnrollmentWizard::retryCapture()
{
    if (step() == Step::Capture && m_haveOutcome)
        startCapture();
}

bool EnrollmentWizard::hasUnsavedWork() const
{
    return m_haveOutcome && (step() == Step::Capture || step() == Step::Review);
}

bool EnrollmentWizard::confirmLeave()
{
    if (!hasUnsavedWork())
        return true;
    const QString name = residentFromOutcome().name;
    if (!Prompt::confirm(this, tr("Discard the enrollment?"),
                         tr("%1 has agreed, but nothing is stored until the pictures are saved. Leaving now "
                            "discards the decision, and the resident must be asked again. Discard it?")
                             .arg(name)))
        return false;
    reset(tr("Cancelled: nothing was stored."));
    return true;
}

void EnrollmentWizard::captureProgressed()
{
    if (step() != Step::Capture)
        return;
    m_liveness->refresh();
    const int count = m_collector->count();
    m_progress->setValue(count);
    // The timeout counts from the last new picture, and only once samples may be taken: the liveness check
    // has its own time limit, reason and retry.
    if (count != m_lastCount || !m_liveness->isOpen()) {
        m_lastCount = count;
        m_captureTimer.start();
    }
    m_captureHint->setText(m_liveness->isOpen() ? m_collector->hint() : m_liveness->promptText());
    if (m_collector->isComplete()) {
        m_captureTimer.stop();
        m_camera->stop();
        m_liveness->hide(); // its outcome is summed up on the review page
        showReview();
    }
}

void EnrollmentWizard::cancelCapture()
{
    if (step() == Step::Capture || step() == Step::Review)
        reset(tr("Cancelled: nothing was stored."), QStringLiteral("locked"));
}

void EnrollmentWizard::showReview()
{
    const std::vector<CollectedSample> samples = m_collector->samples();
    QLayout *row = m_thumbnails->layout();
    while (QLayoutItem *item = row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    double sharpness = 0;
    std::vector<EnrollmentTemplate> templates;
    for (const CollectedSample &s : samples) {
        auto *picture = new QLabel(m_thumbnails);
        picture->setPixmap(QPixmap::fromImage(s.thumbnail).scaledToHeight(kThumbnailHeight, Qt::SmoothTransformation));
        picture->setFrameShape(QFrame::Box);
        row->addWidget(picture);
        picture->show(); // the page is already visible: a new child is not shown by itself
        sharpness += s.quality.sharpness;
        templates.push_back({ s.faceTemplate, s.quality.sharpness });
    }
    static_cast<QHBoxLayout *>(row)->addStretch(1);
    const int count = static_cast<int>(samples.size());
    m_reviewSummary->setText(
        tr("What will be stored for %2: %1 face templates, lists of numbers made by the face engine %3 — "
           "not pictures.\nPicture quality: average sharpness %4 (at least %5 is needed).\nThe pictures above "
           "are shown only now and are never stored.")
            .arg(count)
            .arg(residentFromOutcome().name, m_gallery->engine().name)
            .arg(count > 0 ? sharpness / count : 0.0, 0, 'f', 0)
            .arg(QualityGate().thresholds().minSharpness, 0, 'f', 0));

    m_livenessSummary->setText(m_liveness->state() == LivenessPanel::State::Idle
                                   ? tr("Liveness check: switched off in Settings.")
                                   : m_liveness->summaryText());
    EnrollmentService service(m_vault, *m_gallery);
    Result<std::optional<EnrollmentService::Duplicate>> duplicate = service.findDuplicate(templates, m_reenroll);
    const bool manager = m_vault.session().role == Role::Manager;
    m_duplicate.reset();
    if (!duplicate) {
        m_duplicateLabel->setText(duplicate.errorMessage());
    } else if (duplicate.value()) {
        m_duplicate = duplicate.value();
        m_duplicateLabel->setText(
            manager ? tr("This face already matches %1 (resident %2, score %3). Save only if you have checked that "
                         "this is a different person, for example a twin.")
                          .arg(m_duplicate->name)
                          .arg(m_duplicate->residentId)
                          .arg(double(m_duplicate->score), 0, 'f', 2)
                    : tr("This face already matches %1 (resident %2, score %3). A manager must decide; until then "
                         "nothing is saved.")
                          .arg(m_duplicate->name)
                          .arg(m_duplicate->residentId)
                          .arg(double(m_duplicate->score), 0, 'f', 2));
    } else {
        m_duplicateLabel->clear();
    }
    m_saveButton->setEnabled(duplicate.ok() && !m_duplicate);
    m_overrideButton->setVisible(m_duplicate.has_value());
    m_overrideButton->setEnabled(m_duplicate.has_value() && manager);
    m_pages->setCurrentIndex(int(Step::Review));
}

void EnrollmentWizard::save(EnrollmentService::DuplicatePolicy policy)
{
    std::vector<EnrollmentTemplate> templates;
    for (const CollectedSample &s : m_collector->samples())
        templates.push_back({ s.faceTemplate, s.quality.sharpness });
    EnrollmentService service(m_vault, *m_gallery);
    if (m_reenroll) {
        const std::optional<Consent> renewed
            = m_haveOutcome ? std::optional<Consent>(consentFromOutcome()) : std::nullopt;
        Result<EnrollmentReceipt> saved
            = service.reenroll(*m_reenroll, renewed, templates, m_outcome.signaturePng, policy);
        if (!saved) {
            Prompt::warning(this, tr("Not saved"), saved.errorMessage());
            return;
        }
        m_saved = saved.value();
        m_collector->clear();
        showSaved(tr("%1 is re-enrolled with %n new face template(s); the old face data was deleted.", nullptr,
                     static_cast<int>(saved->templateIds.size()))
                      .arg(residentFromOutcome().name));
        return;
    }
    Result<EnrollmentReceipt> saved
        = service.enroll(residentFromOutcome(), consentFromOutcome(), templates, m_outcome.signaturePng, policy);
    if (!saved) {
        Prompt::warning(this, tr("Not saved"), saved.errorMessage());
        return;
    }
    m_saved = saved.value();
    m_collector->clear(); // the pictures go as soon as they are no longer needed
    showSaved(tr("%1 is enrolled with %2 face templates. The consent points to notice version %3.")
                  .arg(residentFromOutcome().name)
                  .arg(saved->templateIds.size())
                  .arg(shownVersion().value_or(NoticeVersion()).version));
}

void EnrollmentWizard::showSaved(const QString &text)
{
    m_savedLabel->setText(text);
    m_pages->setCurrentIndex(int(Step::Saved));
}

void EnrollmentWizard::reset(const QString &message, const QString &discardReason)
{
    // A decision taken and not stored is never dropped silently: its discard is on record (no name kept).
    if (hasUnsavedWork()) {
        if (Status recorded = ResidentService(m_vault).recordDiscarded(consentFromOutcome(), discardReason); !recorded)
            qWarning("consent discard not recorded: %s", qPrintable(recorded.errorMessage()));
    }
    m_captureTimer.stop();
    m_camera->stop();
    m_stallLabel->hide();
    m_retryButton->hide();
    m_liveness->cancel();
    m_collector->clear();
    QLayout *row = m_thumbnails->layout();
    while (QLayoutItem *item = row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_duplicate.reset();
    if (message.isEmpty() || m_reenroll) {
        m_nameEdit->clear();
        m_unitEdit->clear();
        m_moveOutEdit->setDate(m_moveOutEdit->minimumDate());
    }
    m_reenroll.reset();
    updateSiteWords();
    m_nameEdit->setReadOnly(false);
    m_unitEdit->setReadOnly(false);
    m_outcome = ConsentOutcome();
    m_haveOutcome = false;
    m_paperConsent.reset();
    m_paperResident.reset();
    m_startMessage->setText(message);
    m_pages->setCurrentIndex(int(Step::Start));
}

void EnrollmentWizard::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Leaving the screen mid-capture cancels: the camera is released and nothing is kept.
    if (step() == Step::Capture || step() == Step::Review)
        reset(tr("Cancelled: nothing was stored."), QStringLiteral("left"));
}

Result<int> EnrollmentWizard::saveCopyAsPdf(const QString &path) const
{
    Result<Document> document = copyDocument();
    if (!document)
        return document.error();
    return DocumentRenderer(document.value()).writePdf(path);
}

Result<Document> EnrollmentWizard::copyDocument() const
{
    if (!m_haveOutcome || !m_saved)
        return makeError(ErrorKind::InvalidArgument, tr("There is no recorded decision to copy yet."));
    ShownNotice shown;
    for (const ShownNotice &n : m_shown) {
        if (n.versionId == m_outcome.noticeVersionId)
            shown = n;
    }
    QStringList paragraphs { shown.document.title };
    for (const NoticeSection &section : shown.document.sections) {
        if (!section.heading.isEmpty())
            paragraphs << section.heading;
        paragraphs << section.paragraphs;
    }
    const std::optional<NoticeVersion> version = shownVersion();
    SignedConsentCopy copy;
    const Consent consent = consentFromOutcome();
    copy.signer = consent.signer;
    copy.signedByGuardian = consent.signerRole == Consent::SignerRole::Guardian;
    copy.subjectName = consent.subjectName;
    copy.witness = m_outcome.witness;
    copy.signedAt = m_outcome.decidedAt;
    copy.recordedAt = Clock::instance().now();
    copy.noticeVersion = version
        ? tr("%1 (SHA-256 %2…)").arg(version->version, QString::fromLatin1(version->sha256.toHex().left(16)))
        : m_outcome.noticeVersionId;
    copy.granted = m_outcome.decision == ConsentOutcome::Decision::Granted;
    copy.alternativeChosen = m_outcome.alternative;
    copy.guardianName = m_outcome.guardianName;
    copy.guardianRelation = m_outcome.guardianRelation;
    copy.signature = QImage::fromData(m_outcome.signaturePng, "PNG");
    Result<SiteProfile> profile = SettingsService(m_vault).siteProfile();
    const SignLanguage language
        = m_outcome.noticeLanguage == QLatin1String("en") ? SignLanguage::English : SignLanguage::Chinese;
    return ConsentForm::signedCopy(paragraphs, profile ? profile.value() : SiteProfile(), language, copy);
}

void EnrollmentWizard::pdfCopy()
{
    const QString path = Prompt::saveFileName(this, tr("Save the resident's copy"), tr("consent-copy.pdf"),
                                              tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    Result<int> written = saveCopyAsPdf(path);
    if (!written)
        Prompt::warning(this, tr("Copy not saved"), written.errorMessage());
}

void EnrollmentWizard::printCopy()
{
    Result<Document> document = copyDocument();
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the resident's copy"));
    if (Prompt::exec(dialog) != QDialog::Accepted)
        return;
    // The same document as the PDF, painted onto the printer.
    Result<int> printed = DocumentRenderer(document.value()).render(printer);
    if (!printed)
        Prompt::warning(this, tr("Copy not printed"), printed.errorMessage());
}

} // namespace consentry::ui
