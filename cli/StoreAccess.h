#pragma once

#include "Command.h"
#include "vault/Vault.h"
#include "vision/FacePipeline.h"

#include <QCoreApplication>

#include <memory>

namespace consentry::cli {

// Unlocks the store of --data-dir as --user (default: the manager made by init) with the password from
// PasswordReader. Every command that reads or writes the store starts here.
class StoreAccess
{
    Q_DECLARE_TR_FUNCTIONS(StoreAccess)

public:
    static Result<std::unique_ptr<Vault>> open(const Context &context);
    // The same, and hands back the password that opened it (users passwd: the current password).
    static Result<std::unique_ptr<Vault>> open(const Context &context, SecureBytes *passwordUsed);
    // Records the recognition engine a command searches or enrolls with (SettingsService::recordEngine: a
    // change of engine is material; a fallback for want of models replaces none). When it was a change, one
    // sentence on stderr says what it did.
    static Status recordEngine(Vault &vault, const FacePipeline &pipeline);
};

} // namespace consentry::cli
