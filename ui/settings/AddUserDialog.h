#pragma once

#include "domain/Role.h"
#include "storage/SecureBytes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace consentry::ui {

class StatusLine;

class NewPasswordFields;

// A new account: name, role (what each role may do is said beside the choice) and its first password.
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddUserDialog(QWidget *parent = nullptr);

    QString userName() const;
    Role role() const;
    SecureBytes password() const;

private:
    void updateState();

    QLineEdit *m_name;
    QComboBox *m_role;
    QLabel *m_roleHelp;
    NewPasswordFields *m_password;
    StatusLine *m_message;
    QPushButton *m_ok;
};

} // namespace consentry::ui
