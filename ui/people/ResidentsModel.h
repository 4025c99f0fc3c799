#pragma once

#include "Result.h"
#include "domain/ResidentRow.h"
#include "vision/EngineId.h"

#include <QAbstractTableModel>
#include <QList>

namespace consentry {
class Vault;
}

namespace consentry::ui {

// All residents (staff, manager) through ResidentService's paged query, read lazily: the first page on
// reload(), the next ones as the view scrolls (canFetchMore / fetchMore), so 100,000 residents open as
// fast as 100. Search and filters restart the query in core (SQL with indexes), never in memory.
// A second mode lists the residents who need re-enrollment after an engine change. Records reduced to ids
// after the retention of records (issue 10 §6) are people no longer: they are left out unless the filter
// asks for them (ResidentFilter::reduced), and then say so in the name column instead of an empty name.
class ResidentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        UnitColumn,
        StateColumn,
        MinorColumn,
        TemplatesColumn,
        LastVerifiedColumn,
        RetentionDueColumn,
        ColumnCount
    };
    enum Roles { ResidentIdRole = Qt::UserRole + 1, StateKeyRole };

    explicit ResidentsModel(Vault &vault, QObject *parent = nullptr);

    Status reload();
    // Leaves re-enrollment mode; reloads. `filter.reduced` unset: reduced records are left out.
    void setFilter(const ResidentFilter &filter);
    ResidentFilter filter() const { return m_filter; }
    // Only residents with templates of an engine other than `active` (ResidentFilter::otherEngineThan).
    void showNeedingReenrollment(const EngineId &active); // reloads
    bool isReenrollmentMode() const { return m_reenrollment; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    ResidentRow residentRow(int row) const { return m_rows.value(row); }
    int rowOfResident(qint64 residentId) const; // among the rows read so far; -1 if not there
    // Reads one resident again after a change (the row stays where it is), or drops them when deleted.
    void refreshResident(qint64 residentId);
    qint64 totalCount() const { return m_total; } // matching residents in the store, read or not
    QString lastError() const { return m_lastError; }

    static QString stateText(ResidentRow::State state);
    // What the name column says of a row: the name, or that the record was reduced and when.
    static QString nameText(const ResidentRow &row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void fetchFailed(const QString &message);

private:
    Status fetchPage();
    ResidentFilter effectiveFilter() const;
    void fail(const Error &error);

    Vault &m_vault;
    ResidentFilter m_filter;
    bool m_reenrollment = false;
    EngineId m_engine;
    QList<ResidentRow> m_rows;
    qint64 m_total = 0;
    bool m_fetching = false;
    int m_pageSize = 200;
    QString m_lastError;
};

} // namespace consentry::ui
