#pragma once

#include "Command.h"

namespace consentry::cli {

// audit-verify: checks the audit hash chain and names the first broken link (exit 3 when broken).
class AuditVerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifyCommand)

public:
    QString name() const override { return QStringLiteral("audit-verify"); }
    QString summary() const override;
    int run(Context &context) override;
};

} // namespace consentry::cli
