#pragma once

#include "Command.h"

#include <optional>

namespace consentry::cli {

// --resident ID, shared by the commands about one person.
class ResidentOption
{
    Q_DECLARE_TR_FUNCTIONS(ResidentOption)

public:
    static QCommandLineOption option();
    // The id, or nullopt after answering the usage error (missing or not a positive number) in `exitCode`.
    static std::optional<qint64> read(Context &context, int &exitCode);
};

} // namespace consentry::cli
