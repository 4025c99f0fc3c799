#pragma once

#include "Command.h"

namespace consentry::cli {

// restore --in FILE --data-dir DIR [--replace]: restores into an empty folder, or over the same store in place
// (re-applying the deletion ledger), verifying before it writes.
class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString synopsis() const override { return QStringLiteral("--in FILE --data-dir DIR [--replace]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace consentry::cli
