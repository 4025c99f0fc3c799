#pragma once

#include "Command.h"

namespace consentry::cli {

// stats: the dashboard's numbers for scripts and monthly reports — people with face data against the filing
// threshold, decisions and verifications in a period (by local day), renewals and deletions due.
class StatsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    QString name() const override { return QStringLiteral("stats"); }
    QString synopsis() const override { return QStringLiteral("[--days N]"); }
    QString summary() const override;
    QString notes() const override;
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace consentry::cli
