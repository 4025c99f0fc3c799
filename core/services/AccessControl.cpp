#include "services/AccessControl.h"

namespace consentry {

bool AccessControl::allows(Role role, Permission permission)
{
    switch (role) {
    case Role::Manager: return true;
    case Role::Staff:
        switch (permission) {
        case Permission::ViewStatus:
        case Permission::ViewResidents:
        case Permission::Enroll:
        case Permission::WithdrawConsent:
        case Permission::Verify:
        case Permission::PrintSignage: return true;
        default: return false;
        }
    case Role::Auditor:
        switch (permission) {
        case Permission::ViewStatus:
        case Permission::ReadAudit:
        case Permission::ViewReports: return true;
        default: return false;
        }
    }
    return false;
}

QList<Permission> AccessControl::allPermissions()
{
    return { Permission::ViewStatus,      Permission::ViewResidents,   Permission::Enroll,
             Permission::WithdrawConsent, Permission::Verify,          Permission::PrintSignage,
             Permission::ReadAudit,       Permission::ViewReports,     Permission::ManageUsers,
             Permission::Export,          Permission::DeleteResidents, Permission::ChangeSettings,
             Permission::Backup,          Permission::Purge,           Permission::DecideDuplicates };
}

QString AccessControl::describeRole(Role role)
{
    QStringList allowed;
    for (Permission permission : allPermissions()) {
        if (allows(role, permission))
            allowed << describe(permission);
    }
    if (allowed.size() == allPermissions().size())
        return tr("May do everything, including managing users and settings.");
    return tr("May only: %1.").arg(allowed.join(tr("; ")));
}

QString AccessControl::describe(Permission permission)
{
    switch (permission) {
    case Permission::ViewStatus: return tr("see the store's status");
    case Permission::ViewResidents: return tr("view residents");
    case Permission::Enroll: return tr("enroll residents or record consents");
    case Permission::WithdrawConsent: return tr("record a withdrawal of consent");
    case Permission::Verify: return tr("verify faces");
    case Permission::PrintSignage: return tr("print signage");
    case Permission::ReadAudit: return tr("read the audit log");
    case Permission::ViewReports: return tr("view reports");
    case Permission::ManageUsers: return tr("manage user accounts");
    case Permission::Export: return tr("export personal data");
    case Permission::DeleteResidents: return tr("delete residents' data");
    case Permission::ChangeSettings: return tr("change settings");
    case Permission::Backup: return tr("make backups");
    case Permission::Purge: return tr("purge expired data");
    case Permission::DecideDuplicates: return tr("enroll a face that matches another resident");
    }
    return QString();
}

Status AccessControl::check(Role role, Permission permission)
{
    if (allows(role, permission))
        return {};
    return makeError(
        ErrorKind::Policy,
        tr("The role \"%1\" may not %2. Ask a manager.").arg(RoleNames::displayName(role), describe(permission)));
}

bool AccessControl::allows(Role role, Permission permission, const SiteGrants &site)
{
    if (allows(role, permission))
        return true;
    return role == Role::Staff && permission == Permission::Export && site.staffAnswersAccessRequests;
}

Status AccessControl::check(Role role, Permission permission, const SiteGrants &site)
{
    if (allows(role, permission, site))
        return {};
    if (role == Role::Staff && permission == Permission::Export)
        return makeError(ErrorKind::Policy,
                         tr("Front-desk staff may not export a person's access package at this site. A manager can "
                            "allow it in Settings → Security: \"Front-desk staff may answer access requests\"."));
    return check(role, permission);
}

} // namespace consentry
