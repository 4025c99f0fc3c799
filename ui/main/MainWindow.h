#pragma once

#include "main/Section.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QDialog;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace consentry::ui {

// The console's frame: a navigation list on the left, one page per section on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &dataDir, QWidget *parent = nullptr);

    // Replaces the page of `section` (a placeholder until a screen is built); the window takes ownership.
    void setSectionWidget(Section section, QWidget *widget);
    QWidget *sectionWidget(Section section) const;

    void showSection(Section section);
    Section currentSection() const;

    // What the signed-in user may open: a section the role may not use is greyed out in the navigation,
    // with `whyNot` as its tooltip (the core refuses it anyway).
    void setSectionAllowed(Section section, bool allowed, const QString &whyNot = QString());
    bool isSectionAllowed(Section section) const;
    // "wang · Manager" in the status bar; empty hides it.
    void setSessionText(const QString &text);
    QString sessionText() const;
    // File → Restore from backup…: shown only to a role that may (the AppController decides).
    void setRestoreAllowed(bool allowed);
    // While locked, the menus and pages take no input (the lock screen covers them).
    void setLocked(bool locked);
    // After the language changed: navigation, menus, status bar and the placeholder pages in the new
    // language. The screens themselves are rebuilt by the AppController.
    void retranslate();

    // Asked before the shown section changes or the window closes; false keeps things as they are (a
    // half-finished enrollment asks the user first).
    void setLeaveGuard(std::function<bool()> guard) { m_leaveGuard = std::move(guard); }
    bool mayLeave() const { return !m_leaveGuard || m_leaveGuard(); }

    // Help → User manual (F1) and Help → About; the windows they opened (null when closed).
    QDialog *showManual();
    QDialog *showAbout();

Q_SIGNALS:
    void sectionChanged(consentry::ui::Section section);
    void lockRequested();
    void logoutRequested();
    void restoreRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildMenus();

    QString m_dataDir;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QHash<int, QWidget *> m_sectionPages;
    QLabel *m_session = nullptr;
    QLabel *m_where = nullptr;
    QPointer<QDialog> m_manual;
    QPointer<QDialog> m_about;
    QAction *m_restore = nullptr;
    bool m_restoreAllowed = false;
    std::function<bool()> m_leaveGuard;
    int m_shownRow = 0;
};

} // namespace consentry::ui
