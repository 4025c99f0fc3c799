#pragma once

#include "Result.h"
#include "domain/Role.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace consentry {
class SecureBytes;
class Vault;
} // namespace consentry

namespace consentry::ui {

class StatusLine;

class UsersModel;

// Settings → Users & roles. A manager sees every account and adds, removes and resets them, and renews
// the recovery key; everyone may change their own password. Every action goes to UserService, which
// checks the role again; a refusal's sentence is shown under the table.
class UsersTab : public QWidget
{
    Q_OBJECT

public:
    explicit UsersTab(Vault &vault, QWidget *parent = nullptr);

    UsersModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString messageText() const;
    QString selectedUser() const;

    // The work behind the buttons, without dialogs (also the test hooks). Each shows its outcome.
    Status addUser(const QString &name, Role role, const SecureBytes &password);
    Status removeUser(const QString &name);
    Status resetPassword(const QString &name, const SecureBytes &password);
    Status changeOwnPassword(const SecureBytes &current, const SecureBytes &password);
    Result<QString> renewRecoveryKey();

public Q_SLOTS:
    void addUserWithDialog();
    void removeSelectedWithDialog();
    void resetSelectedWithDialog();
    void changeOwnPasswordWithDialog();
    void renewRecoveryKeyWithDialog();

private:
    void report(const Status &status, const QString &success);
    void reload(); // the accounts again, keeping the selected one selected
    void updateButtons();

    Vault &m_vault;
    bool m_isManager = false;
    UsersModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    StatusLine *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_renew = nullptr;
    QPushButton *m_own = nullptr;
};

} // namespace consentry::ui
