#pragma once

#include "Result.h"
#include "compliance/RetentionPolicy.h"
#include "domain/AuditKind.h"
#include "repo/ActivityRepository.h"
#include "repo/AuditLog.h"
#include "repo/ComplianceRepository.h"
#include "repo/ConsentRepository.h"
#include "repo/NoticeRepository.h"
#include "repo/PendingReceiptRepository.h"
#include "repo/ResidentListQuery.h"
#include "repo/ResidentRepository.h"
#include "repo/SettingsRepository.h"
#include "repo/TemplateRepository.h"
#include "repo/UserRepository.h"
#include "repo/VerificationRepository.h"
#include "services/AccessControl.h"
#include "services/ChangeFeed.h"
#include "storage/Transaction.h"
#include "vault/Session.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <type_traits>
#include <vector>

namespace consentry {

class Database;
class FileWriter;
class KeyslotFile;
class SecureBytes;
class Vault;

// One service call, start to end: the role check, one transaction, the repositories, the audit events in
// that same transaction, the commit, and the change notice after it. A service method reads as its rule:
//
//   return UnitOfWork::write(m_vault, Permission::Enroll, [&](UnitOfWork &work) -> Result<qint64> {
//       TRY(validate(resident));
//       TRY_ASSIGN(const qint64 id, work.residents().add(resident));
//       TRY(work.audit(AuditKind::ResidentCreated, id));
//       work.changed(UnitOfWork::Change::ResidentCreated, { id });
//       return id;
//   });
//
// A failed body rolls everything back (audit events included) and publishes nothing. Public service
// methods are one unit of work each; a service that needs another's rule inside its own work calls a
// function taking `UnitOfWork &` (units of work do not nest). Core-internal: ui/ and cli/ never include
// this header (tests/architecture checks it).
class UnitOfWork
{
public:
    using Change = ChangeSet::Kind;

    // Permission checked (a refusal is audited), then `body(work)` inside BEGIN IMMEDIATE … COMMIT.
    template <typename Body> static auto write(Vault &vault, Permission permission, Body &&body);
    // Every one of `permissions` (an act that needs more than one, e.g. enrolling over a duplicate).
    template <typename Body> static auto write(Vault &vault, const QList<Permission> &permissions, Body &&body);
    // Permission checked, then `body(work)` without a transaction (reads; no audit events).
    template <typename Body> static auto read(Vault &vault, Permission permission, Body &&body);
    // Work the policy does by itself, whoever is signed in (the scheduled retention purge): needs an unlocked
    // store, no permission, and its audit events name the actor "system".
    template <typename Body> static auto writeAsSystem(Vault &vault, Body &&body);

    ~UnitOfWork();
    UnitOfWork(const UnitOfWork &) = delete;
    UnitOfWork &operator=(const UnitOfWork &) = delete;

    const Session &session() const;
    const QString &actor() const { return m_actor; } // who this work's audit events name
    Database &database();
    QString dataDir() const;
    QString storeId() const;
    // For the services that handle keys and files (accounts, backups, exports).
    const SecureBytes &databaseKey() const;
    FileWriter &writer();
    Result<KeyslotFile> loadKeyslots() const;
    Status saveKeyslots(const KeyslotFile &keyslots);

    ResidentRepository residents();
    ConsentRepository consents();
    TemplateRepository templates();
    NoticeRepository notices();
    SettingsRepository settings();
    UserRepository users();
    VerificationRepository verifications();
    PendingReceiptRepository pendingReceipts();
    AuditLog auditLog();
    ComplianceRepository compliance(); // devices, signs printed, impact assessments, filings
    ActivityRepository activity();
    // The retention policy as stored (read once per unit of work).
    Result<RetentionPolicy> retentionPolicy();
    // Residents as the Residents screen lists them, as of today under the stored retention policy.
    Result<ResidentListQuery> residentList();

