#include "settings/PasswordDialog.h"

#include "common/NewPasswordFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace consentry::ui {

PasswordDialog::PasswordDialog(Kind kind, const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_fields(new NewPasswordFields(this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(kind == Kind::Own ? tr("Change my password") : tr("Set a new password for %1").arg(userName));
    auto *intro
        = new QLabel(kind == Kind::Own ? tr("Type your current password, then the new one twice.")
                                       : tr("Set a new password for \"%1\" and tell them in person. Their old password "
                                            "stops working at once.")
                                             .arg(userName),
                     this);
    intro->setWordWrap(true);
    if (kind == Kind::Own) {
        m_current = new QLineEdit(this);
        m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
        m_current->setEchoMode(QLineEdit::Password);
        m_fields->form()->insertRow(0, tr("&Current password:"), m_current);
        connect(m_current, &QLineEdit::textChanged, this, &PasswordDialog::updateState);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Change password"));
    m_ok->setObjectName(QStringLiteral("passwordOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fields, &NewPasswordFields::changed, this, &PasswordDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    updateState();
}

SecureBytes PasswordDialog::currentPassword() const
{
    return m_current ? SecureBytes::fromUtf8(m_current->text()) : SecureBytes();
}

SecureBytes PasswordDialog::newPassword() const
{
    return m_fields->password();
}

void PasswordDialog::updateState()
{
    m_ok->setEnabled(m_fields->isAcceptable() && (!m_current || !m_current->text().isEmpty()));
}

} // namespace consentry::ui
