#include "unlock/SetupWizard.h"

#include "common/NewPasswordFields.h"
#include "common/SiteProfileForm.h"
#include "common/StatusLine.h"
#include "common/Theme.h"
#include "platform/Application.h"
#include "unlock/RecoveryKeyPanel.h"
#include "vault/AccountRules.h"
#include "vault/StoreFolder.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace consentry::ui {

namespace {
QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

StatusLine *messageLabel(const char *name, QWidget *parent)
{
    auto *label = new StatusLine(parent);
    label->setObjectName(QString::fromLatin1(name));
    return label;
}
} // namespace

SetupWizard::SetupWizard(const QString &dataDir, QWidget *parent)
    : QDialog(parent)
    , m_dataDir(dataDir)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up Consentry"));
    m_stepLabel = new QLabel(this);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    Theme::setTone(m_stepLabel, Tone::Muted);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildSitePage());
    m_pages->addWidget(buildManagerPage());
    m_pages->addWidget(buildCreatingPage());
    m_recoveryPage = new QWidget(this); // filled when the key exists
    new QVBoxLayout(m_recoveryPage);
    m_pages->addWidget(m_recoveryPage);

    m_backButton = new QPushButton(tr("< &Back"), this);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_nextButton = new QPushButton(tr("&Next >"), this);
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_nextButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_finishButton = new QPushButton(tr("&Finish"), this);
    m_finishButton->setObjectName(QStringLiteral("finishButton"));
    connect(m_backButton, &QPushButton::clicked, this, &SetupWizard::back);
    connect(m_nextButton, &QPushButton::clicked, this, &SetupWizard::next);
    connect(m_cancelButton, &QPushButton::clicked, this, &SetupWizard::reject);
    connect(m_finishButton, &QPushButton::clicked, this, [this] {
        if (m_recoveryPanel && m_recoveryPanel->isStored())
            accept();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stepLabel);
    buttons->addStretch(1);
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_nextButton);
    buttons->addWidget(m_finishButton);
    buttons->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    resize(700, 680);
    // The name was made after the password fields: without this, Tab went from it to Back and Cancel. Set
    // once every page is in the dialog (moving a page into it rebuilt its focus chain).
    QWidget::setTabOrder(m_managerName, m_password->firstEdit());
    QWidget::setTabOrder(m_password->firstEdit(), m_password->secondEdit());
    goTo(Step::Site);
}

SetupWizard::~SetupWizard() = default; // m_task waits for a job in progress

QWidget *SetupWizard::buildSitePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(Theme::label(tr("Welcome to %1").arg(Application::name()), TextStyle::Heading, page));
    layout->addWidget(
        paragraph(tr("First, who runs the facial recognition here and why. Residents see these details on the notice "
                     "and the signs before they decide whether to consent. You can change them later in Settings."),
                  page));
    m_siteForm = new SiteProfileForm(page);
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(m_siteForm);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the fields grow and shrink with the window
    // Let the page's own background show (a tab pane is lighter than a window).
    scroll->viewport()->setAutoFillBackground(false);
    m_siteForm->setAutoFillBackground(false);
    layout->addWidget(scroll, 1);
    m_siteMessage = messageLabel("siteMessage", page);
    layout->addWidget(m_siteMessage);
    connect(m_siteForm, &SiteProfileForm::changed, this, &SetupWizard::updateButtons);
    return page;
}

QWidget *SetupWizard::buildManagerPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(Theme::label(tr("The manager's account"), TextStyle::Heading, page));
    layout->addWidget(
        paragraph(tr("The manager may do everything, including adding staff and auditor accounts. The password "
                     "encrypts the data: nobody, not even the maker of Consentry, can recover it. The recovery key on "
                     "the next page is the only way back in if it is forgotten."),
                  page));
    m_password = new NewPasswordFields(page);
    m_managerName = new QLineEdit(page);
    m_managerName->setObjectName(QStringLiteral("managerNameEdit"));
    m_managerName->setMaxLength(AccountRules::kMaxUserNameLength);
    m_managerName->setPlaceholderText(tr("e.g. wang.li"));
    m_password->form()->insertRow(0, tr("&User name:"), m_managerName);
    layout->addWidget(m_password);
    layout->addStretch(1);
    m_managerMessage = messageLabel("managerMessage", page);
    layout->addWidget(m_managerMessage);
    connect(m_managerName, &QLineEdit::textChanged, this, &SetupWizard::updateButtons);
    connect(m_password, &NewPasswordFields::changed, this, &SetupWizard::updateButtons);
    return page;
}

QWidget *SetupWizard::buildCreatingPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto *text = paragraph(tr("Creating the encrypted store in %1…").arg(QDir::toNativeSeparators(m_dataDir)), page);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(text);
    auto *bar = new QProgressBar(page);
    bar->setObjectName(QStringLiteral("busyBar"));
    bar->setRange(0, 0); // busy: the key derivation reports no progress
    bar->setTextVisible(false);
    layout->addWidget(bar);
    auto *note = paragraph(tr("Deriving the key from the password takes a moment on purpose: it makes guessing "
                              "passwords slow."),
                           page);
    note->setAlignment(Qt::AlignCenter);
    Theme::setTone(note, Tone::Muted);
    layout->addWidget(note);
    layout->addStretch(2);
    return page;
}

