#pragma once

#include "platform/ThirdParty.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace consentry::ui {

// Help → About Consentry: the version, what the program is, and every part it is built from or ships
// with (Qt, OpenCV, SQLCipher, libsodium, libqrencode, Noto CJK, the face models) with its licence and
// where the licence text is on this computer; each text opens inside the program.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const QString &dataDir, QWidget *parent = nullptr);

    QTreeWidget *componentsTree() const { return m_tree; }
    const QList<ThirdPartyComponent> &components() const { return m_components; }
    // The licence text of row `row` (built-in copy first, then the file on disk); empty if there is none.
    static QString licenceText(const ThirdPartyComponent &component);
    // Opens the text of `row` in a window of its own; returns it (the test hook).
    QDialog *showLicence(int row);
    QDialog *showNotices();

private:
    QList<ThirdPartyComponent> m_components;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_showLicence = nullptr;
};

} // namespace consentry::ui
