#pragma once

#include "Result.h"
#include "common/Theme.h"

#include <QLabel>

namespace consentry::ui {

// The one line under a form or a list that says how the last action went: saved, refused with the core's
// sentence, a warning. Its colour (and box) come from the theme's tone, its text is plain and can be
// selected to copy it. It keeps its place while empty, or hides itself if told to.
class StatusLine : public QLabel
{
    Q_OBJECT

public:
    explicit StatusLine(QWidget *parent = nullptr, Look look = Look::Text);

    void showMessage(const QString &text, Tone tone);
    void showSuccess(const QString &text) { showMessage(text, Tone::Success); }
    void showError(const QString &text) { showMessage(text, Tone::Error); }
    void showWarning(const QString &text) { showMessage(text, Tone::Warning); }
    void showInfo(const QString &text) { showMessage(text, Tone::Info); }
    // The outcome of an action: `success` when it went through, the error's own sentence when not.
    void showResult(const Status &status, const QString &success);
    void clearMessage();

    Tone tone() const { return m_tone; }
    QString message() const { return text(); } // empty when nothing is said

    // Hidden while empty, or (the default) keeping its place so the layout does not jump.
    void setHiddenWhenEmpty(bool hidden);

private:
    void updateVisibility();

    Look m_look;
    Tone m_tone = Tone::Plain;
    bool m_hiddenWhenEmpty = false;
};

} // namespace consentry::ui
