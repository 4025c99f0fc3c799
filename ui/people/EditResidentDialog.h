#pragma once

#include "domain/Resident.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace consentry::ui {

class StatusLine;

// Edits a resident's details (name, unit/room, date of birth or the under-14 flag, move-in). The core
// validates on save (ResidentService::edit); its refusal is shown in the dialog, which stays open.
class EditResidentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EditResidentDialog(const Resident &resident, QWidget *parent = nullptr);
    Resident resident() const; // the original with the edits applied
    void showError(const QString &text);

private:
    Resident m_original;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_unit = nullptr;
    QCheckBox *m_hasBirth = nullptr;
    QDateEdit *m_birth = nullptr;
    QCheckBox *m_minor = nullptr;
    QCheckBox *m_hasMoveIn = nullptr;
    QDateEdit *m_moveIn = nullptr;
    StatusLine *m_error = nullptr;
};

} // namespace consentry::ui
