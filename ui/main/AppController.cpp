#include "main/AppController.h"

#include "audit/AuditPage.h"
#include "common/Prompt.h"
#include "compliance/CompliancePage.h"
#include "dashboard/DashboardPage.h"
#include "enroll/EnrollmentWizard.h"
#include "liveness/LivenessPanel.h"
#include "main/FileDialogText.h"
#include "main/MainWindow.h"
#include "main/RestoreDialog.h"
#include "people/ResidentsPage.h"
#include "platform/Clock.h"
#include "platform/Formats.h"
#include "platform/InstanceLock.h"
#include "platform/Language.h"
#include "preview/PreviewPage.h"
#include "services/AuditService.h"
#include "services/ChangeFeed.h"
#include "services/DeviceService.h"
#include "services/GalleryService.h"
#include "services/ReportService.h"
#include "services/ResidentService.h"
#include "services/SettingsService.h"
#include "settings/LanguageTab.h"
#include "settings/SecurityTab.h"
#include "settings/SettingsPage.h"
#include "settings/SiteProfileTab.h"
#include "settings/UsersTab.h"
#include "signage/SignageEditor.h"
#include "unlock/IdleWatcher.h"
#include "unlock/LockScreen.h"
#include "unlock/LoginDialog.h"
#include "unlock/RecoveryKeyDialog.h"
#include "unlock/SetupWizard.h"
#include "vault/StoreFolder.h"
#include "vault/Vault.h"
#include "verify/VerifyPage.h"
#include "vision/ModelRegistry.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QStatusBar>
#include <QTabWidget>

