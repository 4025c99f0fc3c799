#include "verify/VerifyPage.h"

#include "common/StatusLine.h"
#include "common/Theme.h"
#include "liveness/LivenessPanel.h"
#include "preview/CameraView.h"
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
#include <QTimer>
#include <QVBoxLayout>

namespace consentry::ui {

namespace {
constexpr int kSearchLimit = 50;
constexpr int kCandidates = 3;

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

    // Face side.
    auto *faceBox = new QGroupBox(tr("By face"), this);
    m_camera = new CameraView(faceBox);
    m_camera->setObjectName(QStringLiteral("verifyCamera"));
    m_camera->setMinimumSize(320, 240);
    m_liveness = new LivenessPanel(faceBox);
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
    m_identify = new QPushButton(tr("Identify"), faceBox);
    m_identify->setObjectName(QStringLiteral("identifyButton"));
    m_next = new QPushButton(tr("Next face"), faceBox);
    m_next->setObjectName(QStringLiteral("nextFaceButton"));
    auto *faceButtons = new QHBoxLayout;
    faceButtons->addWidget(m_identify);
    faceButtons->addWidget(m_next);
    faceButtons->addStretch(1);
    auto *faceLayout = new QVBoxLayout(faceBox);
    faceLayout->addWidget(m_camera, 1);
    faceLayout->addWidget(m_liveness);
    faceLayout->addWidget(m_faceState);
    faceLayout->addWidget(m_faceName);
    faceLayout->addWidget(m_faceBand);
    faceLayout->addWidget(m_faceDetail);
    faceLayout->addLayout(faceButtons);

    // The alternative side: as prominent as the face, never hidden.
    auto *altBox = new QGroupBox(tr("Another way (no face)"), this);
    altBox->setObjectName(QStringLiteral("alternativeBox"));
    auto *altIntro = new QLabel(tr("Anyone may be verified without their face. Check the person another way, "
                                   "then record the result."),
                                altBox);
    altIntro->setWordWrap(true);
    m_method = new QComboBox(altBox);
    m_method->setObjectName(QStringLiteral("alternativeMethod"));
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
    m_search = new QLineEdit(altBox);
    m_search->setObjectName(QStringLiteral("alternativeSearch"));
    m_search->setPlaceholderText(tr("Name or unit/room"));
    m_search->setClearButtonEnabled(true);
    m_residents = new QListWidget(altBox);
    m_residents->setObjectName(QStringLiteral("alternativeResidents"));
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
    altLayout->addWidget(new QLabel(tr("Resident:"), altBox));
    altLayout->addWidget(m_search);
    altLayout->addWidget(m_residents, 1);
    altLayout->addLayout(altButtons);
    altLayout->addWidget(m_altResult);

    auto *columns = new QHBoxLayout;
    columns->addWidget(faceBox, 3);
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
    });
    connect(m_verified, &QPushButton::clicked, this, [this] { recordAlternative(true); });
    connect(m_notVerified, &QPushButton::clicked, this, [this] { recordAlternative(false); });
    connect(m_identify, &QPushButton::clicked, this, &VerifyPage::identifyNow);
    connect(m_liveness, &LivenessPanel::finished, this, &VerifyPage::livenessFinished);
    connect(m_liveness, &LivenessPanel::started, this, [this] {
        updateFaceState();
        m_faceState->setText(tr("Liveness check: ask the resident to follow the instruction under the picture."));
    });
    connect(m_next, &QPushButton::clicked, this, &VerifyPage::nextFace);
    m_verified->setEnabled(false);
    m_notVerified->setEnabled(false);
    searchResidents();
    updateFaceState();
}

void VerifyPage::connectFace(GalleryService *gallery, FaceCapture capture)
{
    m_gallery = gallery;
    m_capture = std::move(capture);
    m_faces.clear();
    m_current = -1;
    updateFaceState();
}

bool VerifyPage::isFaceConnected() const
{
    return m_gallery && m_gallery->isLoaded() && m_capture;
}

void VerifyPage::updateFaceState()
{
    const bool connected = isFaceConnected();
    m_identify->setEnabled(connected && m_liveness->state() != LivenessPanel::State::Running);
    m_next->setEnabled(connected && pendingFaces() > 0);
    if (!connected) {
        m_camera->setState(CameraView::State::NoCamera);
        m_camera->setMessage(tr("Face verification is not connected yet."));
        m_faceState->setText(tr("Face verification is not connected yet: no camera and face gallery are set up for "
                                "this screen. Use another way on the right."));
        m_faceName->clear();
        m_faceBand->clear();
        m_faceDetail->clear();
        return;
    }
    if (m_current < 0)
        m_faceState->setText(
            tr("Ask the resident to look at the camera, then choose Identify. Face templates in the gallery: %1.")
                .arg(m_gallery->templateCount()));
}

void VerifyPage::refreshGalleryState()
{
    updateFaceState();
}