    // Appends an audit event by actor() inside this work's transaction (refused in read()).
    Result<qint64> audit(const QString &kind, std::optional<qint64> residentId = std::nullopt,
                         const QJsonObject &details = {});
    // For read work that leaves a trace of what it did outside the store (a backup file written): one audit
    // event committed at once in a transaction of its own.
    Result<qint64> auditAlone(const QString &kind, std::optional<qint64> residentId = std::nullopt,
                              const QJsonObject &details = {});
    // Announced on the vault's ChangeFeed once the work has committed.
    void changed(Change kind, const QList<qint64> &residentIds = {});
    // Files outside the database that the work changed: `undo` runs if the work does not commit (a keyslot
    // file put back, a staged folder removed); `then` runs after the commit.
    void onRollback(std::function<void()> undo) { m_undo.push_back(std::move(undo)); }
    void afterCommit(std::function<void()> then) { m_then.push_back(std::move(then)); }
    // The same, once per `tag` however often it is asked for (a file rewritten from the whole table).
    void afterCommit(std::function<void()> then, const QString &tag)
    {
        if (m_thenTags.contains(tag))
            return;
        m_thenTags << tag;
        m_then.push_back(std::move(then));
    }
    bool hasAfterCommitTag(const QString &tag) const { return m_thenTags.contains(tag); }

private:
    enum class Mode { Read, Write };
    UnitOfWork(Vault &vault, QString actor, Mode mode);
    static Status authorize(Vault &vault, Permission permission);

public:
    // The site's grants in force (Settings), read from the store; none while locked or unreadable.
    static AccessControl::SiteGrants siteGrants(Vault &vault);

private:
    static Status authorize(Vault &vault, const QList<Permission> &permissions);
    static Status requireUnlocked(Vault &vault);
    static QString sessionUser(const Vault &vault);
    static QString systemActor();
    Status begin();
    Status commit();
    template <typename R, typename Body> static R run(Vault &vault, QString actor, Mode mode, Body &body);

    Vault &m_vault;
    QString m_actor;
    Mode m_mode;
    std::optional<Transaction> m_transaction;
    ChangeSet m_changes;
    std::optional<RetentionPolicy> m_policy;
    std::vector<std::function<void()>> m_undo;
    std::vector<std::function<void()>> m_then;
    QStringList m_thenTags;
    bool m_committed = false;
};

template <typename R, typename Body> R UnitOfWork::run(Vault &vault, QString actor, Mode mode, Body &body)
{
    UnitOfWork work(vault, std::move(actor), mode);
    if (mode == Mode::Write) {
        if (Status ok = work.begin(); !ok)
            return R(ok.error());
    }
    R result = body(work);
    if (!result.ok() || mode == Mode::Read)
        return result; // a write rolls back in ~UnitOfWork
    if (Status ok = work.commit(); !ok)
        return R(ok.error());
    return result;
}

template <typename Body> auto UnitOfWork::write(Vault &vault, Permission permission, Body &&body)
{
    using R = std::invoke_result_t<Body &, UnitOfWork &>;
    if (Status allowed = authorize(vault, permission); !allowed)
        return R(allowed.error());
    return run<R>(vault, sessionUser(vault), Mode::Write, body);
}

template <typename Body> auto UnitOfWork::write(Vault &vault, const QList<Permission> &permissions, Body &&body)
{
    using R = std::invoke_result_t<Body &, UnitOfWork &>;
    if (Status allowed = authorize(vault, permissions); !allowed)
        return R(allowed.error());
    return run<R>(vault, sessionUser(vault), Mode::Write, body);
}

template <typename Body> auto UnitOfWork::read(Vault &vault, Permission permission, Body &&body)
{
    using R = std::invoke_result_t<Body &, UnitOfWork &>;
    if (Status allowed = authorize(vault, permission); !allowed)
        return R(allowed.error());
    return run<R>(vault, sessionUser(vault), Mode::Read, body);
}

template <typename Body> auto UnitOfWork::writeAsSystem(Vault &vault, Body &&body)
{
    using R = std::invoke_result_t<Body &, UnitOfWork &>;
    if (Status unlocked = requireUnlocked(vault); !unlocked)
        return R(unlocked.error());
    return run<R>(vault, systemActor(), Mode::Write, body);
}

} // namespace consentry
