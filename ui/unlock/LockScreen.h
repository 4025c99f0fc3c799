#pragma once

#include "common/BackgroundTask.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace consentry {
class Vault;
}

namespace consentry::ui {

class StatusLine;

// Covers the whole main window (menus included) while the store is locked, so nothing of what was on
// screen stays visible, and unlocks it again with the same or another user's password (Unlocker::unlock on a
// worker, Vault::adopt here).
// The vault must already be locked when it is shown.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    LockScreen(Vault &vault, QWidget *window);

    // `reason`: one sentence, e.g. "Locked after 5 minutes without activity."
    void showLocked(const QString &reason, const QString &lastUser);
    QString errorText() const;

public Q_SLOTS:
    void unlock();

Q_SIGNALS:
    void unlocked();
    void quitRequested();
    void logoutRequested(); // to the login window, where the recovery key can be used

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void fitToWindow();
    void setBusy(bool busy);

    Vault &m_vault;
    QLabel *m_reason = nullptr;
    QComboBox *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    StatusLine *m_error = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_unlockButton = nullptr;
    BackgroundTask m_task; // the key derivation; waited for if the screen goes first
};

} // namespace consentry::ui
