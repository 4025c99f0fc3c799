#include "unlock/LockScreen.h"

#include "common/StatusLine.h"
#include "common/Theme.h"
#include "platform/Application.h"
#include "vault/OpenStore.h"
#include "vault/StoreFolder.h"
#include "vault/Unlocker.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace consentry::ui {

LockScreen::LockScreen(Vault &vault, QWidget *window)
    : QWidget(window)
    , m_vault(vault)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(false);
    hide();

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    Theme::follow(card, [card] {
        card->setStyleSheet(
            QStringLiteral("#lockCard { background: %1; border-radius: 8px; }").arg(Theme::hex(Colour::Card)));
    });
    card->setMaximumWidth(520);
    card->setMinimumWidth(420);

    auto *title = Theme::label(tr("%1 is locked").arg(Application::name()), TextStyle::Heading, card);
    m_reason = new QLabel(card);
    m_reason->setObjectName(QStringLiteral("lockReason"));
    m_reason->setWordWrap(true);
    Theme::setTone(m_reason, Tone::Muted);

    m_user = new QComboBox(card);
    m_user->setObjectName(QStringLiteral("lockUserCombo"));
    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("lockPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    m_error = new StatusLine(card);
    m_error->setObjectName(QStringLiteral("lockErrorLabel"));
    m_busy = new QProgressBar(card);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();

    m_unlockButton = new QPushButton(tr("&Unlock"), card);
    m_unlockButton->setObjectName(QStringLiteral("lockUnlockButton"));
    m_unlockButton->setDefault(true);
    auto *quit = new QPushButton(tr("&Quit"), card);
    quit->setObjectName(QStringLiteral("lockQuitButton"));
    connect(m_unlockButton, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(quit, &QPushButton::clicked, this, &LockScreen::quitRequested);
    auto *logOut = new QPushButton(tr("Log &out"), card);
    logOut->setObjectName(QStringLiteral("lockLogOutButton"));
    logOut->setToolTip(tr("Back to the login window, where the recovery key can be used."));
    connect(logOut, &QPushButton::clicked, this, &LockScreen::logoutRequested);
    connect(m_user, &QComboBox::currentIndexChanged, this, [this] {
        m_error->clearMessage();
        m_password->setFocus();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(logOut);
    buttons->addStretch(1);
    buttons->addWidget(m_unlockButton);
    buttons->addWidget(quit);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(28, 24, 28, 24);
    cardLayout->addWidget(title);
    cardLayout->addWidget(m_reason);
    cardLayout->addSpacing(8);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_error);
    cardLayout->addWidget(m_busy);
    cardLayout->addLayout(buttons);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 2);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    window->installEventFilter(this);
}

void LockScreen::showLocked(const QString &reason, const QString &lastUser)
{
    m_reason->setText(reason);
    m_error->clearMessage();
    m_password->clear();
    m_user->clear();
    if (Result<QStringList> names = StoreFolder::userNames(m_vault.dataDir()); names)
        m_user->addItems(names.value());
    m_user->setCurrentIndex(std::max(0, m_user->findText(lastUser)));
    fitToWindow();
    show();
    raise();
    m_password->setFocus();
}

QString LockScreen::errorText() const
{
    return m_error->text();
}

void LockScreen::fitToWindow()
{
    if (parentWidget())
        setGeometry(parentWidget()->rect());
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded)) {
        fitToWindow();
        if (isVisible())
            raise(); // stay above everything the window adds later (a new section page, a status message)
    }
    return QWidget::eventFilter(watched, event);
}

void LockScreen::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Theme::colour(Colour::Brand)); // opaque: nothing behind shows through
}

void LockScreen::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_unlockButton->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
}

void LockScreen::unlock()
{
    if (m_task.isRunning() || m_password->text().isEmpty() || !m_vault.isLocked())
        return;
    m_error->clearMessage();
    // The key is derived (about a second) on a worker that makes a fresh session and touches no shared
    // object; the vault adopts it here, on the GUI thread, where its timers and screens live.
    const Vault *vault = &m_vault;
    const QString user = m_user->currentText();
    auto password = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(m_password->text()));
    m_task.run([vault, user, password] { return Unlocker::unlock(*vault, user, *password); },
               [this](Result<std::unique_ptr<OpenStore>> fresh) {
                   setBusy(false);
                   m_password->clear();
                   const Status ok = fresh ? m_vault.adopt(std::move(fresh).value()) : Status(fresh.error());
                   if (!ok) {
                       m_error->showError(ok.errorMessage());
                       m_password->setFocus();
                       return;
                   }
                   hide();
                   Q_EMIT unlocked();
               });
    setBusy(true);
}

} // namespace consentry::ui