QString VerifyPage::bandText(DecisionBands::Band band)
{
    switch (band) {
    case DecisionBands::Band::Accept: return tr("High confidence");
    case DecisionBands::Band::Review: return tr("Medium confidence");
    case DecisionBands::Band::NoMatch: return tr("Not recognised");
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
    // The camera stops when the page is left; a check in progress would only run out of time.
    if (m_liveness->state() == LivenessPanel::State::Running) {
        m_afterLiveness = nullptr;
        m_liveness->cancel();
        updateFaceState();
    }
}

void VerifyPage::identifyNow()
{
    if (!isFaceConnected() || m_liveness->state() == LivenessPanel::State::Running)
        return;
    runLivenessCheckIfRequired(false, [this] { identifyCurrentFrame(); });
}

void VerifyPage::identifyCurrentFrame()
{
    if (!isFaceConnected())
        return;
    Result<std::vector<FaceTemplate>> faces = m_capture();
    if (!faces) {
        m_faceState->setText(faces.errorMessage());
        return;
    }
    if (faces->empty()) {
        m_faceState->setText(tr("No face is clear enough in the picture. Ask the resident to face the camera, or "
                                "use another way."));
        m_faceName->clear();
        m_faceBand->clear();
        m_faceDetail->clear();
        return;
    }
    identify(faces.value());
}

void VerifyPage::identify(const std::vector<FaceTemplate> &faces)
{
    m_faces = faces;
    m_current = faces.empty() ? -1 : 0;
    if (m_current >= 0)
        showCurrentFace();
    updateFaceState();
}

void VerifyPage::nextFace()
{
    if (pendingFaces() <= 0)
        return;
    ++m_current;
    showCurrentFace();
    updateFaceState();
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

void VerifyPage::showCurrentFace()
{
    const int total = static_cast<int>(m_faces.size());
    m_faceState->setText(tr("Face %1 of %2").arg(m_current + 1).arg(total));
    Result<std::vector<GalleryMatch>> matches
        = m_gallery->search(m_faces.at(static_cast<size_t>(m_current)), kCandidates);
    if (!matches) {
        showFaceResult(QString(), bandText(DecisionBands::Band::NoMatch), matches.errorMessage(), Colour::ErrorText);
        return;
    }
    // Recorded once per face shown, recognised or not (a non-match names nobody).
    const VerificationService::FaceResult result
        = VerificationService::assess(matches.value(), m_gallery->bands(), VerificationService::Mode::OneToMany);
    if (result.band == DecisionBands::Band::NoMatch) {
        showFaceResult(tr("Unknown"), bandText(DecisionBands::Band::NoMatch),
                       tr("No resident matches this face. Use another way."), Colour::ConfidenceNone);
        return;
    }
    Result<VerificationService::Record> record = VerificationService(m_vault).confirmFace(result);
    if (!record) {
        showFaceResult(QString(), bandText(DecisionBands::Band::NoMatch), record.errorMessage(), Colour::ErrorText);
        return;
    }
    Q_EMIT verificationRecorded(record.value());
    if (record->outcome != VerificationService::Outcome::Verified || !record->residentId) {
        const QString detail = record->reason == QLatin1String("no_active_consent")
            ? tr("This face belongs to no one with a consent in force. Use another way.")
            : tr("No resident matches this face. Use another way.");
        showFaceResult(tr("Unknown"), bandText(DecisionBands::Band::NoMatch), detail, Colour::ConfidenceNone);
        return;
    }
    const DecisionBands::Band band = m_gallery->bands().classify(record->score);
    Result<Resident> resident = ResidentService(m_vault).get(*record->residentId);
    const QString name = resident
        ? (resident->unit.isEmpty() ? resident->name : tr("%1 · %2").arg(resident->name, resident->unit))
        : tr("Resident no. %1").arg(*record->residentId);
    showFaceResult(name, bandText(band),
                   band == DecisionBands::Band::Accept
                       ? tr("Recorded as verified.")
                       : tr("Recorded as verified. If in doubt, check another way as well."),
                   band == DecisionBands::Band::Accept ? Colour::ConfidenceHigh : Colour::ConfidenceMedium);
}

void VerifyPage::searchResidents()
{
    m_residents->clear();
    ResidentFilter filter;
    filter.search = m_search->text().trimmed();
    Result<QList<ResidentRow>> rows = ResidentService(m_vault).page(filter, 0, kSearchLimit);
    if (!rows) {
        m_altResult->showError(rows.errorMessage());
        return;
    }
    for (const ResidentRow &row : rows.value()) {
        auto *item
            = new QListWidgetItem(row.unit.isEmpty() ? row.name : tr("%1 · %2").arg(row.name, row.unit), m_residents);
        item->setData(Qt::UserRole, row.id);
    }
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
    Q_EMIT verificationRecorded(record.value());
    m_altResult->showSuccess(
        verified ? tr("Recorded: %1 verified by %2.").arg(item->text(), m_method->currentText())
                 : tr("Recorded: %1 could not be verified by %2.").arg(item->text(), m_method->currentText()));
}

} // namespace consentry::ui
