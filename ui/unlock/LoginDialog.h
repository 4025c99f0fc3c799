#pragma once

#include "common/BackgroundTask.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace consentry {
class Vault;
}

namespace consentry::ui {

class LockoutCountdown;
class StatusLine;

// Opens an existing store: pick the user, type the password; or use the recovery key instead. A wrong
// password or a lockout is said inline with the core's own sentence and the password field is cleared;
// nothing else changes. A folder that holds only part of a store gets a page saying what is missing and
// what to do, instead of a login that cannot work. The key derivation runs off the GUI thread.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Password, RecoveryKey, Problem };

    explicit LoginDialog(const QString &dataDir, QWidget *parent = nullptr);
    ~LoginDialog() override; // out of line: Vault is incomplete here

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    bool isBusy() const { return m_task.isRunning(); }
    QString errorText() const;
    // The unlocked store after the dialog was accepted (the caller owns it); null before.
    std::unique_ptr<Vault> takeVault();

public Q_SLOTS:
    void unlock();

private:
    QWidget *buildPasswordPage();
    QWidget *buildRecoveryPage();
    QWidget *buildProblemPage();
    void inspectFolder();
    void setBusy(bool busy);
    void showError(const QString &message);
    void updateButtons();

    QString m_dataDir;
    Mode m_mode = Mode::Password;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_recoveryKey = nullptr;
    QLabel *m_problem = nullptr;
    StatusLine *m_error = nullptr;
    LockoutCountdown *m_countdown = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_switchMode = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QPushButton *m_quitButton = nullptr;
    BackgroundTask m_task; // the key derivation; waited for if the dialog goes first
    std::unique_ptr<Vault> m_vault;
};

} // namespace consentry::ui
