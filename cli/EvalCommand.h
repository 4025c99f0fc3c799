#pragma once

#include "Command.h"

namespace consentry::cli {

// `eval --dataset DIR [--engine auto|dnn|classical|lbph] [--detector auto|yunet|haar] [--seed N]`:
// accuracy and speed of the active engine on a <person>/<images> folder (../shared/CLI.md).
class EvalCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EvalCommand)

public:
    QString name() const override { return QStringLiteral("eval"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace consentry::cli
