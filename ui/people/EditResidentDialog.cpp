#include "people/EditResidentDialog.h"
#include "common/StatusLine.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace consentry::ui {

EditResidentDialog::EditResidentDialog(const Resident &resident, QWidget *parent)
    : QDialog(parent)
    , m_original(resident)
{
    setObjectName(QStringLiteral("editResidentDialog"));
    setWindowTitle(tr("Edit resident"));
    m_name = new QLineEdit(resident.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_unit = new QLineEdit(resident.unit, this);
    m_unit->setObjectName(QStringLiteral("unitEdit"));
    m_hasBirth = new QCheckBox(tr("Known"), this);
    m_hasBirth->setObjectName(QStringLiteral("hasBirthDate"));
    m_birth = new QDateEdit(resident.dateOfBirth.isValid() ? resident.dateOfBirth : QDate(1990, 1, 1), this);
    m_birth->setObjectName(QStringLiteral("birthDate"));
    m_birth->setCalendarPopup(true);
    m_hasBirth->setChecked(resident.dateOfBirth.isValid());
    m_birth->setEnabled(resident.dateOfBirth.isValid());
    m_minor = new QCheckBox(tr("Under 14 (used when the date of birth is not recorded)"), this);
    m_minor->setObjectName(QStringLiteral("minorFlag"));
    m_minor->setChecked(resident.minorFlag);
    m_hasMoveIn = new QCheckBox(tr("Known"), this);
    m_moveIn = new QDateEdit(resident.moveIn.isValid() ? resident.moveIn : QDate::currentDate(), this);
    m_moveIn->setObjectName(QStringLiteral("moveInDate"));
    m_moveIn->setCalendarPopup(true);
    m_hasMoveIn->setChecked(resident.moveIn.isValid());
    m_moveIn->setEnabled(resident.moveIn.isValid());
    connect(m_hasBirth, &QCheckBox::toggled, m_birth, &QWidget::setEnabled);
    connect(m_hasMoveIn, &QCheckBox::toggled, m_moveIn, &QWidget::setEnabled);

    auto *birthRow = new QHBoxLayout;
    birthRow->addWidget(m_hasBirth);
    birthRow->addWidget(m_birth, 1);
    auto *moveInRow = new QHBoxLayout;
    moveInRow->addWidget(m_hasMoveIn);
    moveInRow->addWidget(m_moveIn, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Unit / room:"), m_unit);
    form->addRow(tr("Date of birth:"), birthRow);
    form->addRow(QString(), m_minor);
    form->addRow(tr("Moved in:"), moveInRow);

    m_error = new StatusLine(this);
    m_error->setObjectName(QStringLiteral("editError"));
    m_error->setHiddenWhenEmpty(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

Resident EditResidentDialog::resident() const
{
    Resident r = m_original;
    r.name = m_name->text().trimmed();
    r.unit = m_unit->text().trimmed();
    r.dateOfBirth = m_hasBirth->isChecked() ? m_birth->date() : QDate();
    r.minorFlag = m_minor->isChecked();
    r.moveIn = m_hasMoveIn->isChecked() ? m_moveIn->date() : QDate();
    return r;
}

void EditResidentDialog::showError(const QString &text)
{
    m_error->showError(text);
}

} // namespace consentry::ui
