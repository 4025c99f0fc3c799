#pragma once

#include "Result.h"
#include "main/Section.h"
#include "services/AccessControl.h"

#include <QLabel>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace consentry {
class ChangeSet;
class FacePipeline;
class InstanceLock;
class GalleryService;
struct PipelineOptions;
class Vault;
} // namespace consentry

namespace consentry::ui {

struct SourceChoice;
class AuditPage;
class CompliancePage;
class DashboardPage;
class EnrollmentWizard;
class IdleWatcher;
class LockScreen;
class MainWindow;
class PreviewPage;
class ResidentsPage;
class VerifyPage;
class SettingsPage;
class SignageEditor;

// Owns the store for the life of the app and builds the screens around it: first-run setup or login,
// then the main window with the screens the signed-in role may use, idle lock and the lock screen,
// Lock now and Log out, and recording in the audit log what happens outside the store (signage
// printed). Keeps the gallery in memory and the screens it owns in step with the store's ChangeFeed.
// Keeps MainWindow a plain frame.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(const QString &dataDir, QObject *parent = nullptr);
    ~AppController() override;

    // Setup wizard (empty folder) or login dialog, then the screens. False when the user quit instead, or
    // when another console already has the data folder open (said in a message box first).
    bool start();
    // One console per data folder (start() calls it first; tests call it to be the "other" console).
    Status claimDataFolder();
    // The screens around an unlocked store (the login and setup dialogs end here; also the test hook).
    void startWith(std::unique_ptr<Vault> vault);

    MainWindow *window() const { return m_window.get(); }
    Vault *vault() const { return m_vault.get(); }
    IdleWatcher *idleWatcher() const { return m_idle; }
    LockScreen *lockScreen() const;
    SettingsPage *settingsPage() const;
    SignageEditor *signageEditor() const;
    AuditPage *auditPage() const; // null when the role may not read the audit log
    CompliancePage *compliancePage() const; // null when the role may not view reports
    DashboardPage *dashboardPage() const; // null when the role may not view reports
    // Null when the role may not view residents. Its reenrollRequested(id) is for the enrollment wizard.
    ResidentsPage *residentsPage() const;
    // Null when the role may not verify. Its face path waits for connectFace() (camera + gallery).
    VerifyPage *verifyPage() const;
    PreviewPage *previewPage() const;
    EnrollmentWizard *enrollmentWizard() const;
    // The active engine's gallery in memory (null while locked or for a role that may not use it).
    GalleryService *gallery() const { return m_gallery.get(); }
    // A video file or image folder instead of a camera (`consentry --source PATH`); before start().
    // A path that does not exist is kept (the camera view says so) and named in the status bar after start.
    void setFrameSource(const QString &path) { m_frameSource = path; }
    // The sentence about a --source that does not exist; empty when it does (or none was given).
    QString frameSourceProblem() const;
    bool isLocked() const;
    // What the last restore from the console said (StoreFolder::describe, or why it failed); empty before.
    QString lastRestoreMessage() const { return m_lastRestoreMessage; }

    // What a section needs from the signed-in role.
    static Permission permissionFor(Section section);

public Q_SLOTS:
    void lockNow();
    void logOut();
    // Re-enrollment of an existing resident (Residents: "Re-enroll", the work list): the enrollment wizard in
    // its re-enrollment mode, on the Enroll section.
    void reenroll(qint64 residentId);
    // Installs `code`'s translations and default locale, remembers the choice, and rebuilds the screens in
    // it: the store stays unlocked, the same user signed in, the same section (and settings tab) shown.
    void switchLanguage(const QString &code);
    // File → Restore from backup… (manager): choose a backup, confirm what it replaces with a manager's
    // password in it (RestoreDialog), sign everyone out, StoreFolder::restoreReplacing — the core call of
    // `consentry-cli restore --replace`: deletions made after the backup are re-applied, the replaced store is
    // kept until it succeeded — then say what was re-applied and open the login again.
    void restoreFromBackup();

private:
    void lock(const QString &reason);
    // Everyone out (the store closed, the screens gone, the window hidden), then `meanwhile` (a restore, say),
    // then the login dialog for whoever signs in next.
    void signOutThenLogIn(const std::function<void()> &meanwhile);
    void makeLockScreen();
    void buildScreens();
    void buildCameraScreens();
    void runScheduledPurge();
    void connectVerifyCamera(const PipelineOptions &options, std::shared_ptr<FacePipeline> identifier,
                             const std::function<SourceChoice()> &currentSource);
    void clearScreens();
    void applyRole();
    void unlockedAgain();
    void showLogin(); // the window hidden, the login dialog; quits when it is closed without signing in
    void idleTimedOut();
    void recordSignage(const QString &layout, const QString &language, const QString &medium);
    void storeChanged(const ChangeSet &changes);
    void templatesChanged(const QList<qint64> &residentIds);
    void showFix(int fix);
    void showDevices(); // a compliance row's fix on another screen (ComplianceItem::Fix)

    QString m_dataDir;
    std::unique_ptr<InstanceLock> m_instanceLock;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<MainWindow> m_window;
    IdleWatcher *m_idle = nullptr;
    QTimer *m_purgeTimer = nullptr;
    QPointer<LockScreen> m_lockScreen;
    QPointer<SettingsPage> m_settings;
    QPointer<SignageEditor> m_signage;
    QPointer<AuditPage> m_audit;
    QPointer<CompliancePage> m_compliance;
    QPointer<DashboardPage> m_dashboard;
    QPointer<ResidentsPage> m_residents;
    QPointer<VerifyPage> m_verify;
    QPointer<PreviewPage> m_preview;
    QPointer<EnrollmentWizard> m_enroll;
    std::shared_ptr<GalleryService> m_gallery;
    QPointer<QLabel> m_engineStatus;
    QString m_frameSource;
    int m_idleMinutes = 5;
    QString m_lastRestoreMessage;
};

} // namespace consentry::ui
