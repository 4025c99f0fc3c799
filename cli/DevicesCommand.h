#pragma once

#include "Command.h"

namespace consentry::cli {

// devices add --name N --location-type T --area TEXT [--camera ID] | devices list | devices remove --id N
// The device register. A location type inside a private space (guest room, public bathroom, changing room,
// toilet) is refused with exit 5 and the article cited. Adding and removing: manager.
class DevicesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DevicesCommand)

public:
    QString name() const override { return QStringLiteral("devices"); }
    QString synopsis() const override
    {
        return QStringLiteral("add --name N --location-type T --area TEXT [--camera ID] | list | remove --id N");
    }
    QString summary() const override;
    QString notes() const override;
    QList<QCommandLineOption> options() const override;
    QString positionalName() const override { return QStringLiteral("add|list|remove"); }
    int run(Context &context) override;

private:
    int add(Context &context);
    int list(Context &context);
    int remove(Context &context);
};

} // namespace consentry::cli
