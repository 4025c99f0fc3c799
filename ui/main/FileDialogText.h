#pragma once

#include <QObject>

namespace consentry::ui {

// Qt's own file dialog (used where the system offers no native one, as on a plain Linux desktop) writes
// its dates with the system's locale and its file types with words that Qt 6.4's Chinese translation
// lacks ("Folder"), so a Chinese console showed "30 Nov … Folder" there. Installed once on the
// application, this gives every such dialog the console's language: dates as Formats writes them, types
// and sizes in the current language, also after a switch in Settings → Language.
class FileDialogText : public QObject
{
    Q_OBJECT

public:
    static void install(); // on the running QApplication; idempotent

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace consentry::ui
