#pragma once

#include <QWidget>

class QComboBox;

namespace consentry::ui {

// Settings → Language: the language of the console, switched at once (the screens are rebuilt, the
// session and the section stay) and remembered on this computer for the next start. Any role may choose.
class LanguageTab : public QWidget
{
    Q_OBJECT

public:
    explicit LanguageTab(QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_combo; }

Q_SIGNALS:
    void languageChosen(const QString &code);

private:
    QComboBox *m_combo = nullptr;
};

} // namespace consentry::ui
