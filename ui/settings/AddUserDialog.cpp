#include "settings/AddUserDialog.h"

#include "common/NewPasswordFields.h"
#include "common/StatusLine.h"
#include "vault/AccountRules.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace consentry::ui {

AddUserDialog::AddUserDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_roleHelp(new QLabel(this))
    , m_password(new NewPasswordFields(this))
    , m_message(new StatusLine(this))
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add a user"));
    m_name->setObjectName(QStringLiteral("userNameEdit"));
    m_name->setMaxLength(AccountRules::kMaxUserNameLength);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (Role role : { Role::Staff, Role::Auditor, Role::Manager })
        m_role->addItem(RoleNames::displayName(role), RoleNames::key(role));
    m_roleHelp->setObjectName(QStringLiteral("roleHelp"));
    m_roleHelp->setWordWrap(true);
    Theme::setTone(m_roleHelp, Tone::Muted);
    m_password->form()->insertRow(0, tr("&User name:"), m_name);
    m_password->form()->insertRow(1, tr("R&ole:"), m_role);
    m_password->form()->insertRow(2, QString(), m_roleHelp);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Add user"));
    m_ok->setObjectName(QStringLiteral("addUserOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddUserDialog::updateState);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AddUserDialog::updateState);
    connect(m_password, &NewPasswordFields::changed, this, &AddUserDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_password);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updateState();
}

QString AddUserDialog::userName() const
{
    return m_name->text();
}

Role AddUserDialog::role() const
{
    return RoleNames::fromKey(m_role->currentData().toString()).value_or(Role::Staff);
}

SecureBytes AddUserDialog::password() const
{
    return m_password->password();
}

void AddUserDialog::updateState()
{
    switch (role()) {
    case Role::Manager: m_roleHelp->setText(tr("May do everything, including managing users and settings.")); break;
    case Role::Staff:
        m_roleHelp->setText(tr("May enroll residents, record consent and its withdrawal, verify faces and print "
                               "signage."));
        break;
    case Role::Auditor: m_roleHelp->setText(tr("May only read the audit log and reports.")); break;
    }
    const Status name = AccountRules::checkUserName(m_name->text());
    m_message->showError(m_name->text().isEmpty() || name.ok() ? QString() : name.errorMessage());
    m_ok->setEnabled(name.ok() && m_password->isAcceptable());
}

} // namespace consentry::ui
