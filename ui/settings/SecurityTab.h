#pragma once

#include "Result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace consentry {
class Vault;
}

namespace consentry::ui {

class StatusLine;

// Settings → Security: how many minutes without keyboard or mouse use lock the console, and when the
// liveness check (活体检测) runs (manager).
class SecurityTab : public QWidget
{
    Q_OBJECT

public:
    explicit SecurityTab(Vault &vault, QWidget *parent = nullptr);

    QSpinBox *idleSpin() const { return m_idle; }
    QComboBox *livenessCombo() const { return m_liveness; }
    QCheckBox *staffAccessRequestsCheck() const { return m_staffAccess; }
    QString messageText() const;

public Q_SLOTS:
    Status save();

Q_SIGNALS:
    void idleLockMinutesChanged(int minutes);

private:
    Vault &m_vault;
    void updateSaveButton();

    QSpinBox *m_idle = nullptr;
    QComboBox *m_liveness = nullptr;
    QLabel *m_livenessHelp = nullptr;
    StatusLine *m_message = nullptr;
    QPushButton *m_save = nullptr;
    int m_stored = 0;
    int m_storedLiveness = 0; // LivenessMode
    QCheckBox *m_staffAccess = nullptr;
    bool m_storedStaffAccess = false;
};

} // namespace consentry::ui
