#pragma once

#include <QWidget>

class QTabWidget;

namespace consentry {
class Vault;
}

namespace consentry::ui {

class LanguageTab;
class SecurityTab;
class SiteProfileTab;
class UsersTab;

// The Settings section: Site profile, Users & roles, Security, Language. Built for one unlocked session (the role
// decides what is editable) and rebuilt after the store is locked and unlocked again.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(Vault &vault, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    SiteProfileTab *siteProfileTab() const { return m_site; }
    UsersTab *usersTab() const { return m_users; }
    SecurityTab *securityTab() const { return m_security; }
    LanguageTab *languageTab() const { return m_language; }

private:
    QTabWidget *m_tabs;
    SiteProfileTab *m_site;
    UsersTab *m_users;
    SecurityTab *m_security;
    LanguageTab *m_language;
};

} // namespace consentry::ui
