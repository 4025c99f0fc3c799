// The table of consentry-cli commands. Each command lives in its own file; add it here when it lands.

#include "Command.h"
#include "SignageCommand.h"

#include "AuditVerifyCommand.h"
#include "BackupCommand.h"
#include "InitCommand.h"
#include "RestoreCommand.h"
#include "StatusCommand.h"

namespace consentry::cli {

std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<AuditVerifyCommand>());
    commands.push_back(std::make_unique<SignageCommand>());
    return commands;
}

} // namespace consentry::cli
