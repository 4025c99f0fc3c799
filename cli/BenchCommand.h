#pragma once

#include "Command.h"

namespace consentry::cli {

// `bench [--gallery N] [--dim D] [--queries Q]`: 1:N search speed against the naive
// cv::FaceRecognizerSF::match loop, and the share of memory bandwidth reached (../shared/CLI.md).
class BenchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)

public:
    QString name() const override { return QStringLiteral("bench"); }
    QString synopsis() const override { return QStringLiteral("[--gallery N] [--dim D] [--queries Q]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace consentry::cli
