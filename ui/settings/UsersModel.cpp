#include "settings/UsersModel.h"

#include "common/Theme.h"
#include "domain/AuditActor.h"
#include "platform/Formats.h"
#include "services/UserService.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QFont>

namespace consentry::ui {

UsersModel::UsersModel(Vault &vault, QObject *parent)
    : QAbstractTableModel(parent)
    , m_vault(vault)
{
}

Status UsersModel::refresh()
{
    Result<QList<StaffUser>> users = UserService(m_vault).list();
    beginResetModel();
    m_users = users ? users.value() : QList<StaffUser>();
    endResetModel();
    if (!users)
        return users.error();
    return {};
}

int UsersModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).name == name)
            return row;
    }
    return -1;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffUser &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return user.name;
        case RoleColumn: return RoleNames::displayName(user.role);
        case CreatedColumn: return Formats::dateTime(user.createdAt);
        case CreatedByColumn: return AuditActor::displayName(user.createdBy);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && user.name == m_vault.session().userName)
            return tr("This is you.");
        return {};
    case Qt::FontRole:
        if (user.name == m_vault.session().userName) {
            return Theme::font(TextStyle::Strong, QApplication::font());
        }
        return {};
    case UserNameRole: return user.name;
    case RoleKeyRole: return RoleNames::key(user.role);
    default: return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("User");
    case RoleColumn: return tr("Role");
    case CreatedColumn: return tr("Created");
    case CreatedByColumn: return tr("Created by");
    default: return {};
    }
}

} // namespace consentry::ui
