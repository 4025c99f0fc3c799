#pragma once

#include "Command.h"

namespace consentry::cli {

// purge-expired: applies the retention policy now (templates N days after move-out, and at the latest at
// the maximum template age). Meant for a daily scheduled job.
class PurgeExpiredCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PurgeExpiredCommand)

public:
    QString name() const override { return QStringLiteral("purge-expired"); }
    QString summary() const override;
    int run(Context &context) override;
};

} // namespace consentry::cli
