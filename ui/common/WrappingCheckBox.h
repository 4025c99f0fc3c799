#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace consentry::ui {

// A checkbox whose long text wraps (QCheckBox cannot wrap): consent sentences must be read whole, not
// cut off. Clicking the text toggles the box, as with a plain QCheckBox.
class WrappingCheckBox : public QWidget
{
    Q_OBJECT

public:
    WrappingCheckBox(const QString &text, const QString &objectName, QWidget *parent = nullptr);
    QCheckBox *box() const { return m_box; }
    QLabel *label() const { return m_label; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCheckBox *m_box;
    QLabel *m_label;
};

} // namespace consentry::ui
