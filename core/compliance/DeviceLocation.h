#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace consentry {

// Where a camera or terminal may be installed. Provisions art. 13 ¶2: no face recognition equipment inside
// the private spaces of a public place (hotel guest rooms, public bathrooms, changing rooms, toilets). The
// one home of that rule: the device register, the CLI, the schema's CHECK and the screens ask here.
class DeviceLocation
{
    Q_DECLARE_TR_FUNCTIONS(DeviceLocation)

public:
    enum class Type {
        FrontDesk,
        Lobby,
        Entrance,
        Gate,
        Corridor,
        Elevator,
        Other,
        // Private spaces: refused.
        GuestRoom,
        PublicBathroom,
        ChangingRoom,
        Toilet,
    };

    static QList<Type> all(); // in the order a picker lists them
    static QList<Type> allowed(); // the types a device may be registered with
    static bool isPrivateSpace(Type type);
    // Stable keys of ../shared/CLI.md: front_desk, lobby, …, guest_room, public_bathroom, changing_room, toilet.
    static QString key(Type type);
    static std::optional<Type> fromKey(const QString &key);
    static QString displayName(Type type); // translated
    // The name in a printed document's language (zh_CN or en), whatever the interface language is.
    static QString nameIn(Type type, const QString &language);
    // Ok for a permitted place; a Policy error citing Provisions art. 13 ¶2 for a private space.
    static Status check(Type type);
    // The keys permitted, as an SQL list for the schema's CHECK: 'front_desk', 'lobby', …
    static QString allowedSqlList();
};

} // namespace consentry
