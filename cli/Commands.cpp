// The table of consentry-cli commands. Each command lives in its own file; add it here when it lands.

#include "Command.h"

#include "AuditVerifyCommand.h"
#include "BackupCommand.h"
#include "BenchCommand.h"
#include "DevicesCommand.h"
#include "EnrollCommand.h"
#include "EvalCommand.h"
#include "ExportCommand.h"
#include "IdentifyCommand.h"
#include "InitCommand.h"
#include "NoticeCommand.h"
#include "PurgeExpiredCommand.h"
#include "ReportCommand.h"
#include "RestoreCommand.h"
#include "SignageCommand.h"
#include "StatsCommand.h"
#include "StatusCommand.h"
#include "UsersCommand.h"
#include "WithdrawCommand.h"

namespace consentry::cli {

// In the order of ../shared/CLI.md, so --help reads like the contract.
std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<EnrollCommand>());
    commands.push_back(std::make_unique<IdentifyCommand>());
    commands.push_back(std::make_unique<WithdrawCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<PurgeExpiredCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<AuditVerifyCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<DevicesCommand>());
    commands.push_back(std::make_unique<UsersCommand>());
    commands.push_back(std::make_unique<SignageCommand>());
    commands.push_back(std::make_unique<StatsCommand>());
    commands.push_back(std::make_unique<NoticeCommand>());
    commands.push_back(std::make_unique<ProfileCommand>());
    commands.push_back(std::make_unique<EvalCommand>());
    commands.push_back(std::make_unique<BenchCommand>());
    return commands;
}

} // namespace consentry::cli
