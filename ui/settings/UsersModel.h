#pragma once

#include "Result.h"
#include "domain/StaffUser.h"

#include <QAbstractTableModel>
#include <QList>

namespace consentry {
class Vault;
}

namespace consentry::ui {

// The store's accounts (UserService::list, manager only): name, role, when and by whom created.
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, CreatedColumn, CreatedByColumn, ColumnCount };
    enum Roles { UserNameRole = Qt::UserRole + 1, RoleKeyRole };

    explicit UsersModel(Vault &vault, QObject *parent = nullptr);

    Status refresh(); // reads the list again; on a refusal the model is left empty
    StaffUser user(int row) const { return m_users.value(row); }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Vault &m_vault;
    QList<StaffUser> m_users;
};

} // namespace consentry::ui
