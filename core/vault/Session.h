#pragma once

#include "domain/Role.h"

#include <QDateTime>
#include <QString>

namespace consentry {

// Who unlocked the store. A recovery-key session acts as a manager (it exists to reset passwords).
struct Session {
    QString userName;
    Role role = Role::Staff;
    bool viaRecoveryKey = false;
    QDateTime unlockedAt;
};

} // namespace consentry
