#include "services/UnitOfWork.h"

#include "domain/AuditActor.h"
#include "domain/AuditKind.h"
#include "platform/Clock.h"
#include "storage/Database.h"
#include "storage/KeyslotFile.h"
#include "vault/Vault.h"
#include "vault/VaultInternals.h"

namespace consentry {

UnitOfWork::UnitOfWork(Vault &vault, QString actor, Mode mode)
    : m_vault(vault)
    , m_actor(std::move(actor))
    , m_mode(mode)
{
}

UnitOfWork::~UnitOfWork()
{
    if (m_committed)
        return;
    m_transaction.reset(); // rolls back
    for (auto it = m_undo.rbegin(); it != m_undo.rend(); ++it)
        (*it)();
}

Status UnitOfWork::authorize(Vault &vault, Permission permission)
{
    TRY(requireUnlocked(vault));
    const Session &session = vault.session();
    // The site's grants are read only when the role table alone refuses (one settings read, no transaction).
    AccessControl::SiteGrants site;
    if (!AccessControl::allows(session.role, permission))
        site = siteGrants(vault);
    Status allowed = AccessControl::check(session.role, permission, site);
    if (!allowed) {
        // The refusal is on record (a refusal changes nothing else, so the event is its own transaction).
        (void)VaultInternals::auditAlone(vault, session.userName, AuditKind::AccessDenied, std::nullopt,
                                         { { QStringLiteral("role"), RoleNames::key(session.role) },
                                           { QStringLiteral("permission"), static_cast<int>(permission) } });
    }
    return allowed;
}

AccessControl::SiteGrants UnitOfWork::siteGrants(Vault &vault)
{
    AccessControl::SiteGrants site;
    if (vault.isLocked())
        return site;
    // An unreadable setting grants nothing: the role table alone decides.
    Result<bool> staffExports = SettingsRepository(VaultInternals::database(vault)).staffAnswersAccessRequests();
    site.staffAnswersAccessRequests = staffExports && staffExports.value();
    return site;
}

Status UnitOfWork::authorize(Vault &vault, const QList<Permission> &permissions)
{
    for (const Permission permission : permissions)
        TRY(authorize(vault, permission));
    return {};
}

Status UnitOfWork::requireUnlocked(Vault &vault)
{
    if (vault.isLocked())
        return makeError(ErrorKind::Authentication, Vault::tr("The store is locked. Unlock it first."));
    return {};
}

QString UnitOfWork::sessionUser(const Vault &vault)
{
    return vault.session().userName;
}

QString UnitOfWork::systemActor()
{
    return AuditActor::System;
}

Status UnitOfWork::begin()
{
    m_transaction.emplace(database());
    return m_transaction->begin();
}

Status UnitOfWork::commit()
{
    if (Status ok = m_transaction->commit(); !ok)
        return ok;
    m_committed = true;
    for (const std::function<void()> &then : m_then)
        then();
    m_vault.changes().publish(m_changes);
    return {};
}

const Session &UnitOfWork::session() const
{
    return m_vault.session();
}

Database &UnitOfWork::database()
{
    return VaultInternals::database(m_vault);
}

QString UnitOfWork::dataDir() const
{
    return m_vault.dataDir();
}

QString UnitOfWork::storeId() const
{
    return m_vault.storeId();
}

const SecureBytes &UnitOfWork::databaseKey() const
{
    return VaultInternals::databaseKey(m_vault);
}

FileWriter &UnitOfWork::writer()
{
    return VaultInternals::writer(m_vault);
}

Result<KeyslotFile> UnitOfWork::loadKeyslots() const
{
    return VaultInternals::loadKeyslots(m_vault);
}

Status UnitOfWork::saveKeyslots(const KeyslotFile &keyslots)
{
    return VaultInternals::saveKeyslots(m_vault, keyslots);
}

ResidentRepository UnitOfWork::residents()
{
    return ResidentRepository(database());
}

ActivityRepository UnitOfWork::activity()
{
    return ActivityRepository(database());
}

ConsentRepository UnitOfWork::consents()
{
    return ConsentRepository(database());
}

TemplateRepository UnitOfWork::templates()
{
    return TemplateRepository(database());
}

NoticeRepository UnitOfWork::notices()
{
    return NoticeRepository(database());
}

SettingsRepository UnitOfWork::settings()
{
    return SettingsRepository(database());
}

UserRepository UnitOfWork::users()
{
    return UserRepository(database());
}

PendingReceiptRepository UnitOfWork::pendingReceipts()
{
    return PendingReceiptRepository(database());
}

VerificationRepository UnitOfWork::verifications()
{
    return VerificationRepository(database());
}

AuditLog UnitOfWork::auditLog()
{
    return AuditLog(database(), m_vault.storeId());
}

ComplianceRepository UnitOfWork::compliance()
{
    return ComplianceRepository(database());
}

Result<RetentionPolicy> UnitOfWork::retentionPolicy()
{
    if (!m_policy) {
        TRY_ASSIGN(const RetentionPolicy policy, settings().retentionPolicy());
        m_policy = policy;
    }
    return *m_policy;
}

Result<ResidentListQuery> UnitOfWork::residentList()
{
    TRY_ASSIGN(const RetentionPolicy policy, retentionPolicy());
    return ResidentListQuery(database(), policy, Clock::instance().now().date());
}

Result<qint64> UnitOfWork::audit(const QString &kind, std::optional<qint64> residentId, const QJsonObject &details)
{
    if (m_mode != Mode::Write)
        return makeError(ErrorKind::Internal, QStringLiteral("UnitOfWork::audit in a read"));
    TRY_ASSIGN(const qint64 id, auditLog().append(kind, m_actor, residentId, details));
    m_changes.add(Change::AuditAppended);
    return id;
}

Result<qint64> UnitOfWork::auditAlone(const QString &kind, std::optional<qint64> residentId, const QJsonObject &details)
{
    if (m_mode != Mode::Read)
        return makeError(ErrorKind::Internal, QStringLiteral("UnitOfWork::auditAlone inside a transaction"));
    return VaultInternals::auditAlone(m_vault, m_actor, kind, residentId, details);
}

void UnitOfWork::changed(Change kind, const QList<qint64> &residentIds)
{
    m_changes.add(kind, residentIds);
}

} // namespace consentry
