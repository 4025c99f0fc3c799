#include "StoreAccess.h"

#include "PasswordReader.h"
#include "vault/StoreFolder.h"
#include "vault/Unlocker.h"

#include <QDir>

namespace consentry::cli {

Result<std::unique_ptr<Vault>> StoreAccess::open(const Context &context)
{
    if (StoreFolder::inspect(context.dataDir) == StoreFolder::State::Empty)
        return makeError(ErrorKind::NotFound,
                         tr("There is no Consentry store in \"%1\". Create one with "
                            "\"consentry-cli init\" or give --data-dir.")
                             .arg(QDir::toNativeSeparators(context.dataDir)));
    QString user = context.user;
    if (user.isEmpty()) {
        Result<QString> fallback = StoreFolder::defaultUserName(context.dataDir);
        if (!fallback)
            return fallback.error();
        user = fallback.value();
    }
    Result<SecureBytes> password = PasswordReader::read(context, tr("Password for %1: ").arg(user));
    if (!password)
        return password.error();
    return Unlocker::open(context.dataDir, user, password.value());
}

} // namespace consentry::cli
