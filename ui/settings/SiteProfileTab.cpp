#include "settings/SiteProfileTab.h"

#include "common/SiteProfileForm.h"
#include "common/StatusLine.h"
#include "services/AccessControl.h"
#include "services/SettingsService.h"
#include "vault/Vault.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace consentry::ui {

SiteProfileTab::SiteProfileTab(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_canEdit(AccessControl::allows(vault.session().role, Permission::ChangeSettings))
{
    setObjectName(QStringLiteral("siteProfileTab"));
    auto *intro = new QLabel(tr("Who runs the facial recognition here, why, for how long face data is kept and "
                                "how residents reach you. The notice, the signs and the consent forms are filled "
                                "from these details."),
                             this);
    intro->setWordWrap(true);

    auto *readOnly = new QLabel(tr("Only a manager can change this."), this);
    readOnly->setObjectName(QStringLiteral("readOnlyNotice"));
    Theme::setTone(readOnly, Tone::Info, Look::Box);
    readOnly->setVisible(!m_canEdit);

    m_form = new SiteProfileForm(this);
    m_form->setReadOnly(!m_canEdit);
    m_form->setAllRulesVisible(true);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Let the page's own background show (a tab pane is lighter than a window).
    scroll->viewport()->setAutoFillBackground(false);
    m_form->setAutoFillBackground(false);

    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missingLabel"));
    m_missing->setWordWrap(true);
    Theme::setTone(m_missing, Tone::Warning);
    m_message = new StatusLine(this);
    m_message->setObjectName(QStringLiteral("profileMessage"));

    m_save = new QPushButton(tr("Save &changes"), this);
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertProfileButton"));
    m_save->setVisible(m_canEdit);
    m_revert->setVisible(m_canEdit);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_revert, &QPushButton::clicked, this, &SiteProfileTab::revert);
    connect(m_form, &SiteProfileForm::changed, this, [this] {
        m_message->clearMessage();
        updateState();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(readOnly);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_missing);
    layout->addLayout(buttons);

    revert();
}

QString SiteProfileTab::messageText() const
{
    return m_message->text();
}

void SiteProfileTab::showMessage(const QString &text, bool error)
{
    m_message->showMessage(text, error ? Tone::Error : Tone::Success);
}

void SiteProfileTab::revert()
{
    Result<SiteProfile> stored = SettingsService(m_vault).siteProfile();
    if (!stored) {
        showMessage(stored.errorMessage(), true);
        return;
    }
    m_stored = stored.value();
    m_form->setProfile(m_stored);
    m_message->clearMessage();
    updateState();
}

void SiteProfileTab::updateState()
{
    const bool changed = !(m_form->profile() == m_stored);
    m_save->setEnabled(m_canEdit && changed);
    m_revert->setEnabled(m_canEdit && changed);
    const QStringList missing = m_form->missingLabels();
    m_missing->setText(missing.isEmpty()
                           ? QString()
                           : tr("Still missing before anyone can be enrolled: %1.").arg(missing.join(tr(", "))));
}

Status SiteProfileTab::save()
{
    Status ok = m_form->validate();
    if (!ok) {
        showMessage(ok.errorMessage(), true);
        return ok;
    }
    Result<SettingsService::ProfileUpdate> update = SettingsService(m_vault).updateSiteProfile(m_form->profile());
    if (!update) {
        showMessage(update.errorMessage(), true);
        return update.error();
    }
    m_stored = m_form->profile();
    updateState();
    // Say what the change did: a material change needs everyone's consent again, any new version new signs.
    QStringList said { tr("Saved.") };
    if (update->published)
        said << tr("Notice version %1 is now in force.").arg(update->noticeVersion);
    if (update->isMaterial())
        said << tr("This change is material: %n person(s) must read the new notice and consent again before their "
                   "face data is used; until then they are not recognised.",
                   nullptr, static_cast<int>(update->markedForRenewal));
    if (update->reprintSigns())
        said << tr("Print the signs and paper forms again: the ones on display state the previous version.");
    showMessage(said.join(QLatin1Char(' ')), false);
    return {};
}

} // namespace consentry::ui
