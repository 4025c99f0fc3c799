#include "domain/AuditKind.h"

namespace consentry {

QStringList AuditKind::all()
{
    return { ResidentCreated,
             ResidentEdited,
             ResidentDeleted,
             ConsentGranted,
             ConsentDeclined,
             ConsentWithdrawn,
             ConsentDiscarded,
             RenewalRequired,
             ConsentRenewed,
             TemplateCreated,
             TemplateDeleted,
             DuplicateAccepted,
             Verification,
             Identification,
             TemplatesReplaced,
             Export,
             Purge,
             AgeAnswerChanged,
             RecordReduced,
             LedgerReapplied,
             SignagePrinted,
             LoginOk,
             LoginFailed,
             Unlock,
             Lock,
             AccessDenied,
             RecoveryUsed,
             LockoutReset,
             UserAdded,
             UserRemoved,
             PasswordChanged,
             SettingsChanged,
             Backup,
             Restore,
             StoreCreated,
             SchemaMigrated,
             DeviceAdded,
             DeviceRemoved,
             AssessmentSigned,
             FilingRecorded,
             AuditVerified };
}

QString AuditKind::displayName(const QString &kind)
{
    if (kind == LoginOk)
        return tr("Signed in");
    if (kind == LoginFailed)
        return tr("Sign-in failed");
    if (kind == Unlock)
        return tr("Unlocked");
    if (kind == Lock)
        return tr("Locked");
    if (kind == RecoveryUsed)
        return tr("Recovery key used");
    if (kind == LockoutReset)
        return tr("Lockout state reset");
    if (kind == StoreCreated)
        return tr("Store created");
    if (kind == SchemaMigrated)
        return tr("Store upgraded");
    if (kind == UserAdded)
        return tr("User added");
    if (kind == UserRemoved)
        return tr("User removed");
    if (kind == PasswordChanged)
        return tr("Password changed");
    if (kind == Identification)
        return tr("Face search run");
    if (kind == TemplatesReplaced)
        return tr("Face data re-enrolled");
    if (kind == ResidentCreated)
        return tr("Resident added");
    if (kind == ResidentEdited)
        return tr("Resident edited");
    if (kind == ResidentDeleted)
        return tr("Resident deleted");
    if (kind == ConsentGranted)
        return tr("Consent granted");
    if (kind == ConsentDeclined)
        return tr("Consent declined");
    if (kind == ConsentWithdrawn)
        return tr("Consent withdrawn");
    if (kind == ConsentDiscarded)
        return tr("Consent decision discarded (not stored)");
    if (kind == RenewalRequired)
        return tr("Consent renewal required (notice changed)");
    if (kind == ConsentRenewed)
        return tr("Consent renewed");
    if (kind == TemplateCreated)
        return tr("Face template stored");
    if (kind == TemplateDeleted)
        return tr("Face template deleted");
    if (kind == DuplicateAccepted)
        return tr("Matching face accepted by a manager");
    if (kind == Verification)
        return tr("Verification");
    if (kind == Export)
        return tr("Data exported");
    if (kind == Backup)
        return tr("Backup made");
    if (kind == Restore)
        return tr("Backup restored");
    if (kind == SettingsChanged)
        return tr("Settings changed");
    if (kind == SignagePrinted)
        return tr("Signage printed");
    if (kind == Purge)
        return tr("Expired data deleted");
    if (kind == AgeAnswerChanged)
        return tr("Age answer changed");
    if (kind == RecordReduced)
        return tr("Record reduced to ids");
    if (kind == LedgerReapplied)
        return tr("Deletions re-applied after a restore");
    if (kind == AccessDenied)
        return tr("Access refused");
    if (kind == DeviceAdded)
        return tr("Device registered");
    if (kind == DeviceRemoved)
        return tr("Device removed from the register");
    if (kind == AssessmentSigned)
        return tr("Impact assessment signed");
    if (kind == FilingRecorded)
        return tr("Filing recorded");
    if (kind == AuditVerified)
        return tr("Audit log verified");
    return kind;
}

} // namespace consentry
