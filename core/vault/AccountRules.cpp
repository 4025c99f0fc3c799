#include "vault/AccountRules.h"

#include "domain/AuditActor.h"

namespace consentry {

Status AccountRules::checkUserName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidArgument, tr("The user name must not be empty."));
    if (name != name.trimmed() || name.size() > kMaxUserNameLength)
        return makeError(
            ErrorKind::InvalidArgument,
            tr("The user name must be at most %1 characters without spaces at either end.").arg(kMaxUserNameLength));
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return makeError(ErrorKind::InvalidArgument, tr("The user name contains a control character."));
    }
    if (AuditActor::isReserved(name))
        return makeError(ErrorKind::InvalidArgument, tr("The user name \"%1\" is reserved.").arg(name));
    return {};
}

Status AccountRules::checkNewPassword(const SecureBytes &password)
{
    if (password.isEmpty())
        return makeError(ErrorKind::InvalidArgument, tr("The password must not be empty."));
    const QString text = QString::fromUtf8(password.chars(), static_cast<int>(password.size()));
    if (text.size() < kMinPasswordLength)
        return makeError(ErrorKind::Policy,
                         tr("The password must have at least %1 characters.").arg(kMinPasswordLength));
    return {};
}

} // namespace consentry
