#pragma once

#include "Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QList>

namespace consentry {

// What a service call needs. Every service method names its permissions to UnitOfWork, so a role is enforced
// in core whatever the front end shows or hides.
enum class Permission {
    ViewStatus, // schema version and counts (every role)
    ViewResidents, // list and read residents, their consents
    Enroll, // create/edit residents, record consents, add templates
    WithdrawConsent, // record a withdrawal (as easy as consenting: front desk may do it)
    Verify, // load the gallery, record matches
    PrintSignage,
    ReadAudit, // read and verify the audit log
    ViewReports,
    ManageUsers, // add/remove users, reset passwords, new recovery key
    Export, // one person's access package
    DeleteResidents, // erase a person's data
    ChangeSettings, // site profile, notice, idle lock
    Backup,
    Purge, // apply retention now
    DecideDuplicates, // enroll a face that matches another resident (a manager has looked: twins, relatives)
};

class AccessControl
{
    Q_DECLARE_TR_FUNCTIONS(AccessControl)

public:
    // What a site allows beyond the role table: a manager's choice in Settings, read from the store by
    // UnitOfWork for every call the table alone refuses.
    struct SiteGrants {
        // Front-desk staff may answer an access request (PIPL art. 45, 查阅、复制): Permission::Export.
        bool staffAnswersAccessRequests = false;
    };

    // The rule table: manager everything; staff enroll, verify, view residents, print signage;
    // auditor reads audit and reports.
    static bool allows(Role role, Permission permission);
    static QList<Permission> allPermissions();
    static QString describe(Permission permission); // translated, "enroll residents"
    // What a role may do, from the table itself (so an account's description never promises more):
    // "May: see the store's status; read the audit log; view reports."
    static QString describeRole(Role role);
    // Policy error naming the role and the act, or success.
    static Status check(Role role, Permission permission);
    // The same with the site's grants; a refusal the site could lift says who can lift it and where.
    static bool allows(Role role, Permission permission, const SiteGrants &site);
    static Status check(Role role, Permission permission, const SiteGrants &site);
};

} // namespace consentry
