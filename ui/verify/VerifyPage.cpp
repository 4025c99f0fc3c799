#include "verify/VerifyPage.h"

#include "common/StatusLine.h"
#include "common/Theme.h"
#include "liveness/LivenessPanel.h"
#include "preview/CameraView.h"
#include "services/ChangeFeed.h"
#include "services/GalleryService.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace consentry::ui {

namespace {
constexpr int kSearchLimit = 50;
constexpr int kCandidates = 3; // one-to-many: the best few residents (only the best is shown)

QString methodKeyForAlternative(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(QLatin1String("id card")) || t.contains(QStringLiteral("身份证"))
        || t.contains(QLatin1String("passport")))
        return VerificationService::methodKey(VerificationService::Method::IdCard);
    if (t.contains(QLatin1String("staff")) || t.contains(QStringLiteral("工作人员"))
        || t.contains(QStringLiteral("员工")))
        return VerificationService::methodKey(VerificationService::Method::StaffCheck);
    return VerificationService::methodKey(VerificationService::Method::Other);
}
} // namespace

VerifyPage::VerifyPage(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
{
    setObjectName(QStringLiteral("verifyPage"));
    auto *title = Theme::label(tr("Verify a resident"), TextStyle::Heading, this);

    // Who is at the desk: one list for one-to-one verification and for another way.
    auto *personBox = new QGroupBox(tr("Who is at the desk?"), this);
    personBox->setObjectName(QStringLiteral("personBox"));
    m_search = new QLineEdit(personBox);
    m_search->setObjectName(QStringLiteral("alternativeSearch"));
    m_search->setPlaceholderText(tr("Name or unit/room"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search residents by name or unit/room"));
    m_residents = new QListWidget(personBox);
    m_residents->setObjectName(QStringLiteral("alternativeResidents"));
    m_residents->setAccessibleName(tr("Residents"));
    m_chosen = new QLabel(personBox);
    m_chosen->setObjectName(QStringLiteral("chosenResident"));
    m_chosen->setWordWrap(true);
    auto *personLayout = new QVBoxLayout(personBox);
    personLayout->addWidget(new QLabel(tr("Find the person by name or unit/room:"), personBox));
    personLayout->addWidget(m_search);
    personLayout->addWidget(m_residents, 1);
    personLayout->addWidget(m_chosen);

    // Face side.
    auto *faceBox = new QGroupBox(tr("By face"), this);
    m_mode = new QComboBox(faceBox);
    m_mode->setObjectName(QStringLiteral("verificationMode"));
    m_mode->setAccessibleName(tr("Face verification mode"));
    m_mode->addItem(VerificationService::describe(Mode::OneToOne), static_cast<int>(Mode::OneToOne));
    m_mode->addItem(VerificationService::describe(Mode::OneToMany), static_cast<int>(Mode::OneToMany));
    m_modeNote = new QLabel(faceBox);
    m_modeNote->setObjectName(QStringLiteral("modeNote"));
    m_modeNote->setWordWrap(true);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(new QLabel(tr("Mode:"), faceBox));
    modeRow->addWidget(m_mode, 1);
    m_camera = new CameraView(faceBox);
    m_camera->setObjectName(QStringLiteral("verifyCamera"));
    m_camera->setMinimumSize(320, 240);
    m_camera->setToolTip(tr("Click on the face of the person being served to compare that face only."));
    m_liveness = new LivenessPanel(faceBox);
    m_oneFaceNote = new QLabel(tr("Only one face is processed: the one you click on the picture, or else the "
                                  "largest face in the middle. Other faces are not compared or recorded."),
                               faceBox);
    m_oneFaceNote->setObjectName(QStringLiteral("oneFaceNote"));
    m_oneFaceNote->setWordWrap(true);
    Theme::setTone(m_oneFaceNote, Tone::Muted);
    personLayout->addWidget(m_oneFaceNote); // beside the picture's column, always in view
    m_faceState = new QLabel(faceBox);
    m_faceState->setObjectName(QStringLiteral("faceState"));
    m_faceState->setWordWrap(true);
    m_faceName = new QLabel(faceBox);
    m_faceName->setObjectName(QStringLiteral("faceName"));
    Theme::setTextStyle(m_faceName, TextStyle::Title);
    m_faceBand = new QLabel(faceBox);
    m_faceBand->setObjectName(QStringLiteral("faceBand"));
    m_faceBand->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_faceDetail = new QLabel(faceBox);
    m_faceDetail->setObjectName(QStringLiteral("faceDetail"));
    m_faceDetail->setWordWrap(true);
    m_identify = new QPushButton(tr("Compare face"), faceBox);
    m_identify->setObjectName(QStringLiteral("identifyButton"));
    m_decision = new QWidget(faceBox);
    m_decision->setObjectName(QStringLiteral("faceDecision"));
    m_confirm = new QPushButton(tr("Confirm: this is the person"), m_decision);
    m_confirm->setObjectName(QStringLiteral("confirmFaceButton"));
    m_otherWay = new QPushButton(tr("Use another way"), m_decision);
    m_otherWay->setObjectName(QStringLiteral("otherWayButton"));
    auto *decisionRow = new QHBoxLayout(m_decision);
    decisionRow->setContentsMargins(0, 0, 0, 0);
    decisionRow->addWidget(m_confirm);
    decisionRow->addWidget(m_otherWay);
    decisionRow->addStretch(1);
    m_faceResult = new StatusLine(faceBox);
    m_faceResult->setObjectName(QStringLiteral("faceResult"));
    // Laid out for 1366×768: the mode and the action on one row, the name and its band on another.
    modeRow->addWidget(m_identify);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_faceName, 1);
    nameRow->addWidget(m_faceBand);
    auto *faceLayout = new QVBoxLayout(faceBox);
    faceLayout->addLayout(modeRow);
    faceLayout->addWidget(m_modeNote);
    faceLayout->addWidget(m_camera, 1);
    faceLayout->addWidget(m_liveness);
    faceLayout->addWidget(m_faceState);
    faceLayout->addLayout(nameRow);
    faceLayout->addWidget(m_faceDetail);
    faceLayout->addWidget(m_decision);
    faceLayout->addWidget(m_faceResult);

    // The alternative side: as prominent as the face, never hidden.
    auto *altBox = new QGroupBox(tr("Another way (no face)"), this);
    altBox->setObjectName(QStringLiteral("alternativeBox"));
    auto *altIntro = new QLabel(tr("Anyone may be verified without their face. Choose the person on the left, "
                                   "check them another way, then record the result."),
                                altBox);
    altIntro->setWordWrap(true);
    m_method = new QComboBox(altBox);
    m_method->setObjectName(QStringLiteral("alternativeMethod"));
    m_method->setAccessibleName(tr("Way of checking"));
    Result<SiteProfile> profile = SettingsService(vault).siteProfile();
    QStringList seenKeys;
    if (profile) {
        for (const QString &alternative : profile->alternatives) {
            const QString key = methodKeyForAlternative(alternative);
            m_method->addItem(alternative, key);
            seenKeys << key;
        }
    }
    for (VerificationService::Method method :
         { VerificationService::Method::IdCard, VerificationService::Method::StaffCheck }) {
        if (!seenKeys.contains(VerificationService::methodKey(method)))
            m_method->addItem(VerificationService::describe(method), VerificationService::methodKey(method));
    }
    m_verified = new QPushButton(tr("Verified"), altBox);
    m_verified->setObjectName(QStringLiteral("alternativeVerified"));
    m_notVerified = new QPushButton(tr("Not verified"), altBox);
    m_notVerified->setObjectName(QStringLiteral("alternativeNotVerified"));
    m_altResult = new StatusLine(altBox);
    m_altResult->setObjectName(QStringLiteral("alternativeResult"));
    auto *altButtons = new QHBoxLayout;
    altButtons->addWidget(m_verified);
    altButtons->addWidget(m_notVerified);
    auto *altLayout = new QVBoxLayout(altBox);
    altLayout->addWidget(altIntro);
    altLayout->addWidget(new QLabel(tr("Way of checking:"), altBox));
    altLayout->addWidget(m_method);
    altLayout->addLayout(altButtons);
    altLayout->addWidget(m_altResult);
    altLayout->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(personBox, 2);
    columns->addWidget(faceBox, 4);
    columns->addWidget(altBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(columns, 1);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(debounce, &QTimer::timeout, this, &VerifyPage::searchResidents);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_residents, &QListWidget::currentRowChanged, this, [this](int row) {
        m_verified->setEnabled(row >= 0);
        m_notVerified->setEnabled(row >= 0);
        // A result shown for someone else no longer applies.
        if (m_result && mode() == Mode::OneToOne && m_result->residentId != selectedResident())
            clearResult();
        const std::optional<qint64> id = selectedResident();
        m_chosen->setText(id ? tr("Chosen: %1").arg(residentText(*id)) : tr("No one chosen yet."));
        updateFaceState();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        clearResult();
        updateFaceState();
    });
    connect(m_verified, &QPushButton::clicked, this, [this] { recordAlternative(true); });
    connect(m_notVerified, &QPushButton::clicked, this, [this] { recordAlternative(false); });
    connect(m_identify, &QPushButton::clicked, this, &VerifyPage::identifyNow);
    connect(m_confirm, &QPushButton::clicked, this, &VerifyPage::confirmFace);
    connect(m_otherWay, &QPushButton::clicked, this, &VerifyPage::useAnotherWay);
    connect(m_camera, &CameraView::framePointClicked, this, [this](const QPointF &point) {
        if (!isFaceConnected() || m_liveness->state() == LivenessPanel::State::Running)
            return;
        clearResult();
        if (mode() == Mode::OneToOne && !selectedResident()) {
            updateFaceState();
            return;
        }
        runLivenessCheckIfRequired(false, [this, point] { identifyCurrentFrame(point); });
    });
    connect(m_liveness, &LivenessPanel::finished, this, &VerifyPage::livenessFinished);
    connect(m_liveness, &LivenessPanel::started, this, [this] {
        updateFaceState();
        m_faceState->setText(tr("Liveness check: ask the resident to follow the instruction under the picture."));
    });
    // The list follows the store: a person enrolled, edited or deleted elsewhere shows here at once.
    connect(&vault.changes(), &ChangeFeed::residentsChanged, this, &VerifyPage::searchResidents);
    m_verified->setEnabled(false);
    m_notVerified->setEnabled(false);
    setMode(VerificationService::defaultMode(vault));
    m_chosen->setText(tr("No one chosen yet."));
    clearResult();
    searchResidents();
    updateFaceState();
}

void VerifyPage::connectFace(GalleryService *gallery, FaceCapture capture)
{
    m_gallery = gallery;
    m_capture = std::move(capture);
    clearResult();
    updateFaceState();
}

bool VerifyPage::isFaceConnected() const
{
    return m_gallery && m_gallery->isLoaded() && m_capture;
}

VerifyPage::Mode VerifyPage::mode() const
{
    return static_cast<Mode>(m_mode->currentData().toInt());
}

void VerifyPage::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(mode)));
    updateFaceState();
}

