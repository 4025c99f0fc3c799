#pragma once

#include "Result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace consentry {
class Vault;
}

namespace consentry::ui {

class StatusLine;

// Settings → Security: how many minutes without keyboard or mouse use lock the console (manager).
class SecurityTab : public QWidget
{
    Q_OBJECT

public:
    explicit SecurityTab(Vault &vault, QWidget *parent = nullptr);

    QSpinBox *idleSpin() const { return m_idle; }
    QString messageText() const;

public Q_SLOTS:
    Status save();

Q_SIGNALS:
    void idleLockMinutesChanged(int minutes);

private:
    Vault &m_vault;
    QSpinBox *m_idle = nullptr;
    StatusLine *m_message = nullptr;
    QPushButton *m_save = nullptr;
    int m_stored = 0;
};

} // namespace consentry::ui
