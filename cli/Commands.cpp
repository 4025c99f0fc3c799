// The table of consentry-cli commands. Each command lives in its own file; add it here when it lands.

#include "Command.h"

namespace consentry::cli {

std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    return commands;
}

} // namespace consentry::cli
