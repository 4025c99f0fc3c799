#include "common/NewPasswordFields.h"

#include "common/StatusLine.h"
#include "vault/AccountRules.h"
#include "vault/Vault.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace consentry::ui {

NewPasswordFields::NewPasswordFields(QWidget *parent)
    : QWidget(parent)
    , m_first(new QLineEdit(this))
    , m_second(new QLineEdit(this))
    , m_message(new StatusLine(this))
    , m_form(nullptr)
{
    m_first->setObjectName(QStringLiteral("newPasswordEdit"));
    m_second->setObjectName(QStringLiteral("repeatPasswordEdit"));
    for (QLineEdit *edit : { m_first, m_second }) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateMessage();
            Q_EMIT changed();
        });
    }
    m_first->setPlaceholderText(tr("At least %1 characters").arg(AccountRules::kMinPasswordLength));
    m_message->setObjectName(QStringLiteral("passwordMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("New &password:"), m_first);
    m_form->addRow(tr("&Repeat it:"), m_second);
    m_form->addRow(QString(), m_message);
    updateMessage();
}

QString NewPasswordFields::problem() const
{
    if (m_first->text().isEmpty())
        return tr("Choose a password of at least %1 characters.").arg(AccountRules::kMinPasswordLength);
    if (Status ok = AccountRules::checkNewPassword(password()); !ok)
        return ok.errorMessage();
    if (m_second->text() != m_first->text())
        return m_second->text().isEmpty() ? tr("Type the password again to confirm it.")
                                          : tr("The two passwords are not the same.");
    return QString();
}

bool NewPasswordFields::isAcceptable() const
{
    return problem().isEmpty();
}

SecureBytes NewPasswordFields::password() const
{
    return SecureBytes::fromUtf8(m_first->text());
}

void NewPasswordFields::clear()
{
    m_first->clear();
    m_second->clear();
}

void NewPasswordFields::updateMessage()
{
    const QString text = problem();
    if (text.isEmpty()) {
        m_message->showSuccess(tr("The passwords match."));
    } else {
        // The first hint is guidance, not an error: grey until the user has typed something.
        m_message->showMessage(text, m_first->text().isEmpty() ? Tone::Muted : Tone::Error);
    }
}

} // namespace consentry::ui
