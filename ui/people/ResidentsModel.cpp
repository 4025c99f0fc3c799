#include "people/ResidentsModel.h"

#include "common/Theme.h"
#include "platform/Clock.h"
#include "platform/Formats.h"
#include "services/ResidentService.h"
#include "vault/Vault.h"

#include <QBrush>
#include <QColor>
#include <QScopeGuard>

namespace consentry::ui {

namespace {
constexpr int kSoonDays = 30;
} // namespace

ResidentsModel::ResidentsModel(Vault &vault, QObject *parent)
    : QAbstractTableModel(parent)
    , m_vault(vault)
{
}

void ResidentsModel::fail(const Error &error)
{
    m_lastError = error.message;
    Q_EMIT fetchFailed(m_lastError);
}

Status ResidentsModel::reload()
{
    m_fetching = true; // no fetchMore() from inside our own modelReset signal
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_lastError.clear();
    endResetModel();
    m_fetching = false;
    Result<qint64> total = ResidentService(m_vault).count(effectiveFilter());
    if (!total) {
        fail(total.error());
        return total.error();
    }
    m_total = total.value();
    return fetchPage();
}

void ResidentsModel::setFilter(const ResidentFilter &filter)
{
    m_filter = filter;
    m_reenrollment = false;
    (void)reload(); // a refusal is reported through fetchFailed() and lastError()
}

void ResidentsModel::showNeedingReenrollment(const EngineId &active)
{
    m_engine = active;
    m_reenrollment = true;
    (void)reload();
}

ResidentFilter ResidentsModel::effectiveFilter() const
{
    ResidentFilter filter;
    if (m_reenrollment)
        filter.otherEngineThan = m_engine.key();
    else
        filter = m_filter;
    if (!filter.reduced)
        filter.reduced = false;
    return filter;
}

Status ResidentsModel::fetchPage()
{
    if (m_rows.size() >= m_total)
        return {};
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    const int offset = static_cast<int>(m_rows.size());
    Result<QList<ResidentRow>> page = ResidentService(m_vault).page(effectiveFilter(), offset, m_pageSize);
    if (!page) {
        m_total = m_rows.size(); // do not ask again and again for something refused
        fail(page.error());
        return page.error();
    }
    if (page->isEmpty()) {
        m_total = m_rows.size(); // someone deleted rows meanwhile
        return {};
    }
    beginInsertRows(QModelIndex(), offset, offset + static_cast<int>(page->size()) - 1);
    m_rows << page.value();
    endInsertRows();
    return {};
}

bool ResidentsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total;
}

void ResidentsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_fetching)
        return;
    (void)fetchPage();
}

int ResidentsModel::rowOfResident(qint64 residentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == residentId)
            return row;
    }
    return -1;
}

void ResidentsModel::refreshResident(qint64 residentId)
{
    const int row = rowOfResident(residentId);
    if (row < 0)
        return;
    Result<ResidentDetails> fresh = ResidentService(m_vault).details(residentId);
    if (!fresh) {
        if (fresh.errorKind() == ErrorKind::NotFound) {
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.removeAt(row);
            --m_total;
            endRemoveRows();
        }
        return;
    }
    m_rows[row] = fresh->row;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString ResidentsModel::stateText(ResidentRow::State state)
{
    switch (state) {
    case ResidentRow::State::Active: return tr("Active");
    case ResidentRow::State::Withdrawn: return tr("Withdrawn");
    case ResidentRow::State::Expired: return tr("Expired");
    case ResidentRow::State::Declined: return tr("Declined");
    case ResidentRow::State::None: return tr("No decision");
    case ResidentRow::State::Renewal: return tr("Renewal needed");
    }
    return QString();
}

QString ResidentsModel::nameText(const ResidentRow &row)
{
    if (row.reducedAt.isValid())
        return tr("Record reduced on %1 (retention of records ended)")
            .arg(Formats::date(row.reducedAt.toLocalTime().date()));
    return row.name;
}

int ResidentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ResidentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResidentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResidentRow &row = m_rows.at(index.row());
    const QDate today = Clock::instance().now().toLocalTime().date();
    const bool dueSoon = row.retentionDue.isValid() && row.retentionDue <= today.addDays(kSoonDays);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return nameText(row);
        case UnitColumn: return row.unit;
        case StateColumn: return stateText(row.state);
        case MinorColumn: return row.minor ? tr("Under 14") : QString();
        case TemplatesColumn: return row.templateCount;
        case LastVerifiedColumn:
            return row.lastVerifiedAt.isValid() ? Formats::dateTime(row.lastVerifiedAt) : QString();
        case RetentionDueColumn: return row.retentionDue.isValid() ? Formats::date(row.retentionDue) : QString();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == RetentionDueColumn && row.retentionDue.isValid())
            return tr("Face data of this person is deleted on this day under the site's retention period.");
        if (index.column() == NameColumn && row.reducedAt.isValid())
            return tr("The site's retention period for records ended: the name, unit and dates were deleted. Only "
                      "the number, the consent state and the times stay, as the audit log needs them.");
        if (index.column() == MinorColumn && row.minor)
            return tr("Under 14: a guardian consents on their behalf.");
        if (index.column() == NameColumn || index.column() == UnitColumn)
            return data(index, Qt::DisplayRole); // the whole text where the column elides it
        return {};
    case Qt::ForegroundRole:
        if (index.column() == NameColumn && row.reducedAt.isValid())
            return QBrush(Theme::colour(Colour::MutedText));
        if (index.column() == StateColumn && row.state == ResidentRow::State::Expired)
            return QBrush(Theme::colour(Colour::OverdueText));
        if (index.column() == RetentionDueColumn && dueSoon)
            return QBrush(Theme::colour(Colour::DueSoonText));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TemplatesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ResidentIdRole: return row.id;
    case StateKeyRole: return ResidentRow::stateKey(row.state);
    default: return {};
    }
}

QVariant ResidentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case UnitColumn: return tr("Unit / room");
    case StateColumn: return tr("Consent");
    case MinorColumn: return tr("Minor");
    case TemplatesColumn: return tr("Templates");
    case LastVerifiedColumn: return tr("Last verified");
    case RetentionDueColumn: return tr("Deletion due");
    default: return {};
    }
}

} // namespace consentry::ui
