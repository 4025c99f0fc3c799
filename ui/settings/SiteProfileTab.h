#pragma once

#include "Result.h"
#include "domain/SiteProfile.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace consentry {
class Vault;
}

namespace consentry::ui {

class StatusLine;

class SiteProfileForm;

// Settings → Site profile: every field of the stored profile. A manager edits and saves it
// (SettingsService::setSiteProfile, same rules as a profile file); other roles see it read-only with a
// sentence saying so.
class SiteProfileTab : public QWidget
{
    Q_OBJECT

public:
    explicit SiteProfileTab(Vault &vault, QWidget *parent = nullptr);

    SiteProfileForm *form() const { return m_form; }
    bool canEdit() const { return m_canEdit; }
    QString messageText() const;

public Q_SLOTS:
    Status save(); // also the test hook
    void revert();

private:
    void showMessage(const QString &text, bool error);
    void updateState();

    Vault &m_vault;
    bool m_canEdit = false;
    SiteProfileForm *m_form = nullptr;
    StatusLine *m_message = nullptr;
    QLabel *m_missing = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    SiteProfile m_stored;
};

} // namespace consentry::ui
