#pragma once

#include "storage/SecureBytes.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace consentry::ui {

class NewPasswordFields;

// A new password for one account: one's own (the current password is asked too), or someone else's,
// set by a manager (no current password; the user should change it at their next login).
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Own, Reset };
    PasswordDialog(Kind kind, const QString &userName, QWidget *parent = nullptr);

    SecureBytes currentPassword() const;
    SecureBytes newPassword() const;

private:
    void updateState();

    Kind m_kind;
    QLineEdit *m_current = nullptr;
    NewPasswordFields *m_fields;
    QPushButton *m_ok;
};

} // namespace consentry::ui
