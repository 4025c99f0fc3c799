#pragma once

#include "Command.h"

namespace consentry::cli {

// `enroll --name NAME --consent FILE.json --images IMG...`: enrollment of a resident who signed a paper
// consent (../shared/CLI.md). The consent record is checked before any image is read; the images pass the
// same quality gate and duplicate check as the wizard; everything is stored in one transaction.
class EnrollCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EnrollCommand)

public:
    QString name() const override { return QStringLiteral("enroll"); }
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    QString positionalName() const override { return QStringLiteral("IMG"); }
    int run(Context &context) override;
};

} // namespace consentry::cli
