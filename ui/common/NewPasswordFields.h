#pragma once

#include "storage/SecureBytes.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace consentry::ui {

class StatusLine;

// A new password typed twice, with the core's rule (AccountRules::checkNewPassword) and whether the two match
// shown inline as the user types. Used by setup, adding a user and changing a password.
class NewPasswordFields : public QWidget
{
    Q_OBJECT

public:
    explicit NewPasswordFields(QWidget *parent = nullptr);

    bool isAcceptable() const; // passes the core's rule and both fields match
    SecureBytes password() const;
    QString problem() const; // what is wrong now, translated; empty when acceptable
    void clear();
    QLineEdit *firstEdit() const { return m_first; }
    QLineEdit *secondEdit() const { return m_second; }
    // The form the two fields sit in, so a caller can add rows (a user name, a role) aligned with them.
    QFormLayout *form() const { return m_form; }

Q_SIGNALS:
    void changed();

private:
    void updateMessage();

    QLineEdit *m_first;
    QLineEdit *m_second;
    StatusLine *m_message;
    QFormLayout *m_form;
};

} // namespace consentry::ui
