#include "unlock/LoginDialog.h"

#include "common/StatusLine.h"
#include "common/Theme.h"
#include "platform/Application.h"
#include "storage/StorePaths.h"
#include "unlock/LockoutCountdown.h"
#include "vault/StoreFolder.h"
#include "vault/Unlocker.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace consentry::ui {

namespace {
QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

LoginDialog::LoginDialog(const QString &dataDir, QWidget *parent)
    : QDialog(parent)
    , m_dataDir(dataDir)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Unlock %1").arg(Application::name()));

    auto *title = Theme::label(tr("Unlock the store"), TextStyle::Heading, this);
    auto *where = wrapped(tr("Data folder: %1").arg(QDir::toNativeSeparators(m_dataDir)), this);
    where->setObjectName(QStringLiteral("dataFolderLabel"));
    Theme::setTone(where, Tone::Muted);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildPasswordPage());
    m_pages->addWidget(buildRecoveryPage());
    m_pages->addWidget(buildProblemPage());

    m_error = new StatusLine(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Error"));
    m_countdown = new LockoutCountdown(
        m_error, [this](bool) { updateButtons(); }, this);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();

    m_switchMode = new QPushButton(this);
    m_switchMode->setObjectName(QStringLiteral("switchModeButton"));
    m_switchMode->setFlat(true);
    m_switchMode->setCursor(Qt::PointingHandCursor);
    Theme::setLink(m_switchMode);
    m_unlockButton = new QPushButton(tr("&Unlock"), this);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    m_quitButton = new QPushButton(tr("&Quit"), this);
    m_quitButton->setObjectName(QStringLiteral("quitButton"));
    connect(m_switchMode, &QPushButton::clicked, this,
            [this] { setMode(m_mode == Mode::Password ? Mode::RecoveryKey : Mode::Password); });
    connect(m_unlockButton, &QPushButton::clicked, this, &LoginDialog::unlock);
    connect(m_quitButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_switchMode);
    buttons->addStretch(1);
    buttons->addWidget(m_unlockButton);
    buttons->addWidget(m_quitButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(where);
    layout->addSpacing(6);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setMinimumWidth(520);

    inspectFolder();
}

LoginDialog::~LoginDialog() = default; // m_task waits for a job in progress

QWidget *LoginDialog::buildPasswordPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_user = new QComboBox(page);
    m_user->setObjectName(QStringLiteral("userCombo"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_user, &QComboBox::currentIndexChanged, this, [this] {
        m_countdown->stop();
        m_error->clearMessage();
        (void)m_countdown->check(m_dataDir, m_user->currentText()); // this user may still have to wait
        m_password->setFocus();
    });
    return page;
}

QWidget *LoginDialog::buildRecoveryPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(wrapped(tr("Type the recovery key from the sheet kept at setup. It opens the store as a "
                                 "manager, so that you can set a new password in Settings, Users & roles."),
                              page));
    m_recoveryKey = new QLineEdit(page);
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKeyEdit"));
    m_recoveryKey->setAccessibleName(tr("Recovery key"));
    Theme::setTextStyle(m_recoveryKey, TextStyle::Code);
    m_recoveryKey->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_recoveryKey->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhPreferUppercase);
    layout->addWidget(m_recoveryKey);
    connect(m_recoveryKey, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    return page;
}

QWidget *LoginDialog::buildProblemPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_problem = wrapped(QString(), page);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    Theme::setTone(m_problem, Tone::Error, Look::Box);
    layout->addWidget(m_problem);
    return page;
}

