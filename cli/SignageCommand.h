#pragma once

#include "Command.h"

namespace consentry::cli {

// consentry-cli signage: renders a compliance sign to PDF from a site profile (../shared/CLI.md).
class SignageCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SignageCommand)

public:
    QString name() const override { return QStringLiteral("signage"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace consentry::cli
