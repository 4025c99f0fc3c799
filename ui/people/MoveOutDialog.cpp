#include "people/MoveOutDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace consentry::ui {

MoveOutDialog::MoveOutDialog(const QString &name, const QDate &current, const QDate &today,
                             const QString &retentionRule, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("moveOutDialog"));
    setWindowTitle(tr("Move-out or checkout date"));
    // The rule in the one sentence every document prints (RetentionPolicy::describe).
    auto *intro
        = new QLabel(tr("When does %1 move out or check out?").arg(name) + QLatin1Char(' ') + retentionRule, this);
    intro->setWordWrap(true);
    m_hasDate = new QCheckBox(tr("Moves out on:"), this);
    m_hasDate->setObjectName(QStringLiteral("hasMoveOut"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("moveOutDate"));
    m_date->setCalendarPopup(true);
    m_date->setDate(today);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_hasDate);
    layout->addWidget(m_date);
    layout->addWidget(buttons);
    setMoveOut(current);
    setMinimumWidth(420);
}

QDate MoveOutDialog::moveOut() const
{
    return m_hasDate->isChecked() ? m_date->date() : QDate();
}

void MoveOutDialog::setMoveOut(const QDate &date)
{
    m_hasDate->setChecked(date.isValid());
    m_date->setEnabled(date.isValid());
    if (date.isValid())
        m_date->setDate(date);
}

} // namespace consentry::ui