SetupWizard::Step SetupWizard::step() const
{
    return static_cast<Step>(m_pages->currentIndex());
}

void SetupWizard::goTo(Step target)
{
    m_pages->setCurrentIndex(static_cast<int>(target));
    m_stepLabel->setText(tr("Step %1 of %2").arg(static_cast<int>(target) + 1).arg(4));
    updateButtons();
    // Each step starts where the typing starts.
    if (target == Step::Manager)
        m_managerName->setFocus(Qt::OtherFocusReason);
    else if (QLineEdit *first = m_siteForm->findChild<QLineEdit *>(); target == Step::Site && first)
        first->setFocus(Qt::OtherFocusReason); // the site's name, the form's first field
}

void SetupWizard::updateButtons()
{
    const Step now = step();
    m_backButton->setVisible(now == Step::Manager);
    m_nextButton->setVisible(now == Step::Site || now == Step::Manager);
    m_nextButton->setText(now == Step::Manager ? tr("&Set up and continue") : tr("&Next >"));
    m_finishButton->setVisible(now == Step::RecoveryKey);
    m_finishButton->setEnabled(m_recoveryPanel && m_recoveryPanel->isStored());
    m_cancelButton->setVisible(now == Step::Site || now == Step::Manager);

    if (now == Step::Site) {
        const Status valid = m_siteForm->validate();
        const bool named = !m_siteForm->profile().siteName.isEmpty() && !m_siteForm->profile().operatorName.isEmpty();
        m_nextButton->setEnabled(valid.ok() && named);
        if (!valid) {
            m_siteMessage->showError(valid.errorMessage());
        } else if (!named) {
            m_siteMessage->showMessage(tr("Type at least the site name and who operates it."), Tone::Muted);
        } else if (const QStringList missing = m_siteForm->missingLabels(); !missing.isEmpty()) {
            m_siteMessage->showWarning(tr("Still missing: %1. Nobody can be enrolled until these are filled in; you "
                                          "can add them later in Settings.")
                                           .arg(missing.join(tr(", "))));
        } else {
            m_siteMessage->clearMessage();
        }
    } else if (now == Step::Manager) {
        const Status name = AccountRules::checkUserName(m_managerName->text());
        m_nextButton->setEnabled(name.ok() && m_password->isAcceptable());
        m_managerMessage->showError(m_managerName->text().isEmpty() || name.ok() ? QString() : name.errorMessage());
    }
}

void SetupWizard::next()
{
    if (step() == Step::Site && m_nextButton->isEnabled())
        goTo(Step::Manager);
    else if (step() == Step::Manager && m_nextButton->isEnabled())
        create();
}

void SetupWizard::back()
{
    if (step() == Step::Manager)
        goTo(Step::Site);
}

void SetupWizard::create()
{
    m_managerMessage->clearMessage();
    goTo(Step::Creating);
    // Everything the worker needs is copied now; it touches no widget.
    const QString dataDir = m_dataDir;
    const QString name = m_managerName->text();
    const SiteProfile profile = m_siteForm->profile();
    auto password = std::make_shared<SecureBytes>(m_password->password());
    m_task.run([dataDir, name, profile, password] { return StoreFolder::create(dataDir, name, *password, profile); },
               [this](Result<StoreFolder::Created> result) {
                   if (!result) {
                       creationFailed(result.errorMessage());
                       return;
                   }
                   m_vault = std::move(result.value().vault);
                   created(result.value().recoveryKey);
               });
}

void SetupWizard::created(const QString &recoveryKey)
{
    m_password->clear();
    m_recoveryKey = recoveryKey;
    auto *layout = static_cast<QVBoxLayout *>(m_recoveryPage->layout());
    layout->addWidget(Theme::label(tr("Your recovery key"), TextStyle::Heading, m_recoveryPage));
    m_recoveryPanel = new RecoveryKeyPanel(recoveryKey, m_siteForm->profile().siteName, m_dataDir, m_recoveryPage);
    layout->addWidget(m_recoveryPanel, 1);
    connect(m_recoveryPanel, &RecoveryKeyPanel::storedChanged, this, &SetupWizard::updateButtons);
    goTo(Step::RecoveryKey);
}

void SetupWizard::creationFailed(const QString &message)
{
    goTo(Step::Manager);
    m_managerMessage->showError(message);
}

void SetupWizard::reject()
{
    // Once the store exists the only way out is Finish, after the key is stored: closing the window now
    // would lose the only copy of the recovery key. While it is being made, wait.
    if (step() == Step::Creating || step() == Step::RecoveryKey)
        return;
    QDialog::reject();
}

std::unique_ptr<Vault> SetupWizard::takeVault()
{
    if (result() != QDialog::Accepted)
        return nullptr;
    return std::move(m_vault);
}

} // namespace consentry::ui
