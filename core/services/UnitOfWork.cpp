#include "services/UnitOfWork.h"

#include "platform/Clock.h"
#include "services/Vault.h"
#include "storage/Database.h"
#include "storage/KeyslotFile.h"

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
    return vault.require(permission);
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
    return m_vault.database();
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
    return m_vault.databaseKey();
}

FileWriter &UnitOfWork::writer()
{
    return m_vault.writer();
}

Result<KeyslotFile> UnitOfWork::loadKeyslots() const
{
    return m_vault.loadKeyslots();
}

Status UnitOfWork::saveKeyslots(const KeyslotFile &keyslots)
{
    return m_vault.saveKeyslots(keyslots);
}

ResidentRepository UnitOfWork::residents()
{
    return ResidentRepository(database());
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

AuditLog UnitOfWork::auditLog()
{
    return AuditLog(database(), m_vault.storeId());
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
    Transaction transaction(database());
    TRY(transaction.begin());
    TRY_ASSIGN(const qint64 id, auditLog().append(kind, m_actor, residentId, details));
    TRY(transaction.commit());
    ChangeSet appended;
    appended.add(Change::AuditAppended);
    m_vault.changes().publish(appended);
    return id;
}

void UnitOfWork::changed(Change kind, const QList<qint64> &residentIds)
{
    m_changes.add(kind, residentIds);
}

} // namespace consentry
