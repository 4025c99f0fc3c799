#pragma once

#include <QDialog>

namespace consentry::ui {

class RecoveryKeyPanel;

// Shows a freshly renewed recovery key once; it closes only after "stored safely" is ticked.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(const QString &recoveryKey, const QString &siteName, const QString &dataDir,
                      QWidget *parent = nullptr);
    RecoveryKeyPanel *panel() const { return m_panel; }

public Q_SLOTS:
    void reject() override;

private:
    RecoveryKeyPanel *m_panel;
};

} // namespace consentry::ui
