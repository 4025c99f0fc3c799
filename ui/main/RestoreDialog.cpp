#include "main/RestoreDialog.h"

#include "platform/Formats.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace consentry::ui {

RestoreDialog::RestoreDialog(const Facts &facts, QWidget *parent)
    : QDialog(parent)
    , m_user(new QLineEdit(facts.userName, this))
    , m_password(new QLineEdit(this))
    , m_understood(new QCheckBox(this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from backup"));
    auto *what = new QLabel(this);
    what->setObjectName(QStringLiteral("restoreSummary"));
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    const QString file = facts.backupModified.isValid()
        ? tr("%1 (%2, saved %3)")
              .arg(QDir::toNativeSeparators(facts.backupPath), QLocale().formattedDataSize(facts.backupBytes),
                   Formats::dateTime(facts.backupModified))
        : QDir::toNativeSeparators(facts.backupPath);
    what->setText(
        tr("The store in %1, with its %n resident(s) as they are now, will be replaced by the state saved in the "
           "backup %2.",
           nullptr, static_cast<int>(facts.residentsNow))
            .arg(QDir::toNativeSeparators(facts.dataDir), file)
        + QLatin1String("\n\n")
        + tr("Everything recorded after the backup is lost, except deletions: every withdrawal, deletion and "
             "purge made after it is applied again before the store opens, so no face data comes back. The "
             "current store is kept until the restore has succeeded; if it fails, nothing changes.")
        + QLatin1String("\n\n") + tr("Everyone is signed out; sign in again afterwards."));

    m_user->setObjectName(QStringLiteral("restoreUserEdit"));
    m_password->setObjectName(QStringLiteral("restorePasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Manager in the backup:"), m_user);
    form->addRow(tr("Their &password in the backup:"), m_password);
    m_understood->setObjectName(QStringLiteral("restoreUnderstoodCheck"));
    m_understood->setText(tr("I understand that the store in use is &replaced by the backup."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Restore and &replace"));
    m_ok->setObjectName(QStringLiteral("restoreOkButton"));
    // Cancel is the default: a slip of the Enter key replaces nothing.
    m_ok->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &RestoreDialog::updateState);
    connect(m_password, &QLineEdit::textChanged, this, &RestoreDialog::updateState);
    connect(m_understood, &QCheckBox::toggled, this, &RestoreDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_understood);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    updateState();
    m_password->setFocus();
}

QString RestoreDialog::userName() const
{
    return m_user->text().trimmed();
}

SecureBytes RestoreDialog::password() const
{
    return SecureBytes::fromUtf8(m_password->text());
}

void RestoreDialog::updateState()
{
    m_ok->setEnabled(!userName().isEmpty() && !m_password->text().isEmpty() && m_understood->isChecked());
}

} // namespace consentry::ui
