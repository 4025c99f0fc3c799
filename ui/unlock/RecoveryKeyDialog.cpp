#include "unlock/RecoveryKeyDialog.h"

#include "common/Theme.h"
#include "unlock/RecoveryKeyPanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace consentry::ui {

RecoveryKeyDialog::RecoveryKeyDialog(const QString &recoveryKey, const QString &siteName, const QString &dataDir,
                                     QWidget *parent)
    : QDialog(parent)
    , m_panel(new RecoveryKeyPanel(recoveryKey, siteName, dataDir, this))
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowTitle(tr("New recovery key"));
    auto *note = new QLabel(tr("The old recovery key no longer works. Destroy every copy of it."), this);
    note->setWordWrap(true);
    Theme::setTone(note, Tone::Warning);
    Theme::setTextStyle(note, TextStyle::Strong);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeKeyButton"));
    close->setEnabled(false);
    connect(m_panel, &RecoveryKeyPanel::storedChanged, close, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecoveryKeyDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    resize(640, 460);
}

void RecoveryKeyDialog::reject()
{
    if (m_panel->isStored())
        QDialog::reject(); // the only way out: the key is shown once
}

} // namespace consentry::ui
