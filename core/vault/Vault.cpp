#include "vault/Vault.h"

#include "domain/AuditKind.h"
#include "repo/AuditLog.h"
#include "services/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/KeyslotFile.h"
#include "storage/Schema.h"
#include "storage/StorePaths.h"
#include "storage/Transaction.h"
#include "vault/OpenStore.h"
#include "vault/Unlocker.h"
#include "vault/VaultInternals.h"

namespace consentry {

Vault::Vault(std::unique_ptr<OpenStore> store, FileWriter &writer)
    : m_dataDir(store->dataDir())
    , m_writer(&writer)
    , m_changes(std::make_unique<ChangeFeed>())
    , m_store(std::move(store))
    , m_session(m_store->session())
    , m_storeId(m_store->storeId())
{
    // The login and setup dialogs open the store on a worker thread; the screens listen on the main one.
    if (QCoreApplication::instance())
        m_changes->moveToThread(QCoreApplication::instance()->thread());
}

Vault::~Vault() = default;

void Vault::lock()
{
    if (isLocked())
        return;
    (void)VaultInternals::auditAlone(*this, m_session.userName, AuditKind::Lock, std::nullopt, {});
    m_store.reset();
}

Status Vault::adopt(std::unique_ptr<OpenStore> store)
{
    if (!isLocked())
        return makeError(ErrorKind::InvalidArgument, tr("The store is already unlocked."));
    if (!store || store->dataDir() != m_dataDir || (!m_storeId.isEmpty() && store->storeId() != m_storeId))
        return makeError(ErrorKind::Internal, QStringLiteral("Vault::adopt: a session of another store"));
    m_store = std::move(store);
    m_session = m_store->session();
    m_storeId = m_store->storeId();
    ChangeSet unlocked;
    unlocked.add(ChangeSet::Kind::AuditAppended); // the unlock event
    m_changes->publish(unlocked);
    return {};
}

Status Vault::unlock(const QString &userName, const SecureBytes &password)
{
    if (!isLocked())
        return makeError(ErrorKind::InvalidArgument, tr("The store is already unlocked."));
    Result<std::unique_ptr<OpenStore>> fresh = Unlocker::unlock(*this, userName, password);
    if (!fresh)
        return fresh.error();
    return adopt(std::move(fresh).value());
}

Database::Options VaultInternals::databaseOptions()
{
    Database::Options options;
    options.maxSchemaVersion = Schema::latestVersion();
    options.upgradeFormat = true; // a store of the 1 KiB format is rewritten in 4 KiB pages once (ADR 0006)
    return options;
}

Database &VaultInternals::database(Vault &vault)
{
    return *vault.m_store->m_db;
}

const SecureBytes &VaultInternals::databaseKey(const Vault &vault)
{
    static const SecureBytes none;
    return vault.m_store ? vault.m_store->m_key : none; // a locked vault holds no key
}

FileWriter &VaultInternals::writer(const Vault &vault)
{
    return *vault.m_writer;
}

Result<KeyslotFile> VaultInternals::loadKeyslots(const Vault &vault)
{
    Result<KeyslotFile> keys = KeyslotFile::load(StorePaths::keyslots(vault.m_dataDir));
    if (keys && keys->storeId != vault.m_storeId)
        return makeError(ErrorKind::Data,
                         Vault::tr("The keyslot file was replaced by one of another store; nothing was "
                                   "changed."));
    return keys;
}

Status VaultInternals::saveKeyslots(const Vault &vault, const KeyslotFile &keyslots)
{
    return keyslots.save(StorePaths::keyslots(vault.m_dataDir), *vault.m_writer);
}

Result<qint64> VaultInternals::auditAlone(Vault &vault, const QString &actor, const QString &kind,
                                          std::optional<qint64> residentId, const QJsonObject &details)
{
    if (vault.isLocked())
        return makeError(ErrorKind::Authentication, Vault::tr("The store is locked. Unlock it first."));
    Transaction transaction(database(vault));
    TRY(transaction.begin());
    TRY_ASSIGN(const qint64 id, AuditLog(database(vault), vault.m_storeId).append(kind, actor, residentId, details));
    TRY(transaction.commit());
    ChangeSet appended;
    appended.add(ChangeSet::Kind::AuditAppended);
    vault.m_changes->publish(appended);
    return id;
}

} // namespace consentry
