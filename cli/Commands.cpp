// The table of consentry-cli commands. Each command lives in its own file; add it here when it lands.

#include "Command.h"

#include "BenchCommand.h"
#include "EvalCommand.h"

namespace consentry::cli {

std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<EvalCommand>());
    commands.push_back(std::make_unique<BenchCommand>());
    return commands;
}

} // namespace consentry::cli
