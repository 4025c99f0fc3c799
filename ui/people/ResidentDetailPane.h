#pragma once

#include "services/ResidentService.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace consentry::ui {

// Everything about the selected resident (ResidentService::details): who they are, every consent decision
// with the exact notice version they read, their templates' bookkeeping (never the numbers) and, for a
// role that may read the audit log, what was done with their data.
class ResidentDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit ResidentDetailPane(QWidget *parent = nullptr);

    // `retentionRule`: RetentionPolicy::describe(), shown for someone whose face data is kept.
    void showDetails(const ResidentDetails &details, const QString &retentionRule = QString());
    void showMessage(const QString &text); // nothing selected, or the core's refusal
    qint64 residentId() const { return m_residentId; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitTables();
    QLabel *m_header = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_consentsTitle = nullptr;
    QTableWidget *m_consents = nullptr;
    QLabel *m_templatesTitle = nullptr;
    QTableWidget *m_templates = nullptr;
    QLabel *m_eventsTitle = nullptr;
    QLabel *m_eventsHidden = nullptr;
    QTableWidget *m_events = nullptr;
    qint64 m_residentId = 0;
};

} // namespace consentry::ui
