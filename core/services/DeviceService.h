#pragma once

#include "Result.h"
#include "domain/Device.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace consentry {

class Vault;

// The device register (Provisions art. 13): every camera or terminal with its name, location type and capture
// area. Listing: every role (the camera pickers name the device); changing: manager. A device in a private
// space is refused (DeviceLocation::check). Signs printed for a device are recorded by
// AuditService::recordSignagePrinted.
class DeviceService
{
    Q_DECLARE_TR_FUNCTIONS(DeviceService)

public:
    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxAreaLength = 1000;

    explicit DeviceService(Vault &vault);

    Result<QList<Device>> list(); // every role
    Result<Device> get(qint64 id); // NotFound for an unknown or removed device
    // The registered device using `camera` (the picker's id), none when the camera is not registered.
    Result<std::optional<Device>> forCamera(const QString &camera);
    Result<qint64> add(const Device &device); // manager
    Status remove(qint64 id); // manager; kept as history, no longer listed

    // One sentence naming the first problem of a device to register, or success (no store needed).
    static Status validate(const Device &device);

private:
    Vault &m_vault;
};

} // namespace consentry
