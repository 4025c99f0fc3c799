#include "StoreAccess.h"

#include "PasswordReader.h"
#include "services/SettingsService.h"
#include "vault/StoreFolder.h"
#include "vault/Unlocker.h"

#include <QDir>

#include <cstdio>

namespace consentry::cli {

Result<std::unique_ptr<Vault>> StoreAccess::open(const Context &context)
{
    return open(context, nullptr);
}

Result<std::unique_ptr<Vault>> StoreAccess::open(const Context &context, SecureBytes *passwordUsed)
{
    if (StoreFolder::inspect(context.dataDir) == StoreFolder::State::Empty)
        return makeError(ErrorKind::NotFound,
                         tr("There is no Consentry store in \"%1\". Create one with "
                            "\"consentry-cli init\" or give --data-dir.")
                             .arg(QDir::toNativeSeparators(context.dataDir)));
    QString user = context.user;
    if (user.isEmpty()) {
        Result<QString> fallback = StoreFolder::defaultUserName(context.dataDir);
        // A store with its keyslot file missing is damaged like one with its database missing: exit 3 both.
        if (!fallback)
            return fallback.errorKind() == ErrorKind::NotFound ? makeError(ErrorKind::Data, fallback.errorMessage())
                                                               : fallback.error();
        user = fallback.value();
    }
    Result<SecureBytes> password = PasswordReader::read(context, tr("Password for %1: ").arg(user));
    if (!password)
        return password.error();
    Result<std::unique_ptr<Vault>> vault = Unlocker::open(context.dataDir, user, password.value());
    if (vault && passwordUsed)
        *passwordUsed = std::move(password).value();
    return vault;
}

Status StoreAccess::recordEngine(Vault &vault, const FacePipeline &pipeline)
{
    const EngineId &engine = pipeline.engine();
    Result<SettingsService::ProfileUpdate> recorded
        = SettingsService(vault).recordEngine(engine.key(), pipeline.recognizerFellBack());
    if (!recorded)
        return recorded.error();
    if (recorded->isMaterial()) {
        // Standard error carries only what a person should read (the libraries' chatter goes elsewhere).
        const QByteArray line = SettingsService::engineChangeSentence(recorded.value(), engine.name).toUtf8() + '\n';
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), messageStream());
        std::fflush(messageStream());
    }
    return {};
}

} // namespace consentry::cli
