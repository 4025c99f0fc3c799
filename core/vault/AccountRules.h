#pragma once

#include "Result.h"
#include "storage/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace consentry {

// What a user name and a new password must be, for setup, the users tab and the CLI alike.
class AccountRules
{
    Q_DECLARE_TR_FUNCTIONS(AccountRules)

public:
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxUserNameLength = 64;

    // Not empty, no spaces at either end, no control characters, at most kMaxUserNameLength, and not a name
    // the audit log uses for itself ("system", "recovery").
    static Status checkUserName(const QString &name);
    static Status checkNewPassword(const SecureBytes &password);
};

} // namespace consentry
