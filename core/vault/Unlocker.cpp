#include "vault/Unlocker.h"

#include "domain/AuditActor.h"
#include "domain/AuditKind.h"
#include "platform/Clock.h"
#include "repo/AuditLog.h"
#include "repo/SettingsRepository.h"
#include "repo/UserRepository.h"
#include "storage/Database.h"
#include "storage/DeletionLedger.h"
#include "storage/FileWriter.h"
#include "storage/KeyStore.h"
#include "storage/KeyslotFile.h"
#include "storage/LockoutFile.h"
#include "storage/RecoveryKey.h"
#include "storage/Schema.h"
#include "storage/StorePaths.h"
#include "storage/Transaction.h"
#include "vault/OpenStore.h"
#include "vault/StoreFolder.h"
#include "vault/Vault.h"
#include "vault/VaultInternals.h"

#include <QDir>
#include <QLockFile>

#include <algorithm>

namespace consentry {

Result<std::unique_ptr<Vault>> Unlocker::open(const QString &dataDir, const QString &userName,
                                              const SecureBytes &password)
{
    return open(dataDir, userName, password, FileWriter::standard());
}

Result<std::unique_ptr<Vault>> Unlocker::open(const QString &dataDir, const QString &userName,
                                              const SecureBytes &password, FileWriter &writer)
{
    Result<std::unique_ptr<OpenStore>> store = openStore(dataDir, userName, password, Reason::Login, writer);
    if (!store)
        return store.error();
    return std::make_unique<Vault>(std::move(store).value(), writer);
}

Result<std::unique_ptr<Vault>> Unlocker::openWithRecoveryKey(const QString &dataDir, const QString &recoveryKey)
{
    Result<SecureBytes> secret = RecoveryKey::parse(recoveryKey);
    if (!secret)
        return secret.error();
    Result<std::unique_ptr<OpenStore>> store
        = openStore(dataDir, QString(), secret.value(), Reason::Recovery, FileWriter::standard());
    if (!store)
        return store.error();
    return std::make_unique<Vault>(std::move(store).value(), FileWriter::standard());
}

Result<std::unique_ptr<OpenStore>> Unlocker::unlock(const Vault &vault, const QString &userName,
                                                    const SecureBytes &password)
{
    return openStore(vault.dataDir(), userName, password, Reason::Unlock, VaultInternals::writer(vault));
}

Result<std::unique_ptr<OpenStore>> Unlocker::openStore(const QString &dataDir, const QString &requestedUser,
                                                       const SecureBytes &secret, Reason reason, FileWriter &writer)
{
    // A restore over this store killed half-way: the old store back, or the new one finished.
    (void)StoreFolder::recoverInterruptedReplace(dataDir);
    if (StoreFolder::inspect(dataDir) == StoreFolder::State::Empty)
        return makeError(ErrorKind::NotFound,
                         tr("There is no Consentry store in \"%1\". Create one first (init).")
                             .arg(QDir::toNativeSeparators(dataDir)));
    Result<KeyslotFile> keys = KeyslotFile::load(StorePaths::keyslots(dataDir));
    if (!keys)
        return keys.error().kind == ErrorKind::NotFound ? makeError(ErrorKind::Data, keys.errorMessage())
                                                        : keys.error();

    const bool recovery = reason == Reason::Recovery;
    const QString userName
        = recovery ? AuditActor::Recovery : (requestedUser.isEmpty() ? keys->defaultUser : requestedUser);
    const Keyslot *slot = recovery ? keys->recoverySlot() : keys->userSlot(userName);
    if (secret.isEmpty())
        return makeError(ErrorKind::Authentication,
                         tr("The password is empty. Type the password of \"%1\".").arg(userName));
    const Error wrong = makeError(ErrorKind::Authentication,
                                  recovery ? tr("The recovery key is wrong.")
                                           : tr("The user name or the password is wrong. Try again or use the "
                                                "recovery key."));

    // The attempt counts before the expensive check, under the lockout lock: parallel guesses count too.
    const QString lockoutPath = StorePaths::lockout(dataDir);
    const QDateTime now = Clock::instance().now();
    Result<LockoutFile::Attempt> attempt
        = LockoutFile::reserveAttempt(lockoutPath, keys->storeId, userName, now, writer);
    if (!attempt)
        return attempt.error();
    if (!slot) {
        // An unknown name costs what a wrong password costs and reads the same.
        if (const QStringList names = keys->userNames(); !names.isEmpty())
            KeyStore::spendLikeUnwrap(*keys->userSlot(names.constFirst()), secret);
        return wrong;
    }
    Result<SecureBytes> key = KeyStore::unwrap(*slot, secret, keys->storeId);
    if (!key)
        return key.errorKind() == ErrorKind::Authentication ? wrong : key.error();

    // Right password: take back this attempt's count. The lock is held for file access only, never
    // across the database work in attach() (a schema migration may take long).
    const auto forgiven = [&]() -> Result<LockoutFile> {
        Result<std::unique_ptr<QLockFile>> guard = LockoutFile::lock(lockoutPath);
        if (!guard)
            return guard.error();
        LockoutFile state = LockoutFile::load(lockoutPath, keys->storeId);
        state.forgive(attempt.value());
        return state;
    };
    Result<LockoutFile> lockout = forgiven();
    if (!lockout)
        return lockout.error();
    LockoutFile audited = lockout.value();
    Result<std::unique_ptr<OpenStore>> store
        = attach(dataDir, keys.value(), std::move(key).value(), userName, reason, &audited);
    if (!store) {
        // A right password does not count as wrong, even when the store then fails to open.
        if (Result<std::unique_ptr<QLockFile>> guard = LockoutFile::lock(lockoutPath); guard) {
            LockoutFile state = LockoutFile::load(lockoutPath, keys->storeId);
            state.forgive(attempt.value());
            (void)state.saveAfter(attempt.value(), lockoutPath, writer);
        }
        return store.error();
    }
    if (Result<std::unique_ptr<QLockFile>> guard = LockoutFile::lock(lockoutPath); guard) {
        // Whatever other processes counted meanwhile stays; what attach() wrote to the audit log goes.
        LockoutFile state = LockoutFile::load(lockoutPath, keys->storeId);
        state.forgive(attempt.value());
        state.dropPending(lockout->pending);
        // attach() raised the total to what the database has seen when the file had been reset.
        state.totalFailures = std::max(state.totalFailures, audited.totalFailures);
        state.clear(userName);
        (void)state.save(lockoutPath, writer);
    }

    // A slot made at a lower cost than production (e.g. with the tests' fast KDF) is re-wrapped at
    // production cost now that both the key and the secret are at hand, and a slot of an older format
    // (KDF parameters not authenticated) at its own cost. Best effort.
    const KdfParams production = KdfParams::production();
    const bool cheap = !KdfParams::fastKdfRequested()
        && (slot->memLimit < production.memLimit || slot->opsLimit < production.opsLimit);
    if (cheap || slot->version < Keyslot::kCurrentVersion) {
        const KdfParams params = cheap ? production : KdfParams { slot->opsLimit, slot->memLimit };
        Result<Keyslot> stronger
            = KeyStore::wrap(store.value()->m_key, secret, slot->type, slot->name, keys->storeId, params);
        if (stronger) {
            KeyslotFile upgraded = keys.value();
            upgraded.putSlot(stronger.value());
            (void)upgraded.save(StorePaths::keyslots(dataDir), writer);
        }
    }
    // The deletion ledger file follows the table (a process killed between a deletion's commit and the file
    // write leaves it one step behind; a file that cannot be written now is written next time).
    (void)DeletionLedger::sync(*store.value()->m_db, dataDir, keys->storeId, store.value()->m_key, writer);
    return store;
}

Result<std::unique_ptr<OpenStore>> Unlocker::attach(const QString &dataDir, const KeyslotFile &keys, SecureBytes key,
                                                    const QString &userName, Reason reason, LockoutFile *lockout)
{
    const QString dbPath = StorePaths::database(dataDir);
    Result<QByteArray> salt = KeyslotFile::readDatabaseSalt(dbPath);
    if (!salt)
        return salt.error().kind == ErrorKind::NotFound ? makeError(ErrorKind::Data, salt.errorMessage())
                                                        : salt.error();
    const Error foreign = makeError(ErrorKind::Data,
                                    tr("The database and the keyslot file belong to different stores. Put back the "
                                       "files that belong together, or restore a backup."));
    if (salt.value() != keys.databaseSalt)
        return foreign;

    Result<std::unique_ptr<Database>> db = Database::open(dbPath, key, VaultInternals::databaseOptions());
    if (!db)
        return db.error();
    Database &database = *db.value();

    Result<int> version = Schema::version(database);
    if (!version)
        return version.error();
    if (version.value() < Schema::latestVersion()) {
        if (Status ok = Schema::migrate(database); !ok)
            return ok.error();
    }
    Result<QString> storeId = database.queryText(QStringLiteral("SELECT store_id FROM store WHERE id = 1"));
    if (!storeId)
        return storeId.error();
    if (storeId.value() != keys.storeId)
        return foreign;

    Session session;
    session.userName = userName;
    session.unlockedAt = Clock::instance().now();
    if (reason == Reason::Recovery) {
        session.role = Role::Manager;
        session.viaRecoveryKey = true;
    } else {
        Result<std::optional<StaffUser>> user = UserRepository(database).find(userName);
        if (!user)
            return user.error();
        if (!user.value())
            return makeError(ErrorKind::Authentication, tr("There is no user \"%1\" in this store.").arg(userName));
        session.role = user.value()->role;
    }

    // Record the unlock, and the failed attempts the lockout file collected while the store was closed.
    Transaction tx(database);
    if (Status ok = tx.begin(); !ok)
        return ok.error();
    AuditLog audit(database, keys.storeId);
    if (version.value() < Schema::latestVersion()) {
        if (Result<qint64> ok = audit.append(
                AuditKind::SchemaMigrated, AuditActor::System, std::nullopt,
                { { QStringLiteral("from"), version.value() }, { QStringLiteral("to"), Schema::latestVersion() } });
            !ok)
            return ok.error();
    }
    if (lockout) {
        SettingsRepository settings(database);
        Result<QString> seenText = settings.value(SettingsRepository::SeenLockoutFailuresKey);
        if (!seenText)
            return seenText.error();
        const qint64 seen = seenText->toLongLong();
        for (const LockoutFile::PendingFailure &failure : lockout->pending) {
            if (failure.sequence <= seen)
                continue;
            if (Result<qint64> ok
                = audit.append(AuditKind::LoginFailed, failure.user, std::nullopt,
                               { { QStringLiteral("attempted_at"), Statement::formatDateTime(failure.at) } });
                !ok)
                return ok.error();
        }
        if (lockout->totalFailures < seen) {
            if (Result<qint64> ok
                = audit.append(AuditKind::LockoutReset, AuditActor::System, std::nullopt,
                               { { QStringLiteral("expected_at_least"), static_cast<double>(seen) },
                                 { QStringLiteral("found"), static_cast<double>(lockout->totalFailures) } });
                !ok)
                return ok.error();
            lockout->totalFailures = seen;
        }
        if (lockout->totalFailures != seen) {
            if (Status ok = settings.setValue(SettingsRepository::SeenLockoutFailuresKey,
                                              QString::number(lockout->totalFailures), AuditActor::System);
                !ok)
                return ok.error();
        }
    }
    const QString kind = reason == Reason::Recovery ? AuditKind::RecoveryUsed
        : reason == Reason::Unlock                  ? AuditKind::Unlock
        : reason == Reason::Restore                 ? AuditKind::Restore
                                                    : AuditKind::LoginOk;
    if (Result<qint64> ok = audit.append(kind, userName, std::nullopt, {}); !ok)
        return ok.error();
    if (Status ok = tx.commit(); !ok)
        return ok.error();

    return std::unique_ptr<OpenStore>(
        new OpenStore(dataDir, keys.storeId, std::move(db).value(), std::move(key), session));
}

} // namespace consentry
