#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;

namespace consentry::ui {

// Sets or clears a resident's move-out / checkout date; the retention period runs from it.
class MoveOutDialog : public QDialog
{
    Q_OBJECT

public:
    MoveOutDialog(const QString &name, const QDate &current, const QDate &today, const QString &retentionRule,
                  QWidget *parent = nullptr);
    QDate moveOut() const; // invalid: cleared
    void setMoveOut(const QDate &date); // invalid clears (test hook and initial value)

private:
    QCheckBox *m_hasDate = nullptr;
    QDateEdit *m_date = nullptr;
};

} // namespace consentry::ui
