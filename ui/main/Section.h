#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace consentry::ui {

// The screens of the main window, in navigation order. A section without a screen yet (the dashboard)
// shows a placeholder until its screen is set with MainWindow::setSectionWidget().
enum class Section { Preview, Enroll, Residents, Verify, Signage, Dashboard, Compliance, Audit, Settings };

class Sections
{
    Q_DECLARE_TR_FUNCTIONS(Sections)

public:
    static QList<Section> all();
    static QString key(Section section); // stable, untranslated: object names and --section
    static QString title(Section section); // navigation label
    static QString summary(Section section); // one sentence: what the screen is for
};

} // namespace consentry::ui
