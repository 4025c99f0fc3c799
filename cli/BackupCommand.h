#pragma once

#include "Command.h"

namespace consentry::cli {

// backup --out FILE: consistent encrypted backup (database + keyslots), taken while the store is in use.
class BackupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString synopsis() const override { return QStringLiteral("--out FILE"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace consentry::cli