std::optional<qint64> VerifyPage::selectedResident() const
{
    const QListWidgetItem *item = m_residents->currentItem();
    if (!item || m_residents->currentRow() < 0)
        return std::nullopt;
    return item->data(Qt::UserRole).toLongLong();
}

bool VerifyPage::selectResident(qint64 residentId)
{
    for (int row = 0; row < m_residents->count(); ++row) {
        if (m_residents->item(row)->data(Qt::UserRole).toLongLong() == residentId) {
            m_residents->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString VerifyPage::residentText(qint64 residentId) const
{
    Result<Resident> resident = ResidentService(m_vault).get(residentId);
    if (!resident)
        return tr("Resident no. %1").arg(residentId);
    return resident->unit.isEmpty() ? resident->name : tr("%1 · %2").arg(resident->name, resident->unit);
}

void VerifyPage::updateFaceState()
{
    const bool connected = isFaceConnected();
    const bool oneToOne = mode() == Mode::OneToOne;
    m_modeNote->setText(oneToOne ? tr("The face is compared only with the person chosen on the left.")
                                 : tr("The face is compared with everyone enrolled."));
    m_identify->setEnabled(connected && m_liveness->state() != LivenessPanel::State::Running
                           && (!oneToOne || selectedResident()));
    m_camera->setMessage(QString()); // connected: the camera's own state speaks (starting, live, lost)
    if (!connected) {
        m_camera->setState(CameraView::State::NoCamera);
        // Only when the face engine or the stored face data could not be loaded (AppController), and the status
        // bar then says which and why.
        m_camera->setMessage(tr("Face verification is unavailable on this computer."));
        m_faceState->setText(tr("Face verification is unavailable: the face engine or the stored face data could not "
                                "be loaded (the status bar says why). Verify the person another way, on the right."));
        return;
    }
    if (m_result)
        return;
    const QString count = tr("Face templates in the gallery: %1.").arg(m_gallery->templateCount());
    if (oneToOne && !selectedResident())
        m_faceState->setText(tr("Choose the person on the left first (name or unit/room): one-to-one verification "
                                "compares the face with that person only.")
                             + QLatin1Char(' ') + count);
    else
        m_faceState->setText(tr("Ask the resident to look at the camera, then choose Compare face (or click on "
                                "their face).")
                             + QLatin1Char(' ') + count);
}

void VerifyPage::refreshGalleryState()
{
    updateFaceState();
}

QString VerifyPage::bandText(DecisionBands::Band band)
{
    switch (band) {
    case DecisionBands::Band::Accept: return tr("Match (high confidence)");
    case DecisionBands::Band::Review: return tr("Manual review needed (medium confidence)");
    case DecisionBands::Band::NoMatch: return tr("No match");
    }
    return QString();
}

void VerifyPage::runLivenessCheckIfRequired(bool inReviewBand, std::function<void()> then)
{
    // Read each time: a manager may have changed it in Settings. Unreadable counts as the default.
    Result<LivenessMode> mode = SettingsService(m_vault).livenessMode();
    if (!LivenessPolicy::requiredForVerification(mode ? mode.value() : LivenessPolicy::kDefault, inReviewBand)) {
        m_liveness->cancel();
        if (then)
            then();
        return;
    }
    m_afterLiveness = std::move(then);
    m_identify->setEnabled(false);
    m_faceName->clear();
    m_faceBand->clear();
    m_faceDetail->clear();
    m_liveness->start();
}

void VerifyPage::livenessFinished()
{
    updateFaceState();
    if (m_liveness->state() == LivenessPanel::State::Failed) {
        // The pending step stays: the panel's "Try again" continues it.
        m_faceState->setText(tr("The liveness check was not passed, so no face result was recorded. Try again, or "
                                "use another way on the right."));
        return;
    }
    std::function<void()> then = std::move(m_afterLiveness);
    m_afterLiveness = nullptr;
    if (then) // passed, or the engine cannot run the check (the panel says so)
        then();
}

void VerifyPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // The camera stops when the page is left; a check in progress would only run out of time, and a result
    // nobody decided on is not kept for the next person.
    if (m_liveness->state() == LivenessPanel::State::Running) {
        m_afterLiveness = nullptr;
        m_liveness->cancel();
    }
    clearResult();
    updateFaceState();
}

void VerifyPage::identifyNow()
{
    if (!isFaceConnected() || m_liveness->state() == LivenessPanel::State::Running)
        return;
    clearResult();
    if (mode() == Mode::OneToOne && !selectedResident()) {
        updateFaceState();
        return;
    }
    runLivenessCheckIfRequired(false, [this] { identifyCurrentFrame(std::nullopt); });
}

void VerifyPage::identifyCurrentFrame(std::optional<QPointF> clicked)
{
    if (!isFaceConnected())
        return;
    Result<VerificationProbe> probe = m_capture(clicked);
    if (!probe) {
        m_faceState->setText(probe.errorMessage());
        return;
    }
    verifyFace(probe->sample.faceTemplate, probe->facesInFrame);
}

void VerifyPage::verifyFace(const FaceTemplate &probe, int facesInFrame)
{
    clearResult();
    if (!m_gallery || !m_gallery->isLoaded())
        return;
    const Mode current = mode();
    const std::optional<qint64> claimed = current == Mode::OneToOne ? selectedResident() : std::nullopt;
    if (current == Mode::OneToOne && !claimed) {
        updateFaceState();
        return;
    }
    Result<std::vector<GalleryMatch>> matches
        = claimed ? m_gallery->compareWith(*claimed, probe) : m_gallery->search(probe, kCandidates);
    if (!matches) {
        m_faceState->setText(matches.errorMessage());
        return;
    }
    const DecisionBands bands = claimed ? m_gallery->verificationBands() : m_gallery->bands();
    const VerificationService::FaceResult result
        = VerificationService::assess(matches.value(), bands, current, claimed);
    auto show = [this, result, facesInFrame] {
        m_result = result;
        m_facesInFrame = facesInFrame;
        showResult();
    };
    // The review band asks for the liveness check (Settings: "for the review band") before its result is
    // shown; with "always" it has just been passed before the picture was taken.
    Result<LivenessMode> liveness = SettingsService(m_vault).livenessMode();
    const LivenessMode setting = liveness ? liveness.value() : LivenessPolicy::kDefault;
    if (result.band == DecisionBands::Band::Review && !LivenessPolicy::requiredForVerification(setting, false))
        runLivenessCheckIfRequired(true, show);
    else
        show();
}

void VerifyPage::clearResult()
{
    m_result.reset();
    m_facesInFrame = 0;
    m_faceName->clear();
    m_faceBand->clear();
    m_faceBand->setStyleSheet(QString());
    m_faceDetail->clear();
    m_decision->hide();
    m_faceResult->clearMessage();
}

void VerifyPage::showFaceResult(const QString &name, const QString &band, const QString &detail, Colour badge)
{
    m_faceName->setText(name);
    m_faceBand->setText(band);
    m_faceBand->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; padding: 4px 10px; "
                                             "font-weight: bold; }")
                                  .arg(Theme::hex(Colour::ConfidenceText), Theme::hex(badge)));
    m_faceDetail->setText(detail);
}

