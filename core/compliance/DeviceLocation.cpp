#include "compliance/DeviceLocation.h"

#include <QStringList>

namespace consentry {

QList<DeviceLocation::Type> DeviceLocation::all()
{
    return { Type::FrontDesk, Type::Lobby,     Type::Entrance,       Type::Gate,         Type::Corridor, Type::Elevator,
             Type::Other,     Type::GuestRoom, Type::PublicBathroom, Type::ChangingRoom, Type::Toilet };
}

QList<DeviceLocation::Type> DeviceLocation::allowed()
{
    QList<Type> types;
    for (Type type : all()) {
        if (!isPrivateSpace(type))
            types << type;
    }
    return types;
}

bool DeviceLocation::isPrivateSpace(Type type)
{
    switch (type) {
    case Type::GuestRoom:
    case Type::PublicBathroom:
    case Type::ChangingRoom:
    case Type::Toilet: return true;
    default: return false;
    }
}

QString DeviceLocation::key(Type type)
{
    switch (type) {
    case Type::FrontDesk: return QStringLiteral("front_desk");
    case Type::Lobby: return QStringLiteral("lobby");
    case Type::Entrance: return QStringLiteral("entrance");
    case Type::Gate: return QStringLiteral("gate");
    case Type::Corridor: return QStringLiteral("corridor");
    case Type::Elevator: return QStringLiteral("elevator");
    case Type::Other: return QStringLiteral("other");
    case Type::GuestRoom: return QStringLiteral("guest_room");
    case Type::PublicBathroom: return QStringLiteral("public_bathroom");
    case Type::ChangingRoom: return QStringLiteral("changing_room");
    case Type::Toilet: return QStringLiteral("toilet");
    }
    return QString();
}

std::optional<DeviceLocation::Type> DeviceLocation::fromKey(const QString &key)
{
    for (Type type : all()) {
        if (DeviceLocation::key(type) == key)
            return type;
    }
    return std::nullopt;
}

QString DeviceLocation::displayName(Type type)
{
    switch (type) {
    case Type::FrontDesk: return tr("Front desk");
    case Type::Lobby: return tr("Lobby");
    case Type::Entrance: return tr("Building entrance");
    case Type::Gate: return tr("Gate");
    case Type::Corridor: return tr("Corridor");
    case Type::Elevator: return tr("Elevator");
    case Type::Other: return tr("Other public area");
    case Type::GuestRoom: return tr("Guest room");
    case Type::PublicBathroom: return tr("Public bathroom");
    case Type::ChangingRoom: return tr("Changing room");
    case Type::Toilet: return tr("Toilet");
    }
    return QString();
}

QString DeviceLocation::nameIn(Type type, const QString &language)
{
    const bool zh = language == QLatin1String("zh_CN");
    switch (type) {
    case Type::FrontDesk: return zh ? QStringLiteral("前台") : QStringLiteral("front desk");
    case Type::Lobby: return zh ? QStringLiteral("大堂") : QStringLiteral("lobby");
    case Type::Entrance: return zh ? QStringLiteral("楼栋入口") : QStringLiteral("building entrance");
    case Type::Gate: return zh ? QStringLiteral("出入口闸机") : QStringLiteral("gate");
    case Type::Corridor: return zh ? QStringLiteral("走廊") : QStringLiteral("corridor");
    case Type::Elevator: return zh ? QStringLiteral("电梯") : QStringLiteral("elevator");
    case Type::Other: return zh ? QStringLiteral("其他公共区域") : QStringLiteral("other public area");
    case Type::GuestRoom: return zh ? QStringLiteral("客房") : QStringLiteral("guest room");
    case Type::PublicBathroom: return zh ? QStringLiteral("公共浴室") : QStringLiteral("public bathroom");
    case Type::ChangingRoom: return zh ? QStringLiteral("更衣室") : QStringLiteral("changing room");
    case Type::Toilet: return zh ? QStringLiteral("卫生间") : QStringLiteral("toilet");
    }
    return QString();
}

Status DeviceLocation::check(Type type)
{
    if (!isPrivateSpace(type))
        return {};
    return makeError(ErrorKind::Policy,
                     tr("A face recognition device may not be installed in a %1: the Provisions on facial "
                        "recognition (art. 13 ¶2) forbid it in guest rooms, public bathrooms, changing rooms and "
                        "toilets.")
                         .arg(displayName(type).toLower()));
}

QString DeviceLocation::allowedSqlList()
{
    QStringList keys;
    for (Type type : allowed())
        keys << QStringLiteral("'%1'").arg(key(type));
    return keys.join(QStringLiteral(", "));
}

} // namespace consentry
