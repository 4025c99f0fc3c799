#include "audit/AuditKinds.h"

#include "repo/AuditLog.h"

namespace consentry::ui {

QStringList AuditKinds::all()
{
    return { AuditLog::ResidentCreated, AuditLog::ResidentEdited,  AuditLog::ResidentDeleted,
             AuditLog::ConsentGranted,  AuditLog::ConsentDeclined, AuditLog::ConsentWithdrawn,
             AuditLog::TemplateCreated, AuditLog::TemplateDeleted, AuditLog::Export,
             AuditLog::Purge,           AuditLog::SignagePrinted,  AuditLog::LoginOk,
             AuditLog::LoginFailed,     AuditLog::Unlock,          AuditLog::Lock,
             AuditLog::AccessDenied,    AuditLog::RecoveryUsed,    AuditLog::LockoutReset,
             AuditLog::UserAdded,       AuditLog::UserRemoved,     AuditLog::PasswordChanged,
             AuditLog::SettingsChanged, AuditLog::Backup,          AuditLog::Restore,
             AuditLog::StoreCreated,    AuditLog::SchemaMigrated };
}

QString AuditKinds::displayName(const QString &kind)
{
    if (kind == AuditLog::LoginOk)
        return tr("Signed in");
    if (kind == AuditLog::LoginFailed)
        return tr("Sign-in failed");
    if (kind == AuditLog::Unlock)
        return tr("Unlocked");
    if (kind == AuditLog::Lock)
        return tr("Locked");
    if (kind == AuditLog::RecoveryUsed)
        return tr("Recovery key used");
    if (kind == AuditLog::LockoutReset)
        return tr("Lockout state reset");
    if (kind == AuditLog::StoreCreated)
        return tr("Store created");
    if (kind == AuditLog::SchemaMigrated)
        return tr("Store upgraded");
    if (kind == AuditLog::UserAdded)
        return tr("User added");
    if (kind == AuditLog::UserRemoved)
        return tr("User removed");
    if (kind == AuditLog::PasswordChanged)
        return tr("Password changed");
    if (kind == AuditLog::ResidentCreated)
        return tr("Resident added");
    if (kind == AuditLog::ResidentEdited)
        return tr("Resident edited");
    if (kind == AuditLog::ResidentDeleted)
        return tr("Resident deleted");
    if (kind == AuditLog::ConsentGranted)
        return tr("Consent granted");
    if (kind == AuditLog::ConsentDeclined)
        return tr("Consent declined");
    if (kind == AuditLog::ConsentWithdrawn)
        return tr("Consent withdrawn");
    if (kind == AuditLog::TemplateCreated)
        return tr("Face template stored");
    if (kind == AuditLog::TemplateDeleted)
        return tr("Face template deleted");
    if (kind == AuditLog::Export)
        return tr("Data exported");
    if (kind == AuditLog::Backup)
        return tr("Backup made");
    if (kind == AuditLog::Restore)
        return tr("Backup restored");
    if (kind == AuditLog::SettingsChanged)
        return tr("Settings changed");
    if (kind == AuditLog::SignagePrinted)
        return tr("Signage printed");
    if (kind == AuditLog::Purge)
        return tr("Expired data deleted");
    if (kind == AuditLog::AccessDenied)
        return tr("Access refused");
    return kind;
}

} // namespace consentry::ui
