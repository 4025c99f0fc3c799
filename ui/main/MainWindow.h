#pragma once

#include "main/Section.h"

#include <QHash>
#include <QMainWindow>

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

Q_SIGNALS:
    void sectionChanged(consentry::ui::Section section);

private:
    void buildNavigation();
    void buildMenus();
    void showAbout();

    QString m_dataDir;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QHash<int, QWidget *> m_sectionPages;
};

} // namespace consentry::ui
