#pragma once

#include "Command.h"

namespace consentry::cli {

// status: schema version, counts, engine and models, the notice version in force.
class StatusCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    int run(Context &context) override;
};

} // namespace consentry::cli