void LoginDialog::inspectFolder()
{
    const StoreFolder::State state = StoreFolder::inspect(m_dataDir);
    if (state != StoreFolder::State::Ready) {
        const QString dir = QDir::toNativeSeparators(m_dataDir);
        if (state == StoreFolder::State::Empty) {
            m_problem->setText(
                tr("There is no Consentry store in %1. Start Consentry again to set up a new one.").arg(dir));
        } else {
            const bool keysMissing = !QFileInfo::exists(StorePaths::keyslots(m_dataDir));
            const QString missing
                = QFileInfo(keysMissing ? StorePaths::keyslots(m_dataDir) : StorePaths::database(m_dataDir)).fileName();
            m_problem->setText(
                tr("The data folder %1 holds only part of a Consentry store: the file %2 is missing, so the store "
                   "cannot be opened. Nothing was changed. Put the missing file back (from wherever the folder "
                   "was copied or moved from), or restore your latest backup into an empty folder with "
                   "\"consentry-cli restore\" and start Consentry with that folder.")
                    .arg(dir, missing));
        }
        setMode(Mode::Problem);
        return;
    }
    Result<QStringList> names = StoreFolder::userNames(m_dataDir);
    if (!names) {
        m_problem->setText(names.errorMessage());
        setMode(Mode::Problem);
        return;
    }
    m_user->addItems(names.value());
    if (Result<QString> preferred = StoreFolder::defaultUserName(m_dataDir); preferred)
        m_user->setCurrentIndex(std::max(0, m_user->findText(preferred.value())));
    setMode(Mode::Password);
}

void LoginDialog::setMode(Mode mode)
{
    m_mode = mode;
    m_pages->setCurrentIndex(static_cast<int>(mode));
    m_error->clearMessage();
    m_switchMode->setVisible(mode != Mode::Problem);
    m_switchMode->setText(mode == Mode::Password ? tr("Use the recovery key instead") : tr("Use a password instead"));
    m_unlockButton->setVisible(mode != Mode::Problem);
    m_countdown->stop();
    if (mode == Mode::Password)
        (void)m_countdown->check(m_dataDir, m_user->currentText()); // a wait from earlier attempts shows at once
    if (mode == Mode::Password)
        m_password->setFocus();
    else if (mode == Mode::RecoveryKey)
        m_recoveryKey->setFocus();
    else
        m_quitButton->setDefault(true);
    updateButtons();
}

void LoginDialog::updateButtons()
{
    const bool typed
        = m_mode == Mode::Password ? !m_password->text().isEmpty() : !m_recoveryKey->text().trimmed().isEmpty();
    // The recovery key is never held back by the password's wait.
    const bool waiting = m_mode == Mode::Password && m_countdown->isWaiting();
    m_unlockButton->setEnabled(m_mode != Mode::Problem && typed && !isBusy() && !waiting);
}

QString LoginDialog::errorText() const
{
    return m_error->text();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_pages->setEnabled(!busy);
    m_switchMode->setEnabled(!busy);
    if (busy)
        m_unlockButton->setEnabled(false);
    else
        updateButtons();
}

void LoginDialog::showError(const QString &message)
{
    m_error->showError(message);
    if (m_mode == Mode::Password) {
        m_password->clear();
        m_password->setFocus();
    } else {
        m_recoveryKey->selectAll(); // a long key with one typo is fixed, not retyped
        m_recoveryKey->setFocus();
    }
    updateButtons();
}

void LoginDialog::unlock()
{
    if (isBusy() || m_mode == Mode::Problem || !m_unlockButton->isEnabled())
        return;
    m_error->clearMessage();
    const QString dataDir = m_dataDir;
    auto done = [this](Result<std::unique_ptr<Vault>> result) {
        setBusy(false);
        if (!result) {
            showError(result.errorMessage());
            // Too many wrong passwords: the wait counts down live instead of a fixed number of seconds.
            if (m_mode == Mode::Password)
                (void)m_countdown->check(m_dataDir, m_user->currentText());
            return;
        }
        m_vault = std::move(result).value();
        m_password->clear();
        m_recoveryKey->clear();
        accept();
    };
    if (m_mode == Mode::Password) {
        const QString user = m_user->currentText();
        auto password = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(m_password->text()));
        m_task.run([dataDir, user, password] { return Unlocker::open(dataDir, user, *password); }, done);
    } else {
        const QString key = m_recoveryKey->text();
        m_task.run([dataDir, key] { return Unlocker::openWithRecoveryKey(dataDir, key); }, done);
    }
    setBusy(true);
}

std::unique_ptr<Vault> LoginDialog::takeVault()
{
    return std::move(m_vault);
}

} // namespace consentry::ui
