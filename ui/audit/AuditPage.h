#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace consentry {
class Vault;
}

namespace consentry::ui {

class StatusLine;

class AuditModel;

// The audit screen (auditor, manager): the audit trail filtered by user, resident, kind of event and
// days, and "Verify chain", which checks every link of the hash chain in core (AuditService::verify)
// and names the first broken one, selecting it in the list.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(Vault &vault, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public Q_SLOTS:
    void applyFilter();
    void clearFilter();
    void verifyChain();

private:
    void updateCount();

    Vault &m_vault;
    AuditModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_actor = nullptr;
    QLineEdit *m_resident = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_to = nullptr;
    QTimer *m_debounce = nullptr;
    QLabel *m_count = nullptr;
    StatusLine *m_chainResult = nullptr;
    QPushButton *m_verify = nullptr;
};

} // namespace consentry::ui
