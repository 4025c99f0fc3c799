#pragma once

#include "Command.h"

namespace consentry::cli {

// init --manager NAME [--site-name S]: a new encrypted store; prints the recovery key once.
class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString synopsis() const override { return QStringLiteral("--manager NAME [--site-name S]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace consentry::cli
