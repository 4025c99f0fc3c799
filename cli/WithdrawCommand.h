#pragma once

#include "Command.h"

namespace consentry::cli {

// withdraw --resident ID [--receipt FILE.pdf]: records the withdrawal of consent, deletes the person's
// templates at once (one transaction) and prints the deletion receipt (and writes it as a PDF on request).
class WithdrawCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WithdrawCommand)

public:
    QString name() const override { return QStringLiteral("withdraw"); }
    QString synopsis() const override { return QStringLiteral("--resident ID [--receipt FILE.pdf]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace consentry::cli