namespace consentry::ui {

namespace {
constexpr int kStatusMessageMs = 8000;
} // namespace

AppController::AppController(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_instanceLock(std::make_unique<InstanceLock>(dataDir))
    , m_window(std::make_unique<MainWindow>(dataDir))
    , m_idle(new IdleWatcher(this))
{
    FileDialogText::install(); // Qt's file dialogs in the console's language

    // A resident's decision taken and not yet saved is never thrown away without asking.
    m_window->setLeaveGuard([this] { return !m_enroll || m_enroll->confirmLeave(); });
    connect(m_window.get(), &MainWindow::lockRequested, this, &AppController::lockNow);
    connect(m_window.get(), &MainWindow::logoutRequested, this, &AppController::logOut);
    connect(m_window.get(), &MainWindow::restoreRequested, this, &AppController::restoreFromBackup);
    connect(m_idle, &IdleWatcher::idleTimedOut, this, &AppController::idleTimedOut);
    m_purgeTimer = new QTimer(this);
    m_purgeTimer->setInterval(std::chrono::hours(24));
    connect(m_purgeTimer, &QTimer::timeout, this, &AppController::runScheduledPurge);
    m_purgeTimer->start();
}

AppController::~AppController()
{
    // Screens and the lock screen refer to the vault: they go first.
    m_window.reset();
    if (m_vault && !m_vault->isLocked())
        m_vault->lock();
}

Status AppController::claimDataFolder()
{
    return m_instanceLock->acquire();
}

bool AppController::start()
{
    if (Status claimed = claimDataFolder(); !claimed) {
        Prompt::warning(nullptr, tr("Consentry is already open"), claimed.errorMessage());
        return false;
    }
    if (StoreFolder::inspect(m_dataDir) == StoreFolder::State::Empty) {
        SetupWizard wizard(m_dataDir);
        if (Prompt::exec(wizard) != QDialog::Accepted)
            return false;
        startWith(wizard.takeVault());
        return true;
    }
    LoginDialog login(m_dataDir);
    if (Prompt::exec(login) != QDialog::Accepted)
        return false;
    startWith(login.takeVault());
    return true;
}

void AppController::startWith(std::unique_ptr<Vault> vault)
{
    if (m_lockScreen) {
        // It refers to the previous vault, and may be the sender of the Log out that led here.
        m_lockScreen->hide();
        m_lockScreen->disconnect(this);
        m_lockScreen->deleteLater();
    }
    m_vault = std::move(vault);
    // Everything on screen follows the store: the gallery in memory first, then what shows it.
    connect(&m_vault->changes(), &ChangeFeed::changed, this, &AppController::storeChanged);
    connect(&m_vault->changes(), &ChangeFeed::templatesChanged, this, &AppController::templatesChanged);
    makeLockScreen();
    m_window->setLocked(false);
    buildScreens();
    runScheduledPurge();
    if (const QString problem = frameSourceProblem(); !problem.isEmpty())
        m_window->statusBar()->showMessage(problem); // stays until the next message: it is why no picture shows
    if (m_vault->session().viaRecoveryKey) {
        // Opened with the recovery key: the reason is almost always a forgotten password.
        m_window->showSection(Section::Settings);
        m_settings->tabs()->setCurrentWidget(m_settings->usersTab());
    }
    m_idle->start();
}

void AppController::makeLockScreen()
{
    m_lockScreen = new LockScreen(*m_vault, m_window.get());
    connect(m_lockScreen, &LockScreen::unlocked, this, &AppController::unlockedAgain);
    connect(m_lockScreen, &LockScreen::quitRequested, m_window.get(), &QWidget::close);
    connect(m_lockScreen, &LockScreen::logoutRequested, this, &AppController::logOut, Qt::QueuedConnection);
}

LockScreen *AppController::lockScreen() const
{
    return m_lockScreen;
}

SettingsPage *AppController::settingsPage() const
{
    return m_settings;
}

SignageEditor *AppController::signageEditor() const
{
    return m_signage;
}

AuditPage *AppController::auditPage() const
{
    return m_audit;
}

CompliancePage *AppController::compliancePage() const
{
    return m_compliance;
}

DashboardPage *AppController::dashboardPage() const
{
    return m_dashboard;
}

ResidentsPage *AppController::residentsPage() const
{
    return m_residents;
}

VerifyPage *AppController::verifyPage() const
{
    return m_verify;
}

PreviewPage *AppController::previewPage() const
{
    return m_preview;
}

EnrollmentWizard *AppController::enrollmentWizard() const
{
    return m_enroll;
}

QString AppController::frameSourceProblem() const
{
    if (m_frameSource.isEmpty() || QFileInfo::exists(m_frameSource))
        return {};
    return tr("The picture source \"%1\" does not exist: choose a camera, a video file or a folder of pictures "
              "in Preview.")
        .arg(QDir::toNativeSeparators(m_frameSource));
}

bool AppController::isLocked() const
{
    return !m_vault || m_vault->isLocked();
}

Permission AppController::permissionFor(Section section)
{
    switch (section) {
    case Section::Preview:
    case Section::Verify: return Permission::Verify;
    case Section::Enroll: return Permission::Enroll;
    case Section::Residents: return Permission::ViewResidents;
    case Section::Signage: return Permission::PrintSignage;
    case Section::Dashboard:
    case Section::Compliance: return Permission::ViewReports;
    case Section::Audit: return Permission::ReadAudit;
    case Section::Settings: return Permission::ViewStatus;
    }
    return Permission::ViewStatus;
}

void AppController::buildScreens()
{
    Vault &vault = *m_vault;
    Result<SiteProfile> profile = SettingsService(vault).siteProfile();
    m_signage = new SignageEditor(profile ? profile.value() : SiteProfile());
    connect(m_signage, &SignageEditor::signagePrinted, this, [this](const QString &layout, const QString &language) {
        recordSignage(layout, language, QStringLiteral("printer"));
    });
    connect(m_signage, &SignageEditor::signageExported, this,
            [this](const QString &layout, const QString &language, const QString &) {
                recordSignage(layout, language, QStringLiteral("pdf"));
            });
    m_window->setSectionWidget(Section::Signage, m_signage);

    m_settings = new SettingsPage(vault); // a saved site profile reaches the signage editor through the feed
    connect(m_settings->securityTab(), &SecurityTab::idleLockMinutesChanged, this, [this](int minutes) {
        m_idleMinutes = minutes;
        m_idle->setTimeoutMinutes(minutes);
    });
    m_window->setSectionWidget(Section::Settings, m_settings);
    // Queued: the combo box that asks for the switch is itself rebuilt by it.
    connect(m_settings->languageTab(), &LanguageTab::languageChosen, this, &AppController::switchLanguage,
            Qt::QueuedConnection);

    // Screens that read personal data or the log are built only for a role that may use them; the
    // navigation greys out the others and the core refuses them anyway.
    const Role role = vault.session().role;
    if (AccessControl::allows(role, Permission::ReadAudit)) {
        m_audit = new AuditPage(vault);
        m_window->setSectionWidget(Section::Audit, m_audit);
    }
    if (AccessControl::allows(role, Permission::ViewResidents)) {
        m_residents = new ResidentsPage(vault);
        m_window->setSectionWidget(Section::Residents, m_residents);
    }
    if (AccessControl::allows(role, Permission::Verify)) {
        m_verify = new VerifyPage(vault);
        m_window->setSectionWidget(Section::Verify, m_verify);
    }
    buildCameraScreens();
    if (AccessControl::allows(role, Permission::ViewReports)) {
        // After the camera screens: the score distributions come from the gallery they load (if any).
        m_dashboard = new DashboardPage(vault, m_gallery.get());
        m_window->setSectionWidget(Section::Dashboard, m_dashboard);
    }
    showDevices();
    if (m_residents && m_gallery)
        m_residents->setActiveEngine(m_gallery->engine());
    if (AccessControl::allows(role, Permission::ViewReports)) {
        // The engine the console runs, as the assessment states it (the gallery's, named by its model card).
        std::weak_ptr<GalleryService> gallery = m_gallery;
        m_compliance = new CompliancePage(vault, [gallery]() {
            EngineFacts facts;
            const std::shared_ptr<GalleryService> g = gallery.lock();
            if (!g)
                return facts;
            facts.key = g->engine().key();
            facts.name = g->engine().name;
            facts.threshold = g->threshold();
            for (const ModelCard &card : ModelRegistry::builtInCards()) {
                if (card.id == g->engine().name) {
                    facts.name = card.name;
                    facts.version = card.version;
                }
            }
            return facts;
        });
        connect(m_compliance, &CompliancePage::fixElsewhere, this,
                [this](ComplianceItem::Fix fix) { showFix(static_cast<int>(fix)); });
        m_window->setSectionWidget(Section::Compliance, m_compliance);
    }

    if (Result<int> minutes = SettingsService(vault).idleLockMinutes(); minutes) {
        m_idleMinutes = minutes.value();
        m_idle->setTimeoutMinutes(m_idleMinutes);
    }
    applyRole();
}

void AppController::storeChanged(const ChangeSet &changes)
{
    if (isLocked())
        return;
    // The screens that read the store themselves listen to the feed directly; templatesChanged() below
    // keeps the gallery in memory.
    if (m_verify && !changes.has(ChangeSet::Kind::TemplatesChanged))
        m_verify->refreshGalleryState(); // settings (verification mode, liveness) and renewals
    if (changes.has(ChangeSet::Kind::ComplianceChanged))
        showDevices();
    if (m_signage && (changes.has(ChangeSet::Kind::SettingsChanged) || changes.has(ChangeSet::Kind::NoticePublished))) {
        if (Result<SiteProfile> profile = SettingsService(*m_vault).siteProfile(); profile)
            m_signage->setProfile(profile.value());
    }
}

void AppController::templatesChanged(const QList<qint64> &residentIds)
{
    if (isLocked())
        return;
    // A withdrawn, deleted or purged person must not be matched again, and the Verify screen counts what
    // the gallery really holds.
    if (m_gallery) {
        // A material notice change concerns everyone enrolled: one reload instead of a query per person.
        constexpr qsizetype kReloadAbove = 500;
        const bool reloadAll = residentIds.size() > kReloadAbove;
        if (Status ok = reloadAll ? m_gallery->load() : m_gallery->refreshResidents(residentIds); !ok)
            m_window->statusBar()->showMessage(ok.errorMessage(), kStatusMessageMs);
    }
    if (m_verify)
        m_verify->refreshGalleryState();
}

void AppController::showDevices()
{
    // The device register, for the signs printed per device and the camera picker's warning.
    const Result<QList<Device>> devices = DeviceService(*m_vault).list();
    if (!devices)
        return;
    if (m_signage)
        m_signage->setDevices(devices.value());
    if (m_preview)
        m_preview->setDevices(devices.value());
}

void AppController::showFix(int fix)
{
    switch (static_cast<ComplianceItem::Fix>(fix)) {
    case ComplianceItem::Fix::EditSiteProfile:
    case ComplianceItem::Fix::RetentionSettings:
        m_window->showSection(Section::Settings);
        if (m_settings)
            m_settings->tabs()->setCurrentWidget(m_settings->siteProfileTab());
        return;
    case ComplianceItem::Fix::PrintSigns: m_window->showSection(Section::Signage); return;
    case ComplianceItem::Fix::RenewConsents:
    case ComplianceItem::Fix::Purge: m_window->showSection(Section::Residents); return;
    case ComplianceItem::Fix::VerifyAudit:
        m_window->showSection(Section::Audit);
        if (m_audit)
            m_audit->verifyChain();
        return;
    default: m_window->showSection(Section::Compliance); return;
    }
}

void AppController::runScheduledPurge()
{
    // The retention policy is applied at every unlock and then once a day while the console runs: data
    // past its retention period must not wait for a manager to remember it.
    if (!m_vault || m_vault->isLocked())
        return;
    Result<PurgeReport> report = ResidentService(*m_vault).purgeScheduled();
    if (!report) {
        m_window->statusBar()->showMessage(report.errorMessage(), kStatusMessageMs);
        return;
    }
    if (report.value().templatesDeleted > 0)
        m_window->statusBar()->showMessage(
            tr("Retention: face data of %n resident(s) was deleted as the policy requires.", nullptr,
               report.value().residentsPurged),
            kStatusMessageMs);
}

void AppController::buildCameraScreens()
{
    Vault &vault = *m_vault;
    const Role role = vault.session().role;
    PipelineOptions options;
    options.dataDir = m_dataDir;
    if (AccessControl::allows(role, Permission::Verify)) {
        m_preview = new PreviewPage(options, m_frameSource);
        m_window->setSectionWidget(Section::Preview, m_preview);
    }
    Result<std::unique_ptr<FacePipeline>> pipeline = FacePipeline::create(options);
    if (!m_engineStatus) {
        m_engineStatus = new QLabel(m_window.get());
        m_engineStatus->setObjectName(QStringLiteral("engineStatusLabel"));
        m_window->statusBar()->addPermanentWidget(m_engineStatus);
    }
    m_engineStatus->setText(pipeline ? pipeline.value()->describe() : pipeline.errorMessage());
    // The gallery serves Verify and enrollment alike: every role that may verify gets it, whether or not it
    // may enroll (issue 12).
    const bool mayVerify = AccessControl::allows(role, Permission::Verify);
    const bool mayEnroll = AccessControl::allows(role, Permission::Enroll);
    if (!pipeline || (!mayVerify && !mayEnroll))
        return;
    // The engine this console searches and enrolls with: a different one than the store last saw is a material
    // change (new notice version, consents in force need renewal), recorded before the gallery loads.
    if (Result<SettingsService::ProfileUpdate> engine
        = SettingsService(vault).recordEngine(pipeline.value()->engine().key(), pipeline.value()->recognizerFellBack());
        !engine)
        m_window->statusBar()->showMessage(engine.errorMessage(), kStatusMessageMs);
    else if (engine->isMaterial())
        m_window->statusBar()->showMessage(
            SettingsService::engineChangeSentence(engine.value(), pipeline.value()->engine().name), kStatusMessageMs);
    m_gallery = std::make_shared<GalleryService>(vault, pipeline.value()->engine(),
                                                 pipeline.value()->embedder().defaultThreshold(),
                                                 pipeline.value()->embedder().impostorTail());
    if (Status loaded = m_gallery->load(); !loaded)
        m_window->statusBar()->showMessage(loaded.errorMessage(), kStatusMessageMs);
    QPointer<PreviewPage> preview = m_preview;
    auto currentSource = [preview, sourceOverride = m_frameSource] {
        if (preview)
            return preview->source();
        SourceChoice source = PreviewPage::savedSource();
        if (!sourceOverride.isEmpty())
            source.path = sourceOverride;
        return source;
    };
    if (mayEnroll) {
        m_enroll = new EnrollmentWizard(vault, m_gallery, options, currentSource);
        m_window->setSectionWidget(Section::Enroll, m_enroll);
        // The wizard refuses while the notice is incomplete; its button leads to the page that completes it.
        connect(m_enroll, &EnrollmentWizard::siteProfileRequested, this, [this] {
            if (!m_settings)
                return;
            m_window->showSection(Section::Settings);
            m_settings->tabs()->setCurrentWidget(m_settings->siteProfileTab());
        });
        if (m_residents) {
            // "Re-enroll" on the Residents screen and its work list: the wizard in its re-enrollment mode.
            connect(m_residents, &ResidentsPage::reenrollRequested, this, &AppController::reenroll);
            connect(m_residents, &ResidentsPage::paperConsentRequested, this, [this](qint64 residentId) {
                if (!m_enroll || isLocked())
                    return;
                m_window->showSection(Section::Enroll);
                m_enroll->beginPaperConsent(residentId);
            });
        }
    }
    connectVerifyCamera(options, std::shared_ptr<FacePipeline>(std::move(pipeline).value()), currentSource);
}

void AppController::connectVerifyCamera(const PipelineOptions &options, std::shared_ptr<FacePipeline> identifier,
                                        const std::function<SourceChoice()> &currentSource)
{
    if (!m_verify || !m_gallery)
        return;
    // The capture thread analyses frames with its own pipeline (boxes and hints); "Identify" embeds the
    // newest frame on the GUI thread with another, so no pipeline is shared between threads.
    auto *live = new LiveCamera(m_verify->cameraView(), m_verify);
    if (Result<std::unique_ptr<FacePipeline>> analyser = FacePipeline::create(options); analyser)
        live->setPipeline(std::shared_ptr<FacePipeline>(std::move(analyser).value()));
    // The liveness check judges the frames in the capture thread; its instruction is painted on the picture.
    LivenessPanel *liveness = m_verify->livenessPanel();
    live->setAfterAnalysis(liveness->feeder());
    QPointer<LivenessPanel> panel = liveness;
    live->setHintProvider([panel](const LiveFrame &frame) {
        return panel && panel->state() == LivenessPanel::State::Running ? panel->promptText() : frame.hint;
    });
    // One face per comparison (issue 10 §5): the pipeline picks it and embeds only that one.
    m_verify->connectFace(m_gallery.get(),
                          [live, identifier](std::optional<QPointF> clicked) -> Result<VerificationProbe> {
                              const FrameGrabber::Frame frame = live->grabber().latestFrame();
                              if (frame.image.empty())
                                  return makeError(ErrorKind::NotFound, tr("There is no camera picture yet."));
                              std::optional<cv::Point2f> point;
                              if (clicked)
                                  point = cv::Point2f(float(clicked->x()), float(clicked->y()));
                              return identifier->verificationProbe(frame.image, point);
                          });
    // The camera runs only while the Verify section is on screen (the preview and the enrollment capture
    // stop theirs when they are hidden, so one device is never opened twice).
    connect(m_window.get(), &MainWindow::sectionChanged, live, [live, currentSource](Section section) {
        if (section == Section::Verify)
            live->start(currentSource());
        else
            live->stop();
    });
}

void AppController::reenroll(qint64 residentId)
{
    if (!m_enroll || isLocked())
        return;
    m_window->showSection(Section::Enroll);
    m_enroll->beginReenrollment(residentId);
}

void AppController::clearScreens()
{
    // Nothing read from the store stays in memory or on screen while it is locked: the camera stops, an
    // enrollment in progress is cancelled (nothing stored) and the gallery is emptied.
    if (m_dashboard)
        m_dashboard->stop(); // its worker may be reading the gallery, which goes below
    if (m_enroll)
        m_enroll->cancelCapture();
    if (m_preview)
        m_preview->camera()->stop();
    for (Section section : { Section::Signage, Section::Settings, Section::Preview, Section::Enroll, Section::Audit,
                             Section::Residents, Section::Verify, Section::Compliance, Section::Dashboard })
        m_window->setSectionWidget(section, new QWidget);
    m_audit.clear();
    m_compliance.clear();
    m_dashboard.clear();
    m_residents.clear();
    m_verify.clear();
    m_signage.clear();
    m_settings.clear();
    m_preview.clear();
    m_enroll.clear();
    if (m_gallery)
        m_gallery->clear();
    m_gallery.reset();
}

void AppController::applyRole()
{
    const Session &session = m_vault->session();
    for (Section section : Sections::all()) {
        const Permission needed = permissionFor(section);
        const bool allowed = AccessControl::allows(session.role, needed);
        m_window->setSectionAllowed(section, allowed,
                                    allowed ? QString() : AccessControl::check(session.role, needed).errorMessage());
    }
    m_window->setSessionText(
        session.viaRecoveryKey ? tr("Opened with the recovery key (%1)").arg(RoleNames::displayName(session.role))
                               : tr("Signed in: %1 (%2)").arg(session.userName, RoleNames::displayName(session.role)));
    // Restoring needs a manager of the backup too (StoreFolder checks); the menu shows it to who may back up.
    m_window->setRestoreAllowed(AccessControl::allows(session.role, Permission::Backup));
}

void AppController::lockNow()
{
    if (!m_window->mayLeave())
        return;
    lock(tr("Locked by %1 at %2.")
             .arg(m_vault ? m_vault->session().userName : QString(),
                  Formats::time(Clock::instance().now().toLocalTime().time())));
}

void AppController::idleTimedOut()
{
    // A renewed recovery key is shown only once: someone copying it by hand is not idle.
    if (const auto *keyDialog = m_window->findChild<RecoveryKeyDialog *>(); keyDialog && keyDialog->isVisible()) {
        m_idle->start();
        return;
    }
    lock(tr("Locked at %1 after %2 minutes without keyboard or mouse use.")
             .arg(Formats::time(Clock::instance().now().toLocalTime().time()))
             .arg(m_idleMinutes));
}

void AppController::lock(const QString &reason)
{
    if (isLocked())
        return;
    const QString lastUser = m_vault->session().viaRecoveryKey ? QString() : m_vault->session().userName;
    m_idle->stop();
    // Dialogs opened from the screens (a password change, a message) would stay above the lock screen.
    for (QDialog *dialog : m_window->findChildren<QDialog *>()) {
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    }
    if (m_dashboard)
        m_dashboard->stop(); // its worker reads the store that is about to close
    m_vault->lock();
    clearScreens();
    m_window->setLocked(true);
    m_lockScreen->showLocked(reason, lastUser);
}

void AppController::unlockedAgain()
{
    m_window->setLocked(false);
    buildScreens(); // the role may differ: another user may have unlocked
    runScheduledPurge();
    m_idle->start();
    m_window->statusBar()->showMessage(tr("Unlocked."), kStatusMessageMs);
}

void AppController::logOut()
{
    if (!m_vault || !m_window->mayLeave())
        return;
    signOutThenLogIn({});
}

void AppController::signOutThenLogIn(const std::function<void()> &meanwhile)
{
    m_idle->stop();
    if (!m_vault->isLocked())
        m_vault->lock();
    clearScreens();
    m_lockScreen->hide();
    m_window->setSessionText(QString());
    // With the window hidden, closing the login dialog would otherwise end the app even on success.
    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    m_window->hide();
    if (meanwhile)
        meanwhile();
    showLogin();
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
}

void AppController::showLogin()
{
    LoginDialog login(m_dataDir);
    if (Prompt::exec(login) != QDialog::Accepted) {
        QCoreApplication::quit();
        return;
    }
    startWith(login.takeVault());
    m_window->show();
}

void AppController::restoreFromBackup()
{
    if (!m_vault || m_vault->isLocked() || !AccessControl::allows(m_vault->session().role, Permission::Backup)
        || !m_window->mayLeave())
        return;
    const QString path = Prompt::openFileName(m_window.get(), tr("Restore from backup"), QDir::homePath(),
                                              tr("Consentry backups (*.cbak)"));
    if (path.isEmpty())
        return;
    const QFileInfo file(path);
    RestoreDialog::Facts facts;
    facts.backupPath = file.absoluteFilePath();
    facts.backupBytes = file.size();
    facts.backupModified = file.lastModified();
    facts.dataDir = m_dataDir;
    if (const Result<ReportService::StoreStatus> status = ReportService(*m_vault).status(); status)
        facts.residentsNow = status->residents;
    facts.userName = m_vault->session().userName;
    RestoreDialog confirm(facts, m_window.get());
    if (Prompt::exec(confirm) != QDialog::Accepted)
        return;

    // Everyone out first: the store's files are swapped under no open session.
    signOutThenLogIn([this, &facts, &confirm] {
        const Result<StoreFolder::Restored> restored
            = StoreFolder::restoreReplacing(facts.backupPath, m_dataDir, confirm.userName(), confirm.password());
        if (!restored) {
            m_lastRestoreMessage
                = tr("The backup was not restored; the store is as it was. %1").arg(restored.errorMessage());
            Prompt::warning(nullptr, tr("Restore from backup"), m_lastRestoreMessage);
            return;
        }
        const Result<ReportService::StoreStatus> status = ReportService(*restored->vault).status();
        m_lastRestoreMessage = StoreFolder::describe(restored.value(), m_dataDir, status ? status->residents : 0,
                                                     Clock::instance().now());
        restored->vault->lock(); // closed here; the login opens it again, for whoever signs in
        Prompt::information(nullptr, tr("Restore from backup"), m_lastRestoreMessage);
    });
}

void AppController::switchLanguage(const QString &code)
{
    if (!Language::isSupported(code) || code == Language::current() || !m_window->mayLeave())
        return;
    Language::install(code);
    Language::setPreferred(code);
    const Section section = m_window->currentSection();
    const int settingsTab = m_settings ? m_settings->tabs()->currentIndex() : -1;
    m_window->retranslate();
    if (isLocked())
        return; // the screens are built in the new language at the next unlock
    // The screens hold their texts: they are built again, exactly as after an unlock, but without asking
    // for a password and without a purge (nothing changed in the store).
    clearScreens();
    if (m_lockScreen) {
        m_lockScreen->hide();
        m_lockScreen->disconnect(this);
        m_lockScreen->deleteLater();
    }
    makeLockScreen();
    buildScreens();
    m_window->showSection(section);
    // The rebuilt section's camera (Verify) starts on this signal; the row itself did not change.
    Q_EMIT m_window->sectionChanged(m_window->currentSection());
    if (m_settings && settingsTab >= 0)
        m_settings->tabs()->setCurrentIndex(settingsTab);
    m_window->statusBar()->showMessage(tr("The console is now in %1.").arg(Language::nativeName(code)),
                                       kStatusMessageMs);
}

void AppController::recordSignage(const QString &layout, const QString &language, const QString &medium)
{
    if (isLocked())
        return;
    QJsonObject details { { QStringLiteral("layout"), layout },
                          { QStringLiteral("language"), language },
                          { QStringLiteral("medium"), medium } };
    // A sign for a registered device records which one (the compliance centre checks every device has one).
    if (const std::optional<qint64> device = m_signage ? m_signage->selectedDeviceId() : std::nullopt)
        details.insert(QStringLiteral("device_id"), *device);
    const Status ok = AuditService(*m_vault).recordSignagePrinted(details);
    if (!ok)
        m_window->statusBar()->showMessage(ok.errorMessage(), kStatusMessageMs);
}

} // namespace consentry::ui
