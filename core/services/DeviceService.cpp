#include "services/DeviceService.h"

#include "services/UnitOfWork.h"
#include "vault/Vault.h"

namespace consentry {

namespace {
Result<Device> existing(UnitOfWork &work, qint64 id)
{
    TRY_ASSIGN(const std::optional<Device> device, work.compliance().device(id));
    if (!device)
        return makeError(ErrorKind::NotFound, DeviceService::tr("There is no registered device with id %1.").arg(id));
    return *device;
}
} // namespace

DeviceService::DeviceService(Vault &vault)
    : m_vault(vault)
{
}

Status DeviceService::validate(const Device &device)
{
    TRY(DeviceLocation::check(device.locationType));
    if (device.name.trimmed().isEmpty())
        return makeError(ErrorKind::Policy, tr("Give the device a name, for example \"Front desk camera\"."));
    if (device.name.size() > kMaxNameLength)
        return makeError(ErrorKind::Policy, tr("The device name is longer than %1 characters.").arg(kMaxNameLength));
    if (device.area.trimmed().isEmpty())
        return makeError(ErrorKind::Policy,
                         tr("Describe the device's capture area: what the camera sees, for example \"the queue in "
                            "front of the reception counter\"."));
    if (device.area.size() > kMaxAreaLength)
        return makeError(ErrorKind::Policy,
                         tr("The description of the capture area is longer than %1 characters.").arg(kMaxAreaLength));
    return {};
}

Result<QList<Device>> DeviceService::list()
{
    return UnitOfWork::read(m_vault, Permission::ViewStatus,
                            [](UnitOfWork &work) -> Result<QList<Device>> { return work.compliance().devices(); });
}

Result<Device> DeviceService::get(qint64 id)
{
    return UnitOfWork::read(m_vault, Permission::ViewStatus,
                            [&](UnitOfWork &work) -> Result<Device> { return existing(work, id); });
}

Result<std::optional<Device>> DeviceService::forCamera(const QString &camera)
{
    return UnitOfWork::read(m_vault, Permission::ViewStatus, [&](UnitOfWork &work) -> Result<std::optional<Device>> {
        if (camera.isEmpty())
            return std::optional<Device>();
        TRY_ASSIGN(const QList<Device> devices, work.compliance().devices());
        for (const Device &device : devices) {
            if (device.isCamera(camera))
                return std::optional<Device>(device);
        }
        return std::optional<Device>();
    });
}

Result<qint64> DeviceService::add(const Device &device)
{
    return UnitOfWork::write(m_vault, Permission::ChangeSettings, [&](UnitOfWork &work) -> Result<qint64> {
        TRY(validate(device));
        Device clean = device;
        clean.name = device.name.trimmed();
        clean.area = device.area.trimmed();
        clean.camera = device.camera.trimmed();
        TRY_ASSIGN(const QList<Device> devices, work.compliance().devices());
        for (const Device &other : devices) {
            if (other.name.compare(clean.name, Qt::CaseInsensitive) == 0)
                return makeError(
                    ErrorKind::Policy,
                    tr("A device named \"%1\" is already registered: choose another name.").arg(clean.name));
            if (!clean.camera.isEmpty() && other.camera == clean.camera)
                return makeError(ErrorKind::Policy, tr("This camera is already registered as \"%1\".").arg(other.name));
        }
        TRY_ASSIGN(const qint64 id, work.compliance().addDevice(clean, work.actor()));
        TRY(work.audit(AuditKind::DeviceAdded, std::nullopt,
                       { { QStringLiteral("device_id"), id },
                         { QStringLiteral("name"), clean.name },
                         { QStringLiteral("location_type"), DeviceLocation::key(clean.locationType) },
                         { QStringLiteral("area"), clean.area } }));
        work.changed(UnitOfWork::Change::ComplianceChanged);
        return id;
    });
}

Status DeviceService::remove(qint64 id)
{
    return UnitOfWork::write(m_vault, Permission::ChangeSettings, [&](UnitOfWork &work) -> Status {
        TRY_ASSIGN(const Device device, existing(work, id));
        TRY(work.compliance().removeDevice(id, work.actor()));
        TRY(work.audit(AuditKind::DeviceRemoved, std::nullopt,
                       { { QStringLiteral("device_id"), id }, { QStringLiteral("name"), device.name } }));
        work.changed(UnitOfWork::Change::ComplianceChanged);
        return {};
    });
}

} // namespace consentry