void VerifyPage::showResult()
{
    if (!m_result)
        return;
    const VerificationService::FaceResult &result = *m_result;
    m_faceState->setText(m_facesInFrame > 1
                             ? tr("%n faces were in the picture; only the chosen one was compared. The others were "
                                  "not processed or recorded.",
                                  nullptr, m_facesInFrame)
                             : tr("Nothing is recorded until you decide."));
    auto *row = static_cast<QHBoxLayout *>(m_decision->layout());
    row->removeWidget(m_confirm);
    row->removeWidget(m_otherWay);
    m_decision->show();
    switch (result.band) {
    case DecisionBands::Band::Accept:
        showFaceResult(residentText(*result.residentId), bandText(result.band),
                       tr("Look at the person: if it is them, confirm. Nothing is recorded until you confirm."),
                       Colour::ConfidenceHigh);
        row->insertWidget(0, m_confirm);
        row->insertWidget(1, m_otherWay);
        m_confirm->show();
        m_confirm->setDefault(true);
        m_otherWay->setDefault(false);
        m_confirm->setFocus();
        break;
    case DecisionBands::Band::Review:
        // The face alone is not enough here: the other ways come first.
        showFaceResult(residentText(*result.residentId), bandText(result.band),
                       tr("The face is similar but not clearly the same person. Check another way first (ID card, or "
                          "staff who know the person); confirm by face only if you are sure."),
                       Colour::ConfidenceMedium);
        row->insertWidget(0, m_otherWay);
        row->insertWidget(1, m_confirm);
        m_confirm->show();
        m_otherWay->setDefault(true);
        m_confirm->setDefault(false);
        m_otherWay->setFocus();
        break;
    case DecisionBands::Band::NoMatch:
        showFaceResult(tr("Not recognised"), bandText(result.band),
                       result.mode == Mode::OneToOne
                           ? tr("The face does not match %1. Check the person another way.")
                                 .arg(selectedResident() ? residentText(*selectedResident()) : QString())
                           : tr("No one enrolled matches this face. Use another way."),
                       Colour::ConfidenceNone);
        row->insertWidget(0, m_otherWay);
        row->insertWidget(1, m_confirm);
        m_confirm->hide();
        m_otherWay->setDefault(true);
        m_otherWay->setFocus();
        break;
    }
}

