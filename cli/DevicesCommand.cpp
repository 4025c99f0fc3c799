#include "DevicesCommand.h"

#include "StoreAccess.h"

#include "services/DeviceService.h"
#include "vault/Vault.h"

#include <QJsonArray>

namespace consentry::cli {

namespace {
QStringList locationKeys(const QList<DeviceLocation::Type> &types)
{
    QStringList keys;
    for (DeviceLocation::Type type : types)
        keys << DeviceLocation::key(type);
    return keys;
}
} // namespace

QString DevicesCommand::summary() const
{
    return tr("The device register: add, list or remove the cameras and terminals and where they are.");
}

QString DevicesCommand::notes() const
{
    return tr("Location types: %1. Devices may not be installed in guest rooms, public bathrooms, changing rooms or "
              "toilets (Provisions on facial recognition, art. 13 ¶2): those types are refused.")
        .arg(locationKeys(DeviceLocation::allowed()).join(QStringLiteral(", ")));
}

QList<QCommandLineOption> DevicesCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("name"), tr("The device's name, e.g. \"Front desk camera\"."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("location-type"),
                           tr("Where it is installed: front_desk, lobby, entrance, "
                              "gate, corridor, elevator or other."),
                           QStringLiteral("TYPE")),
        QCommandLineOption(QStringLiteral("area"), tr("What the camera sees (its capture area)."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("camera"), tr("The camera this device is, as the camera picker names it."),
                           QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("id"), tr("The device to remove (its number in devices list)."),
                           QStringLiteral("N")),
    };
}

int DevicesCommand::run(Context &context)
{
    return context.runAction({ { QStringLiteral("add"), [&] { return add(context); } },
                               { QStringLiteral("list"), [&] { return list(context); } },
                               { QStringLiteral("remove"), [&] { return remove(context); } } });
}

int DevicesCommand::add(Context &context)
{
    for (const QString &required :
         { QStringLiteral("name"), QStringLiteral("location-type"), QStringLiteral("area") }) {
        if (context.value(required).isEmpty())
            return context.missingOption(required);
    }
    const QString typeKey = context.value(QStringLiteral("location-type"));
    const std::optional<DeviceLocation::Type> type = DeviceLocation::fromKey(typeKey);
    if (!type)
        return context.fail(ExitUsage,
                            tr("Unknown location type \"%1\": use one of %2.")
                                .arg(typeKey, locationKeys(DeviceLocation::allowed()).join(QStringLiteral(", "))));
    Device device;
    device.name = context.value(QStringLiteral("name"));
    device.locationType = *type;
    device.area = context.value(QStringLiteral("area"));
    device.camera = context.value(QStringLiteral("camera"));
    // Refused before the store is opened: a forbidden place needs no password to be refused.
    if (Status ok = DeviceService::validate(device); !ok)
        return context.fail(ok.error());
    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context);
    if (!vault)
        return context.fail(vault.error());
    Result<qint64> id = DeviceService(*vault.value()).add(device);
    if (!id)
        return context.fail(id.error());
    return context.succeed(tr("Registered device %1: %2 (%3).")
                               .arg(id.value())
                               .arg(device.name.trimmed(), DeviceLocation::displayName(device.locationType)),
                           { { QStringLiteral("id"), id.value() },
                             { QStringLiteral("name"), device.name.trimmed() },
                             { QStringLiteral("location_type"), typeKey } });
}

int DevicesCommand::list(Context &context)
{
    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context);
    if (!vault)
        return context.fail(vault.error());
    Result<QList<Device>> devices = DeviceService(*vault.value()).list();
    if (!devices)
        return context.fail(devices.error());
    QJsonArray array;
    QStringList lines;
    for (const Device &d : devices.value()) {
        array.append(QJsonObject { { QStringLiteral("id"), d.id },
                                   { QStringLiteral("name"), d.name },
                                   { QStringLiteral("location_type"), DeviceLocation::key(d.locationType) },
                                   { QStringLiteral("area"), d.area },
                                   { QStringLiteral("camera"), d.camera },
                                   { QStringLiteral("created_at"), d.createdAt.toUTC().toString(Qt::ISODateWithMs) },
                                   { QStringLiteral("created_by"), d.createdBy } });
        lines << QStringLiteral("%1\t%2\t%3\t%4")
                     .arg(d.id)
                     .arg(d.name, DeviceLocation::displayName(d.locationType), d.area);
    }
    if (lines.isEmpty())
        lines << tr("No device is registered.");
    return context.succeed(lines.join(QLatin1Char('\n')), { { QStringLiteral("devices"), array } });
}

int DevicesCommand::remove(Context &context)
{
    const QString idText = context.value(QStringLiteral("id"));
    if (idText.isEmpty())
        return context.missingOption(QStringLiteral("id"));
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0)
        return context.fail(ExitUsage, tr("The device number \"%1\" is not a positive whole number.").arg(idText));
    Result<std::unique_ptr<Vault>> vault = StoreAccess::open(context);
    if (!vault)
        return context.fail(vault.error());
    if (Status removed = DeviceService(*vault.value()).remove(id); !removed)
        return context.fail(removed.error());
    return context.succeed(tr("Removed device %1 from the register.").arg(id), { { QStringLiteral("removed"), id } });
}

} // namespace consentry::cli
