#include "settings/SecurityTab.h"

#include "services/AccessControl.h"
#include "services/SettingsService.h"
#include "vault/Vault.h"

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
    readOnly->setStyleSheet(
        QStringLiteral("QLabel { background: #eef3f8; color: #1f3b57; border: 1px solid #c5d5e5; padding: 6px; }"));
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
    help->setStyleSheet(QStringLiteral("color: #555;"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("securityMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    if (!minutes)
        m_message->setText(minutes.errorMessage());
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveSecurityButton"));
    m_save->setVisible(canEdit);
    m_save->setEnabled(false);
    connect(m_idle, &QSpinBox::valueChanged, this, [this](int value) {
        m_save->setEnabled(value != m_stored);
        m_message->clear();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Lock after:"), m_idle);
    form->addRow(QString(), help);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(readOnly);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addLayout(buttons);
}

QString SecurityTab::messageText() const
{
    return m_message->text();
}

Status SecurityTab::save()
{
    const int minutes = m_idle->value();
    Status ok = SettingsService(m_vault).setIdleLockMinutes(minutes);
    if (!ok) {
        m_message->setStyleSheet(QStringLiteral("color: #a61b1b;"));
        m_message->setText(ok.errorMessage());
        return ok;
    }
    m_stored = minutes;
    m_save->setEnabled(false);
    m_message->setStyleSheet(QStringLiteral("color: #1b6e2a;"));
    m_message->setText(tr("Saved."));
    Q_EMIT idleLockMinutesChanged(minutes);
    return {};
}

} // namespace consentry::ui
