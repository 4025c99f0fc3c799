#pragma once

#include "Command.h"

namespace consentry::cli {

// report pia --out FILE.pdf | report filing --out DIR | report compliance
// The evidence an inspector asks for: the newest signed impact assessment (exit 4 when none is signed), the
// filing pack (PDF + JSON), and the compliance centre's rows. Manager and auditor.
class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString synopsis() const override
    {
        return QStringLiteral("pia --out FILE.pdf | filing --out DIR | compliance [--language zh_CN|en|zh_CN+en]");
    }
    QString summary() const override;
    QString notes() const override;
    QList<QCommandLineOption> options() const override;
    QString positionalName() const override { return QStringLiteral("pia|filing|compliance"); }
    int run(Context &context) override;

private:
    int pia(Context &context, const QString &language);
    int filing(Context &context, const QString &language);
    int compliance(Context &context);
};

} // namespace consentry::cli
