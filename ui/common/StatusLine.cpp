#include "common/StatusLine.h"

namespace consentry::ui {

StatusLine::StatusLine(QWidget *parent, Look look)
    : QLabel(parent)
    , m_look(look)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setTone(this, m_tone, m_look);
    updateVisibility();
}

void StatusLine::showMessage(const QString &text, Tone tone)
{
    if (tone != m_tone) {
        m_tone = tone;
        Theme::setTone(this, m_tone, m_look);
    }
    setText(text);
    // Screen readers announce a changed description: say what the line says, with its kind.
    setAccessibleDescription(text);
    updateVisibility();
}

void StatusLine::showResult(const Status &status, const QString &success)
{
    if (status.ok())
        showSuccess(success);
    else
        showError(status.errorMessage());
}

void StatusLine::clearMessage()
{
    clear();
    setAccessibleDescription(QString());
    updateVisibility();
}

void StatusLine::setHiddenWhenEmpty(bool hidden)
{
    m_hiddenWhenEmpty = hidden;
    updateVisibility();
}

void StatusLine::updateVisibility()
{
    if (!m_hiddenWhenEmpty)
        return;
    if (text().isEmpty())
        hide();
    else if (parentWidget()) // a parentless label shown would open a window of its own
        show();
}

} // namespace consentry::ui
