#pragma once

#include "help/ManualContent.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace consentry::ui {

// Help → User manual: the manual's sections on the left, the chosen one on the right, a find field. Works
// offline: the text is compiled into the program. Non-modal, so it can stay open beside the screens.
class ManualWindow : public QDialog
{
    Q_OBJECT

public:
    ManualWindow(const QString &language, const ManualContent::Facts &facts, QWidget *parent = nullptr);

    void showSection(int index);
    int currentSection() const;
    int sectionCount() const { return static_cast<int>(m_sections.size()); }
    QString sectionTitle(int index) const;
    QTextBrowser *browser() const { return m_browser; }

private:
    void find(bool backwards);

    QList<ManualContent::Section> m_sections;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_browser = nullptr;
    QLineEdit *m_find = nullptr;
};

} // namespace consentry::ui
