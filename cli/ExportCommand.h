#pragma once

#include "Command.h"

namespace consentry::cli {

// export --resident ID --out DIR: one person's access package (JSON + PDF + signature images), written
// complete or not at all into a new folder inside DIR, and recorded in the audit log.
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override { return QStringLiteral("--resident ID --out DIR"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace consentry::cli
