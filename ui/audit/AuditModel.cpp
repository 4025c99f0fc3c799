#include "audit/AuditModel.h"

#include "common/Theme.h"
#include "domain/AuditActor.h"
#include "domain/AuditKind.h"
#include "platform/Formats.h"
#include "services/AuditService.h"
#include "services/ChangeFeed.h"
#include "vault/Vault.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QScopeGuard>

namespace consentry::ui {

AuditModel::AuditModel(Vault &vault, QObject *parent)
    : QAbstractTableModel(parent)
    , m_vault(vault)
{
    connect(&vault.changes(), &ChangeFeed::auditAppended, this, &AuditModel::fetchNewEvents);
}

void AuditModel::fetchNewEvents()
{
    // Only at the end of the log (otherwise the view reads on as it scrolls), and never again after a refusal.
    if (m_fetching || !m_atEnd || !m_lastError.isEmpty())
        return;
    m_atEnd = false;
    (void)fetchPage();
}

Status AuditModel::reload()
{
    m_fetching = true; // no fetchMore() from inside our own modelReset signal
    beginResetModel();
    m_events.clear();
    m_lastReadId = 0;
    m_atEnd = false;
    m_lastError.clear();
    endResetModel();
    m_fetching = false;
    return fetchPage();
}

void AuditModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    (void)reload(); // a refusal is reported through fetchFailed() and lastError()
}

void AuditModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void AuditModel::setBrokenEventId(qint64 id)
{
    const qint64 old = m_brokenId;
    m_brokenId = id;
    for (qint64 changed : { old, id }) {
        if (changed <= 0)
            continue;
        for (int row = 0; row < m_events.size(); ++row) {
            if (m_events.at(row).id == changed)
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int AuditModel::rowOfEvent(qint64 id)
{
    for (;;) {
        for (int row = 0; row < m_events.size(); ++row) {
            if (m_events.at(row).id == id)
                return row;
        }
        if (m_atEnd || m_lastReadId >= id || !fetchPage())
            return -1;
    }
}

Status AuditModel::fetchPage()
{
    // Read raw pages until a page's worth of events passes the filter, so a narrow filter over a long
    // log still fills the view; the store's paging is by id, the filter is applied here.
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    QList<AuditEvent> matching;
    while (!m_atEnd && matching.size() < m_pageSize) {
        Result<QList<AuditEvent>> page = AuditService(m_vault).events(m_lastReadId, m_pageSize);
        if (!page) {
            m_atEnd = true; // do not ask again and again for something refused
            m_lastError = page.errorMessage();
            Q_EMIT fetchFailed(m_lastError);
            if (!matching.isEmpty())
                break;
            return page.error();
        }
        if (page->size() < m_pageSize)
            m_atEnd = true;
        if (!page->isEmpty())
            m_lastReadId = page->constLast().id;
        for (const AuditEvent &event : page.value()) {
            if (m_filter.matches(event))
                matching << event;
        }
    }
    if (matching.isEmpty())
        return {};
    const int first = static_cast<int>(m_events.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(matching.size()) - 1);
    m_events << matching;
    endInsertRows();
    return {};
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    // A view (or QAbstractItemModelTester) may ask again from inside our own rowsInserted signal.
    if (parent.isValid() || m_fetching)
        return;
    (void)fetchPage();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::detailsText(const QJsonObject &details)
{
    QStringList parts;
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isDouble())
            text = QString::number(value.toDouble(), 'g', 12);
        else if (value.isBool())
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (value.isArray())
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else if (value.isObject())
            text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        parts << it.key() + QLatin1Char('=') + text;
    }
    return parts.join(QStringLiteral(", "));
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent &event = m_events.at(index.row());
    const bool broken = m_brokenId > 0 && event.id == m_brokenId;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return event.id;
        case TimeColumn: return Formats::dateTimeWithSeconds(event.at);
        case KindColumn: return AuditKind::displayName(event.kind);
        case ActorColumn: return AuditActor::displayName(event.actor);
        case ResidentColumn: return event.residentId ? QVariant(*event.residentId) : QVariant();
        case DetailsColumn: return detailsText(event.details);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (broken)
            return tr("The chain of the audit log breaks at this event: it or the event before it was changed, "
                      "removed or inserted after it was written.");
        if (index.column() == DetailsColumn && !event.details.isEmpty())
            return QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Indented));
        if (index.column() == KindColumn)
            return event.kind;
        if (index.column() == ActorColumn && AuditActor::isReserved(event.actor))
            return event.actor;
        return {};
    case Qt::BackgroundRole: return broken ? QVariant(QBrush(Theme::colour(Colour::AlertRow))) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == ResidentColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EventIdRole: return event.id;
    case KindKeyRole: return event.kind;
    case ResidentIdRole: return event.residentId ? QVariant(*event.residentId) : QVariant();
    case BrokenLinkRole: return broken;
    default: return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("No.");
    case TimeColumn: return tr("Time");
    case KindColumn: return tr("Event");
    case ActorColumn: return tr("User");
    case ResidentColumn: return tr("Resident no.");
    case DetailsColumn: return tr("Details");
    default: return {};
    }
}

} // namespace consentry::ui
