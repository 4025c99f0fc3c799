#include "settings/SecurityTab.h"

#include "common/StatusLine.h"
#include "common/Theme.h"
#include "services/AccessControl.h"
#include "services/SettingsService.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace consentry::ui {

SecurityTab::SecurityTab(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
{
    setObjectName(QStringLiteral("securityTab"));
    const bool canEdit = AccessControl::allows(vault.session().role, Permission::ChangeSettings);
    auto *readOnly = new QLabel(tr("Only a manager can change this."), this);
    readOnly->setObjectName(QStringLiteral("readOnlyNotice"));
    Theme::setTone(readOnly, Tone::Info, Look::Box);
    readOnly->setVisible(!canEdit);

    m_idle = new QSpinBox(this);
    m_idle->setObjectName(QStringLiteral("idleLockSpin"));
    m_idle->setRange(SettingsService::kMinIdleLockMinutes, SettingsService::kMaxIdleLockMinutes);
    m_idle->setSuffix(tr(" minutes"));
    m_idle->setReadOnly(!canEdit);
    m_idle->setMaximumWidth(m_idle->fontMetrics().horizontalAdvance(QStringLiteral("000 minutes")) * 2);
    if (!canEdit)
        m_idle->setButtonSymbols(QAbstractSpinBox::NoButtons);
    Result<int> minutes = SettingsService(m_vault).idleLockMinutes();
    m_stored = minutes ? minutes.value() : 5;
    m_idle->setValue(m_stored);

    auto *help = new QLabel(tr("After this long without keyboard or mouse use, the console locks itself and "
                               "hides everything until a user types their password. Use File → Lock now when "
                               "you leave the desk."),
                            this);
    help->setWordWrap(true);
    Theme::setTone(help, Tone::Muted);

    // When the liveness check runs: the three modes, with what the resident will see under the list.
    m_liveness = new QComboBox(this);
    m_liveness->setObjectName(QStringLiteral("livenessModeCombo"));
    for (LivenessMode mode : { LivenessMode::Off, LivenessMode::ReviewBand, LivenessMode::Always })
        m_liveness->addItem(LivenessPolicy::displayName(mode), int(mode));
    Result<LivenessMode> liveness = SettingsService(m_vault).livenessMode();
    m_storedLiveness = int(liveness ? liveness.value() : LivenessPolicy::kDefault);
    m_liveness->setCurrentIndex(m_liveness->findData(m_storedLiveness));
    m_liveness->setEnabled(canEdit);
    if (!canEdit)
        m_liveness->setToolTip(tr("Only a manager can change this."));
    m_livenessHelp = new QLabel(this);
    m_livenessHelp->setObjectName(QStringLiteral("livenessHelp"));
    m_livenessHelp->setWordWrap(true);
    Theme::setTone(m_livenessHelp, Tone::Muted);
    auto explain = [this] {
        const LivenessMode mode = LivenessMode(m_liveness->currentData().toInt());
        // Two sentences joined the language's way (no space between Chinese sentences).
        m_livenessHelp->setText(
            tr("%1 %2", "two sentences")
                .arg(LivenessPolicy::explanation(mode),
                     tr("The check stops a photo or a phone screen held up to the camera, moved or turned; it does "
                        "not stop a replayed video, a 3D mask or a determined attacker, so staff still decide.")));
    };
    explain();

    // PIPL art. 45: a person may view and copy their data. By default only a manager exports it; a site where
    // the manager is rarely at the desk can let front-desk staff answer (every export is audited by name).
    m_staffAccess
        = new QCheckBox(tr("Front-desk staff may &answer access requests (view and copy a person's data)"), this);
    m_staffAccess->setObjectName(QStringLiteral("staffAccessRequestsCheck"));
    Result<bool> staffAccess = SettingsService(m_vault).staffAnswersAccessRequests();
    m_storedStaffAccess = staffAccess && staffAccess.value();
    m_staffAccess->setChecked(m_storedStaffAccess);
    m_staffAccess->setEnabled(canEdit);
    if (!canEdit)
        m_staffAccess->setToolTip(tr("Only a manager can change this."));
    auto *staffAccessHelp = new QLabel(tr("When on, staff can export a person's access package from the Residents "
                                          "screen; each export is recorded in the audit log with the staff member's "
                                          "name. When off, only a manager can."),
                                       this);
    staffAccessHelp->setWordWrap(true);
    Theme::setTone(staffAccessHelp, Tone::Muted);
    connect(m_staffAccess, &QCheckBox::toggled, this, &SecurityTab::updateSaveButton);

    m_message = new StatusLine(this);
    m_message->setObjectName(QStringLiteral("securityMessage"));
    if (!minutes)
        m_message->showError(minutes.errorMessage());
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveSecurityButton"));
    m_save->setVisible(canEdit);
    m_save->setEnabled(false);
    connect(m_idle, &QSpinBox::valueChanged, this, &SecurityTab::updateSaveButton);
    connect(m_liveness, &QComboBox::currentIndexChanged, this, [this, explain] {
        explain();
        updateSaveButton();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Lock after:"), m_idle);
    form->addRow(QString(), help);
    // The list and its explanation in one row: a wrapping label alone in a form row leaves a tall gap.
    auto *livenessRow = new QWidget(this);
    auto *livenessColumn = new QVBoxLayout(livenessRow);
    livenessColumn->setContentsMargins(0, 0, 0, 0);
    livenessColumn->addWidget(m_liveness);
    livenessColumn->addWidget(m_livenessHelp);
    auto *livenessLabel = new QLabel(tr("L&iveness check:"), this);
    livenessLabel->setBuddy(m_liveness); // Alt+V lands on the list, not on the row around it
    form->addRow(livenessLabel, livenessRow);
    auto *accessRow = new QWidget(this);
    auto *accessColumn = new QVBoxLayout(accessRow);
    accessColumn->setContentsMargins(0, 0, 0, 0);
    accessColumn->addWidget(m_staffAccess);
    accessColumn->addWidget(staffAccessHelp);
    form->addRow(tr("Access requests:"), accessRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(readOnly);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addLayout(buttons);
}

void SecurityTab::updateSaveButton()
{
    m_save->setEnabled(m_idle->value() != m_stored || m_liveness->currentData().toInt() != m_storedLiveness
                       || m_staffAccess->isChecked() != m_storedStaffAccess);
    m_message->clearMessage();
}

QString SecurityTab::messageText() const
{
    return m_message->text();
}

Status SecurityTab::save()
{
    // Each changed setting is saved (and audited) on its own; an unchanged one is not rewritten.
    auto failed = [this](const Status &status) {
        m_message->showError(status.errorMessage());
        return status;
    };
    const int minutes = m_idle->value();
    if (minutes != m_stored) {
        if (Status ok = SettingsService(m_vault).setIdleLockMinutes(minutes); !ok)
            return failed(ok);
        m_stored = minutes;
        Q_EMIT idleLockMinutesChanged(minutes);
    }
    const int liveness = m_liveness->currentData().toInt();
    if (liveness != m_storedLiveness) {
        if (Status ok = SettingsService(m_vault).setLivenessMode(LivenessMode(liveness)); !ok)
            return failed(ok);
        m_storedLiveness = liveness;
    }
    if (m_staffAccess->isChecked() != m_storedStaffAccess) {
        if (Status ok = SettingsService(m_vault).setStaffAnswersAccessRequests(m_staffAccess->isChecked()); !ok)
            return failed(ok);
        m_storedStaffAccess = m_staffAccess->isChecked();
    }
    m_save->setEnabled(false);
    m_message->showSuccess(tr("Saved."));
    return {};
}

} // namespace consentry::ui
