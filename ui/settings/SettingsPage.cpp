#include "settings/SettingsPage.h"

#include "common/Theme.h"
#include "settings/LanguageTab.h"
#include "settings/SecurityTab.h"
#include "settings/SiteProfileTab.h"
#include "settings/UsersTab.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace consentry::ui {

SettingsPage::SettingsPage(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_site(new SiteProfileTab(vault))
    , m_users(new UsersTab(vault))
    , m_security(new SecurityTab(vault))
    , m_language(new LanguageTab)
{
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(m_site, tr("Site &profile"));
    m_tabs->addTab(m_users, tr("&Users && roles"));
    m_tabs->addTab(m_security, tr("Se&curity"));
    m_tabs->addTab(m_language, tr("&Language"));
    auto *title = Theme::label(tr("Settings"), TextStyle::Heading, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
}

} // namespace consentry::ui
