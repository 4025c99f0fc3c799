#include "settings/UsersTab.h"

#include "common/Prompt.h"
#include "common/StatusLine.h"
#include "services/AccessControl.h"
#include "services/ChangeFeed.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "settings/AddUserDialog.h"
#include "settings/PasswordDialog.h"
#include "settings/UsersModel.h"
#include "unlock/RecoveryKeyDialog.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace consentry::ui {

namespace {
// Argon2id runs for about a second while a keyslot is (re)wrapped: say so with the cursor.
struct BusyCursor {
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};
} // namespace

UsersTab::UsersTab(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_isManager(AccessControl::allows(vault.session().role, Permission::ManageUsers))
{
    setObjectName(QStringLiteral("usersTab"));
    const Session &session = vault.session();
    auto *who
        = new QLabel(session.viaRecoveryKey
                         ? tr("You opened the store with the recovery key. Select the user who forgot "
                              "their password and choose \"Set new password…\".")
                         : tr("Signed in as %1 (%2).").arg(session.userName, RoleNames::displayName(session.role)),
                     this);
    who->setObjectName(QStringLiteral("sessionLabel"));
    who->setWordWrap(true);
    if (session.viaRecoveryKey) {
        Theme::setTone(who, Tone::Warning);
        Theme::setTextStyle(who, TextStyle::Strong);
    }

    auto *notManager = new QLabel(tr("Only a manager can see and change user accounts."), this);
    notManager->setObjectName(QStringLiteral("readOnlyNotice"));
    Theme::setTone(notManager, Tone::Info, Look::Box);
    notManager->setVisible(!m_isManager);

    m_model = new UsersModel(vault, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setAccessibleName(tr("User accounts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(UsersModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(80);
    m_view->setAlternatingRowColors(true);
    m_view->setVisible(m_isManager);

    m_add = new QPushButton(tr("&Add user…"), this);
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_remove = new QPushButton(tr("Re&move…"), this);
    m_remove->setObjectName(QStringLiteral("removeUserButton"));
    m_reset = new QPushButton(tr("Set &new password…"), this);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_renew = new QPushButton(tr("New recovery &key…"), this);
    m_renew->setObjectName(QStringLiteral("renewKeyButton"));
    m_own = new QPushButton(tr("&Change my password…"), this);
    m_own->setObjectName(QStringLiteral("changeOwnPasswordButton"));
    for (QPushButton *button : { m_add, m_remove, m_reset, m_renew })
        button->setVisible(m_isManager);
    m_own->setVisible(!session.viaRecoveryKey); // the recovery key has no password of its own
    connect(m_add, &QPushButton::clicked, this, &UsersTab::addUserWithDialog);
    connect(m_remove, &QPushButton::clicked, this, &UsersTab::removeSelectedWithDialog);
    connect(m_reset, &QPushButton::clicked, this, &UsersTab::resetSelectedWithDialog);
    connect(m_renew, &QPushButton::clicked, this, &UsersTab::renewRecoveryKeyWithDialog);
    connect(m_own, &QPushButton::clicked, this, &UsersTab::changeOwnPasswordWithDialog);

    m_message = new StatusLine(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    buttons->addWidget(m_renew);
    // A manager's own password comes last; for other roles it is the only thing here, so it comes first.
    if (m_isManager)
        buttons->addWidget(m_own);
    else
        buttons->insertWidget(0, m_own);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(notManager);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    if (!m_isManager)
        layout->addStretch(1);

    if (m_isManager) {
        reload();
        // Accounts change from this tab, the recovery-key path and the lock screen: the feed says when.
        connect(&m_vault.changes(), &ChangeFeed::usersChanged, this, &UsersTab::reload);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersTab::updateButtons);
    updateButtons();
}

QString UsersTab::messageText() const
{
    return m_message->text();
}

QString UsersTab::selectedUser() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->user(rows.first().row()).name;
}

void UsersTab::reload()
{
    const QString selected = selectedUser();
    if (Status ok = m_model->refresh(); !ok) {
        report(ok, QString());
        return;
    }
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_view->selectRow(row);
}

void UsersTab::updateButtons()
{
    const QString selected = selectedUser();
    m_remove->setEnabled(!selected.isEmpty() && selected != m_vault.session().userName);
    m_reset->setEnabled(!selected.isEmpty() && selected != m_vault.session().userName);
}

void UsersTab::report(const Status &status, const QString &success)
{
    m_message->showResult(status, success);
}

Status UsersTab::addUser(const QString &name, Role role, const SecureBytes &password)
{
    Status ok;
    {
        BusyCursor busy;
        ok = UserService(m_vault).add(name, role, password);
    }
    report(ok, tr("Added %1 as %2.").arg(name, RoleNames::displayName(role)));
    return ok;
}

Status UsersTab::removeUser(const QString &name)
{
    const Status ok = UserService(m_vault).remove(name);
    report(ok,
           tr("Removed %1. Their password no longer opens the store; what they did stays in the audit log.").arg(name));
    return ok;
}

Status UsersTab::resetPassword(const QString &name, const SecureBytes &password)
{
    Status ok;
    {
        BusyCursor busy;
        ok = UserService(m_vault).changePassword(name, SecureBytes(), password);
    }
    report(ok, tr("%1 has a new password. Tell them in person.").arg(name));
    return ok;
}

Status UsersTab::changeOwnPassword(const SecureBytes &current, const SecureBytes &password)
{
    Status ok;
    {
        BusyCursor busy;
        ok = UserService(m_vault).changePassword(m_vault.session().userName, current, password);
    }
    report(ok, tr("Your password was changed."));
    return ok;
}

Result<QString> UsersTab::renewRecoveryKey()
{
    Result<QString> key = [this] {
        BusyCursor busy;
        return UserService(m_vault).renewRecoveryKey();
    }();
    report(key ? Status() : Status(key.error()), tr("A new recovery key was made; the old one no longer works."));
    return key;
}

void UsersTab::addUserWithDialog()
{
    AddUserDialog dialog(this);
    if (Prompt::exec(dialog) == QDialog::Accepted)
        (void)addUser(dialog.userName(), dialog.role(), dialog.password());
}

void UsersTab::removeSelectedWithDialog()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    if (Prompt::confirm(this, tr("Remove user"),
                        tr("Remove the account \"%1\"? Their password stops opening the store at once.").arg(name)))
        (void)removeUser(name);
}

void UsersTab::resetSelectedWithDialog()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    PasswordDialog dialog(PasswordDialog::Kind::Reset, name, this);
    if (Prompt::exec(dialog) == QDialog::Accepted)
        (void)resetPassword(name, dialog.newPassword());
}

void UsersTab::changeOwnPasswordWithDialog()
{
    PasswordDialog dialog(PasswordDialog::Kind::Own, m_vault.session().userName, this);
    if (Prompt::exec(dialog) == QDialog::Accepted)
        (void)changeOwnPassword(dialog.currentPassword(), dialog.newPassword());
}

void UsersTab::renewRecoveryKeyWithDialog()
{
    if (!Prompt::confirm(
            this, tr("New recovery key"),
            tr("Make a new recovery key? The old key stops working at once, and the new one is shown only once.")))
        return;
    Result<QString> key = renewRecoveryKey();
    if (!key)
        return;
    Result<SiteProfile> profile = SettingsService(m_vault).siteProfile();
    RecoveryKeyDialog dialog(key.value(), profile ? profile->siteName : QString(), m_vault.dataDir(), this);
    Prompt::exec(dialog);
}

} // namespace consentry::ui
