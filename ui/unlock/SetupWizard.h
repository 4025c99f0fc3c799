#pragma once

#include "common/BackgroundTask.h"
#include "domain/SiteProfile.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace consentry {
class Vault;
}

namespace consentry::ui {

class StatusLine;

class NewPasswordFields;
class RecoveryKeyPanel;
class SiteProfileForm;

// First run, when the data folder holds no store: the site's details, the manager's account, then the
// encrypted store is made (off the GUI thread: Argon2id takes about a second) and the recovery key is
// shown once. Finish stays disabled until the manager confirms the key is stored safely; once the store
// exists the wizard cannot be closed without that confirmation.
class SetupWizard : public QDialog
{
    Q_OBJECT

public:
    enum class Step { Site, Manager, Creating, RecoveryKey };

    explicit SetupWizard(const QString &dataDir, QWidget *parent = nullptr);
    ~SetupWizard() override; // out of line: Vault is incomplete here

    Step step() const;
    // The unlocked store after Finish (the caller owns it); null before.
    std::unique_ptr<Vault> takeVault();
    QString recoveryKey() const { return m_recoveryKey; } // for the tests; empty until created

public Q_SLOTS:
    void reject() override;

private:
    QWidget *buildSitePage();
    QWidget *buildManagerPage();
    QWidget *buildCreatingPage();
    void goTo(Step step);
    void updateButtons();
    void next();
    void back();
    void create();
    void created(const QString &recoveryKey);
    void creationFailed(const QString &message);

    QString m_dataDir;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_stepLabel = nullptr;
    SiteProfileForm *m_siteForm = nullptr;
    StatusLine *m_siteMessage = nullptr;
    QLineEdit *m_managerName = nullptr;
    NewPasswordFields *m_password = nullptr;
    StatusLine *m_managerMessage = nullptr;
    QWidget *m_recoveryPage = nullptr;
    RecoveryKeyPanel *m_recoveryPanel = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_finishButton = nullptr;
    BackgroundTask m_task; // making the store; waited for if the wizard goes first
    std::unique_ptr<Vault> m_vault;
    QString m_recoveryKey;
};

} // namespace consentry::ui
