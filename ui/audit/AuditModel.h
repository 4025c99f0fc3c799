#pragma once

#include "Result.h"
#include "audit/AuditFilter.h"
#include "domain/AuditEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace consentry {
class Vault;
}

namespace consentry::ui {

// The audit trail, oldest first (the chain's own order), read lazily a page at a time through
// AuditService::events (auditor, manager): the view asks for more rows as it scrolls (canFetchMore /
// fetchMore), so a log of a million events opens as fast as one of ten. A filter keeps only matching
// events; pages are read until a screenful matches or the log ends. New events appear as they are written
// (ChangeFeed::auditAppended).
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, TimeColumn, KindColumn, ActorColumn, ResidentColumn, DetailsColumn, ColumnCount };
    enum Roles { EventIdRole = Qt::UserRole + 1, KindKeyRole, ResidentIdRole, BrokenLinkRole };

    explicit AuditModel(Vault &vault, QObject *parent = nullptr);

    // Forgets the rows and reads the first page again (with the current filter).
    Status reload();
    // Reads the events appended since the last one read (the vault's ChangeFeed calls it), when the whole
    // log has been read; otherwise they come as the view scrolls.
    void fetchNewEvents();
    void setFilter(const AuditFilter &filter); // reloads
    AuditFilter filter() const { return m_filter; }
    // Rows read per database query (tests use small pages to exercise fetchMore).
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    // The event named by AuditService::verify() as the first broken link: shown in red. 0 clears it.
    void setBrokenEventId(qint64 id);
    qint64 brokenEventId() const { return m_brokenId; }
    // The row of event `id`, reading further pages if it lies beyond them; -1 when the filter hides it or
    // it does not exist.
    int rowOfEvent(qint64 id);

    AuditEvent event(int row) const { return m_events.value(row); }
    bool atEnd() const { return m_atEnd; }
    // The core's refusal or read error of the last fetch; empty when it went well.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString detailsText(const QJsonObject &details);

Q_SIGNALS:
    void fetchFailed(const QString &message);

private:
    Status fetchPage();

    Vault &m_vault;
    AuditFilter m_filter;
    QList<AuditEvent> m_events;
    qint64 m_lastReadId = 0; // highest id read from the store, matching or not
    bool m_atEnd = false;
    bool m_fetching = false;
    int m_pageSize = 500;
    qint64 m_brokenId = 0;
    QString m_lastError;
};

} // namespace consentry::ui