void VerifyPage::confirmFace()
{
    if (!m_result || m_result->band == DecisionBands::Band::NoMatch)
        return;
    Result<VerificationService::Record> record = VerificationService(m_vault).confirmFace(*m_result);
    if (!record) {
        m_faceResult->showError(record.errorMessage());
        return;
    }
    const QString who = residentText(*record->residentId);
    clearResult();
    m_faceResult->showSuccess(tr("Recorded: %1 verified by face (%2), confirmed by you.")
                                  .arg(who, VerificationService::describe(*record->mode)));
    updateFaceState();
}

void VerifyPage::useAnotherWay()
{
    // The face result is dropped unrecorded; the person stays chosen (one-to-one) or the candidate is offered.
    const std::optional<qint64> candidate = m_result ? m_result->residentId : std::nullopt;
    clearResult();
    if (candidate && !selectedResident())
        selectResident(*candidate);
    m_faceResult->showInfo(tr("Nothing was recorded for the face. Check the person another way on the right."));
    updateFaceState();
    m_method->setFocus();
}

void VerifyPage::searchResidents()
{
    const std::optional<qint64> selected = selectedResident();
    {
        const QSignalBlocker quiet(m_residents); // the person stays chosen across a refresh
        m_residents->clear();
        ResidentFilter filter;
        filter.search = m_search->text().trimmed();
        Result<QList<ResidentRow>> rows = ResidentService(m_vault).page(filter, 0, kSearchLimit);
        if (!rows) {
            m_altResult->showError(rows.errorMessage());
            return;
        }
        for (const ResidentRow &row : rows.value()) {
            auto *item = new QListWidgetItem(row.unit.isEmpty() ? row.name : tr("%1 · %2").arg(row.name, row.unit),
                                             m_residents);
            item->setData(Qt::UserRole, row.id);
            if (selected && row.id == *selected)
                m_residents->setCurrentItem(item);
        }
    }
    // The chosen person is no longer in the list (another search, or deleted): the page follows.
    if (selectedResident() != selected)
        Q_EMIT m_residents->currentRowChanged(m_residents->currentRow());
}

void VerifyPage::recordAlternative(bool verified)
{
    QListWidgetItem *item = m_residents->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const std::optional<VerificationService::Method> method
        = VerificationService::methodFromKey(m_method->currentData().toString());
    Result<VerificationService::Record> record = VerificationService(m_vault).recordAlternative(
        id, method.value_or(VerificationService::Method::Other), verified);
    if (!record) {
        m_altResult->showError(record.errorMessage());
        return;
    }
    m_altResult->showSuccess(
        verified ? tr("Recorded: %1 verified by %2.").arg(item->text(), m_method->currentText())
                 : tr("Recorded: %1 could not be verified by %2.").arg(item->text(), m_method->currentText()));
}

} // namespace consentry::ui
