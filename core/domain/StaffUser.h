#pragma once

#include "domain/Role.h"

#include <QDateTime>
#include <QString>

namespace consentry {

// An account of the console. Its password never appears anywhere: it only wraps a keyslot.
struct StaffUser {
    qint64 id = 0;
    QString name;
    Role role = Role::Staff;
    QDateTime createdAt;
    QString createdBy;
};

} // namespace consentry
