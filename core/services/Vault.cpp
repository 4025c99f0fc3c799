#include "services/Vault.h"

#include "compliance/NoticeText.h"

#include "platform/Clock.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/FileWriter.h"
#include "storage/KeyStore.h"
#include "storage/KeyslotFile.h"
#include "storage/LockoutFile.h"
#include "storage/NewFolder.h"
#include "storage/RecoveryKey.h"
#include "storage/Schema.h"
#include "storage/StorePaths.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLockFile>
#include <QTemporaryDir>

namespace consentry {

namespace {

const QString kRecoveryActor = QStringLiteral("recovery");

Database::Options storeOptions()
{
    Database::Options options;
    options.maxSchemaVersion = Schema::latestVersion();
    options.upgradeFormat = true; // a store of the 1 KiB format is rewritten in 4 KiB pages once (ADR 0006)
    return options;
}

bool hasStoreFiles(const QString &dataDir)
{
    const QDir dir(dataDir);
    for (const QString &name : StorePaths::allNames()) {
        if (dir.exists(name))
            return true;
    }
    return false;
}

void removeDatabaseFiles(const QString &dataDir)
{
    const QString db = StorePaths::database(dataDir);
    for (const QString &suffix :
         { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(db + suffix);
}

} // namespace

Vault::Vault(QString dataDir, FileWriter &writer)
    : m_dataDir(std::move(dataDir))
    , m_writer(&writer)
{
}

Vault::~Vault()
{
    m_db.reset();
    m_key.clear();
}

Vault::FolderState Vault::inspect(const QString &dataDir)
{
    if (StorePaths::isUnfinished(dataDir))
        return FolderState::Empty; // a killed init or restore: no store; create/restore clean it up
    const bool keys = QFileInfo::exists(StorePaths::keyslots(dataDir));
    const bool db = QFileInfo::exists(StorePaths::database(dataDir));
    if (keys && db)
        return FolderState::Ready;
    if (!keys && !db)
        return FolderState::Empty;
    return FolderState::Incomplete;
}

Result<QStringList> Vault::userNames(const QString &dataDir)
{
    Result<KeyslotFile> keys = KeyslotFile::load(StorePaths::keyslots(dataDir));
    if (!keys)
        return keys.error();
    return keys->userNames();
}

Result<QString> Vault::defaultUserName(const QString &dataDir)
{
    Result<KeyslotFile> keys = KeyslotFile::load(StorePaths::keyslots(dataDir));
    if (!keys)
        return keys.error();
    return keys->defaultUser;
}

Status Vault::checkUserName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidArgument, tr("The user name must not be empty."));
    if (name != name.trimmed() || name.size() > kMaxUserNameLength)
        return makeError(
            ErrorKind::InvalidArgument,
            tr("The user name must be at most %1 characters without spaces at either end.").arg(kMaxUserNameLength));
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return makeError(ErrorKind::InvalidArgument, tr("The user name contains a control character."));
    }
    if (name == kRecoveryActor || name == QLatin1String("system"))
        return makeError(ErrorKind::InvalidArgument, tr("The user name \"%1\" is reserved.").arg(name));
    return {};
}

Status Vault::checkNewPassword(const SecureBytes &password)
{
    if (password.isEmpty())
        return makeError(ErrorKind::InvalidArgument, tr("The password must not be empty."));
    const QString text = QString::fromUtf8(password.chars(), static_cast<int>(password.size()));
    if (text.size() < kMinPasswordLength)
        return makeError(ErrorKind::Policy,
                         tr("The password must have at least %1 characters.").arg(kMinPasswordLength));
    return {};
}

Status Vault::seed(Database &db, const QString &storeId, const QString &managerName, const SiteProfile &site)
{
    Transaction tx(db);
    if (Status ok = tx.begin(); !ok)
        return ok;
    Result<Statement> store
        = db.prepare(QStringLiteral("INSERT INTO store (id, store_id, created_at) VALUES (1, ?1, ?2)"));
    if (!store)
        return store.error();
    store.value().bind(1, storeId).bind(2, Clock::instance().now());
    if (Status ok = store.value().exec(); !ok)
        return ok;
    AuditLog audit(db, storeId);
    if (Result<qint64> ok = audit.append(AuditLog::StoreCreated, managerName, std::nullopt,
                                         { { QStringLiteral("schema_version"), Schema::latestVersion() } });
        !ok)
        return ok.error();
    UserRepository users(db);
    if (Result<qint64> ok = users.add(managerName, Role::Manager, QStringLiteral("setup")); !ok)
        return ok.error();
    if (Result<qint64> ok = audit.append(
            AuditLog::UserAdded, managerName, std::nullopt,
            { { QStringLiteral("user"), managerName }, { QStringLiteral("role"), QStringLiteral("manager") } });
        !ok)
        return ok.error();
    SettingsRepository settings(db);
    NoticeRepository notices(db);
    // The first notice version, in both languages, filled from the site profile given at setup.
    for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        const QString text = NoticeText::compose(site, language).toCanonicalText();
        if (Result<qint64> ok = notices.publish(initialNoticeVersion(), language, text); !ok)
            return ok.error();
    }
    if (Status ok = settings.setValue(SettingsRepository::CurrentNoticeKey, initialNoticeVersion(), managerName); !ok)
        return ok;
    if (Status ok = settings.setSiteProfile(site, managerName); !ok)
        return ok;
    if (Status ok = settings.setValue(SettingsRepository::IdleLockMinutesKey,
                                      QString::number(SettingsRepository::kDefaultIdleLockMinutes), managerName);
        !ok)
        return ok;
    return tx.commit();
}

Result<Vault::Created> Vault::create(const QString &dataDir, const QString &managerName, const SecureBytes &password,
                                     const SiteProfile &site)
{
    return create(dataDir, managerName, password, site, FileWriter::standard());
}

Result<Vault::Created> Vault::create(const QString &dataDir, const QString &managerName, const SecureBytes &password,
                                     const SiteProfile &site, FileWriter &writer)
{
    if (Status ok = checkUserName(managerName); !ok)
        return ok.error();
    if (Status ok = checkNewPassword(password); !ok)
        return ok.error();
    (void)StorePaths::clearUnfinished(dataDir); // what a killed init or restore left is no store
    if (hasStoreFiles(dataDir) || StorePaths::isUnfinished(dataDir))
        return makeError(ErrorKind::Policy,
                         tr("\"%1\" already holds a Consentry store (or part of one); nothing was changed. Choose an "
                            "empty folder.")
                             .arg(QDir::toNativeSeparators(dataDir)));
    const bool folderExisted = QFileInfo(dataDir).isDir();
    NewFolder madeFolder; // with its missing parents: removed again if this fails
    if (!folderExisted) {
        if (Status ok = madeFolder.make(dataDir); !ok)
            return ok.error();
    }
    // From here on, any failure removes what this call created; a kill leaves the marker, and the next
    // init or restore into this folder removes the rest.
    const auto undo = [&](const Error &error) -> Result<Created> {
        QFile::remove(StorePaths::keyslots(dataDir));
        removeDatabaseFiles(dataDir);
        QFile::remove(StorePaths::unfinishedMarker(dataDir));
        if (!folderExisted)
            QDir().rmdir(dataDir);
        return error;
    };
    if (Status ok = writer.writeAtomically(StorePaths::unfinishedMarker(dataDir), QByteArrayLiteral("init\n")); !ok)
        return undo(ok.error());

    const QByteArray storeIdBytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(SecureBytes::random(16).data()), 16).toHex();
    const QString storeId = QString::fromLatin1(storeIdBytes);
    SecureBytes key = SecureBytes::random(Database::kKeyBytes);
    RecoveryKey::Generated recovery = RecoveryKey::generate();

    KeyslotFile keys;
    keys.storeId = storeId;
    keys.defaultUser = managerName;
    {
        Database::Options options = storeOptions();
        options.create = true;
        Result<std::unique_ptr<Database>> db = Database::open(StorePaths::database(dataDir), key, options);
        if (!db)
            return undo(db.error());
        if (Status ok = Schema::migrate(*db.value()); !ok)
            return undo(ok.error());
        if (Status ok = seed(*db.value(), storeId, managerName, site); !ok)
            return undo(ok.error());
        if (Status ok = db.value()->checkpoint(); !ok)
            return undo(ok.error());
    }
    Result<QByteArray> salt = KeyslotFile::readDatabaseSalt(StorePaths::database(dataDir));
    if (!salt)
        return undo(salt.error());
    keys.databaseSalt = salt.value();
    QFile::setPermissions(StorePaths::database(dataDir), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!folderExisted)
        QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const KdfParams params = KdfParams::forThisProcess();
    Result<Keyslot> userSlot = KeyStore::wrap(key, password, Keyslot::Type::User, managerName, storeId, params);
    if (!userSlot)
        return undo(userSlot.error());
    Result<Keyslot> recoverySlot
        = KeyStore::wrap(key, recovery.secret, Keyslot::Type::Recovery, kRecoveryActor, storeId, params);
    if (!recoverySlot)
        return undo(recoverySlot.error());
    keys.slotList << userSlot.value() << recoverySlot.value();
    if (Status ok = keys.save(StorePaths::keyslots(dataDir), writer); !ok)
        return undo(ok.error());
    // Last step: the store exists once the marker is gone.
    if (!QFile::remove(StorePaths::unfinishedMarker(dataDir)))
        return undo(makeError(ErrorKind::IO,
                              tr("\"%1\" could not be finished; nothing was kept. Check that the folder is writable.")
                                  .arg(QDir::toNativeSeparators(dataDir))));

    Result<std::unique_ptr<Vault>> vault = openWith(dataDir, managerName, password, Reason::Login, writer);
    if (!vault)
        return vault.error();
    madeFolder.keep();
    return Created { std::move(vault).value(), recovery.printable };
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &dataDir, const QString &userName, const SecureBytes &password)
{
    return openWith(dataDir, userName, password, Reason::Login, FileWriter::standard());
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &dataDir, const QString &userName, const SecureBytes &password,
                                           FileWriter &writer)
{
    return openWith(dataDir, userName, password, Reason::Login, writer);
}

Result<std::unique_ptr<Vault>> Vault::openWithRecoveryKey(const QString &dataDir, const QString &recoveryKey)
{
    Result<SecureBytes> secret = RecoveryKey::parse(recoveryKey);
    if (!secret)
        return secret.error();
    return openWith(dataDir, QString(), secret.value(), Reason::Recovery, FileWriter::standard());
}

Result<std::unique_ptr<Vault>> Vault::openWith(const QString &dataDir, const QString &requestedUser,
                                               const SecureBytes &secret, Reason reason, FileWriter &writer)
{
    if (inspect(dataDir) == FolderState::Empty)
        return makeError(ErrorKind::NotFound,
                         tr("There is no Consentry store in \"%1\". Create one first (init).")
                             .arg(QDir::toNativeSeparators(dataDir)));
    Result<KeyslotFile> keys = KeyslotFile::load(StorePaths::keyslots(dataDir));
    if (!keys)
        return keys.error().kind == ErrorKind::NotFound ? makeError(ErrorKind::Data, keys.errorMessage())
                                                        : keys.error();

    const bool recovery = reason == Reason::Recovery;
    const QString userName = recovery ? kRecoveryActor : (requestedUser.isEmpty() ? keys->defaultUser : requestedUser);
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
    std::unique_ptr<Vault> vault(new Vault(dataDir, writer));
    LockoutFile audited = lockout.value();
    if (Status ok = vault->attach(keys.value(), std::move(key).value(), userName, reason, &audited); !ok) {
        // A right password does not count as wrong, even when the store then fails to open.
        if (Result<std::unique_ptr<QLockFile>> guard = LockoutFile::lock(lockoutPath); guard) {
            LockoutFile state = LockoutFile::load(lockoutPath, keys->storeId);
            state.forgive(attempt.value());
            (void)state.saveAfter(attempt.value(), lockoutPath, writer);
        }
        return ok.error();
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

    // A slot made at a lower cost than production (e.g. under CONSENTRY_FAST_KDF) is re-wrapped at
    // production cost now that both the key and the secret are at hand, and a slot of an older format
    // (KDF parameters not authenticated) at its own cost. Best effort.
    const KdfParams production = KdfParams::production();
    const bool cheap = !KdfParams::fastKdfRequested()
        && (slot->memLimit < production.memLimit || slot->opsLimit < production.opsLimit);
    if (cheap || slot->version < Keyslot::kCurrentVersion) {
        const KdfParams params = cheap ? production : KdfParams { slot->opsLimit, slot->memLimit };
        Result<Keyslot> stronger = KeyStore::wrap(vault->m_key, secret, slot->type, slot->name, keys->storeId, params);
        if (stronger) {
            KeyslotFile upgraded = keys.value();
            upgraded.putSlot(stronger.value());
            (void)vault->saveKeyslots(upgraded);
        }
    }
    return vault;
}

Status Vault::attach(const KeyslotFile &keys, SecureBytes key, const QString &userName, Reason reason,
                     LockoutFile *lockout)
{
    const QString dbPath = StorePaths::database(m_dataDir);
    Result<QByteArray> salt = KeyslotFile::readDatabaseSalt(dbPath);
    if (!salt)
        return salt.error().kind == ErrorKind::NotFound ? makeError(ErrorKind::Data, salt.errorMessage())
                                                        : salt.error();
    const Error foreign = makeError(ErrorKind::Data,
                                    tr("The database and the keyslot file belong to different stores. Put back the "
                                       "files that belong together, or restore a backup."));
    if (salt.value() != keys.databaseSalt)
        return foreign;

    Result<std::unique_ptr<Database>> db = Database::open(dbPath, key, storeOptions());
    if (!db)
        return db.error();
    Database &database = *db.value();

    Result<int> version = Schema::version(database);
    if (!version)
        return version.error();
    if (version.value() < Schema::latestVersion()) {
        if (Status ok = Schema::migrate(database); !ok)
            return ok;
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
        return ok;
    AuditLog audit(database, keys.storeId);
    if (version.value() < Schema::latestVersion()) {
        if (Result<qint64> ok = audit.append(
                AuditLog::SchemaMigrated, QStringLiteral("system"), std::nullopt,
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
                = audit.append(AuditLog::LoginFailed, failure.user, std::nullopt,
                               { { QStringLiteral("attempted_at"), Statement::formatDateTime(failure.at) } });
                !ok)
                return ok.error();
        }
        if (lockout->totalFailures < seen) {
            if (Result<qint64> ok
                = audit.append(AuditLog::LockoutReset, QStringLiteral("system"), std::nullopt,
                               { { QStringLiteral("expected_at_least"), static_cast<double>(seen) },
                                 { QStringLiteral("found"), static_cast<double>(lockout->totalFailures) } });
                !ok)
                return ok.error();
            lockout->totalFailures = seen;
        }
        if (lockout->totalFailures != seen) {
            if (Status ok = settings.setValue(SettingsRepository::SeenLockoutFailuresKey,
                                              QString::number(lockout->totalFailures), QStringLiteral("system"));
                !ok)
                return ok;
        }
    }
    const QString kind = reason == Reason::Recovery ? AuditLog::RecoveryUsed
        : reason == Reason::Unlock                  ? AuditLog::Unlock
        : reason == Reason::Restore                 ? AuditLog::Restore
                                                    : AuditLog::LoginOk;
    if (Result<qint64> ok = audit.append(kind, userName, std::nullopt, {}); !ok)
        return ok.error();
    if (Status ok = tx.commit(); !ok)
        return ok;

    m_storeId = keys.storeId;
    m_db = std::move(db).value();
    m_key = std::move(key);
    m_session = session;
    return {};
}

void Vault::lock()
{
    if (isLocked())
        return;
    {
        Transaction tx(*m_db);
        if (tx.begin().ok() && auditLog().append(AuditLog::Lock, m_session.userName, std::nullopt, {}).ok())
            (void)tx.commit();
    }
    m_db.reset();
    m_key.clear();
}

Status Vault::unlock(const QString &userName, const SecureBytes &password)
{
    if (!isLocked())
        return makeError(ErrorKind::InvalidArgument, tr("The store is already unlocked."));
    Result<std::unique_ptr<Vault>> fresh = openWith(m_dataDir, userName, password, Reason::Unlock, *m_writer);
    if (!fresh)
        return fresh.error();
    Vault &other = *fresh.value();
    m_storeId = other.m_storeId;
    m_db = std::move(other.m_db);
    m_key = std::move(other.m_key);
    m_session = other.m_session;
    return {};
}

Status Vault::require(Permission permission)
{
    if (isLocked())
        return makeError(ErrorKind::Authentication, tr("The store is locked. Unlock it first."));
    Status allowed = AccessControl::check(m_session.role, permission);
    if (!allowed) {
        Transaction tx(*m_db);
        if (tx.begin().ok()
            && auditLog()
                   .append(AuditLog::AccessDenied, m_session.userName, std::nullopt,
                           { { QStringLiteral("role"), RoleNames::key(m_session.role) },
                             { QStringLiteral("permission"), static_cast<int>(permission) } })
                   .ok())
            (void)tx.commit();
    }
    return allowed;
}

Result<KeyslotFile> Vault::loadKeyslots() const
{
    Result<KeyslotFile> keys = KeyslotFile::load(StorePaths::keyslots(m_dataDir));
    if (keys && keys->storeId != m_storeId)
        return makeError(ErrorKind::Data,
                         tr("The keyslot file was replaced by one of another store; nothing was "
                            "changed."));
    return keys;
}

Status Vault::saveKeyslots(const KeyslotFile &keyslots)
{
    return keyslots.save(StorePaths::keyslots(m_dataDir), *m_writer);
}

Result<std::unique_ptr<Vault>> Vault::restore(const QString &backupPath, const QString &dataDir,
                                              const QString &userName, const SecureBytes &password,
                                              const QString &expectedStoreId)
{
    return restore(backupPath, dataDir, userName, password, expectedStoreId, FileWriter::standard());
}

Result<std::unique_ptr<Vault>> Vault::restore(const QString &backupPath, const QString &dataDir,
                                              const QString &requestedUser, const SecureBytes &password,
                                              const QString &expectedStoreId, FileWriter &writer)
{
    // 1. Everything is read and verified before the target folder is touched.
    Result<Backup::Contents> contents = Backup::read(backupPath);
    if (!contents)
        return contents.error();
    Result<KeyslotFile> keys = KeyslotFile::parse(contents->keyslotBytes);
    if (!keys)
        return makeError(ErrorKind::Data,
                         tr("The backup file is damaged or incomplete; it was not restored. Use "
                            "another backup."));
    if (keys->storeId != contents->storeId)
        return makeError(ErrorKind::Data,
                         tr("The backup's keyslots belong to another store than its database; it "
                            "was not restored."));
    if (!expectedStoreId.isEmpty() && contents->storeId != expectedStoreId)
        return makeError(
            ErrorKind::Data,
            tr("This backup belongs to another store; it was not restored. Choose a backup of this store."));
    const QString userName = requestedUser.isEmpty() ? keys->defaultUser : requestedUser;
    const Keyslot *slot = keys->userSlot(userName);
    if (!slot)
        return makeError(ErrorKind::Authentication, tr("There is no user \"%1\" in this backup.").arg(userName));
    if (password.isEmpty())
        return makeError(ErrorKind::Authentication,
                         tr("The password is empty. Type the password of \"%1\".").arg(userName));
    Result<SecureBytes> key = KeyStore::unwrap(*slot, password, keys->storeId);
    if (!key)
        return key.errorKind() == ErrorKind::Authentication ? makeError(
                   ErrorKind::Authentication, tr("The password for \"%1\" is wrong for this backup.").arg(userName))
                                                            : key.error();
    if (Status ok = Backup::verify(contents.value(), key.value()); !ok)
        return ok.error();

    // 2. Only into an empty folder (what a killed init or restore left does not count).
    (void)StorePaths::clearUnfinished(dataDir);
    const bool folderExisted = QFileInfo(dataDir).isDir();
    if (QFileInfo::exists(dataDir) && !folderExisted)
        return makeError(ErrorKind::InvalidArgument,
                         tr("\"%1\" is a file, not a folder.").arg(QDir::toNativeSeparators(dataDir)));
    if (folderExisted && !QDir(dataDir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return makeError(ErrorKind::Policy,
                         tr("A backup is restored only into an empty folder, and \"%1\" is not "
                            "empty; nothing was changed.")
                             .arg(QDir::toNativeSeparators(dataDir)));
    NewFolder madeFolder; // with its missing parents: removed again if this fails
    if (!folderExisted) {
        if (Status ok = madeFolder.make(dataDir); !ok)
            return ok.error();
    }
    const auto undo = [&](const Error &error) -> Result<std::unique_ptr<Vault>> {
        QFile::remove(StorePaths::keyslots(dataDir));
        removeDatabaseFiles(dataDir);
        QFile::remove(StorePaths::lockout(dataDir));
        QFile::remove(StorePaths::unfinishedMarker(dataDir));
        if (!folderExisted)
            QDir().rmdir(dataDir);
        return error;
    };
    if (Status ok = writer.writeAtomically(StorePaths::unfinishedMarker(dataDir), QByteArrayLiteral("restore\n")); !ok)
        return undo(ok.error());

    // 3. Stage and check the database inside the target (same file system for the final rename).
    {
        QTemporaryDir stage(QDir(dataDir).filePath(QStringLiteral(".restore-XXXXXX")));
        if (!stage.isValid())
            return undo(makeError(ErrorKind::IO,
                                  tr("Nothing can be written into \"%1\" (%2). Check its permissions.")
                                      .arg(QDir::toNativeSeparators(dataDir), stage.errorString())));
        const QString stagedDb = stage.filePath(QStringLiteral("consentry.db"));
        if (Status ok = writer.writeAtomically(stagedDb, contents->databaseBytes); !ok)
            return undo(ok.error());
        {
            Result<std::unique_ptr<Database>> db = Database::open(stagedDb, key.value(), storeOptions());
            if (!db)
                return undo(db.error());
            if (Status ok = db.value()->integrityCheck(); !ok)
                return undo(ok.error());
            Result<QString> storeId = db.value()->queryText(QStringLiteral("SELECT store_id FROM store WHERE id = 1"));
            if (!storeId)
                return undo(storeId.error());
            if (storeId.value() != keys->storeId)
                return undo(makeError(ErrorKind::Data,
                                      tr("The backup's database belongs to another store than its "
                                         "keyslots; it was not restored.")));
            Result<std::optional<StaffUser>> user = UserRepository(*db.value()).find(userName);
            if (!user)
                return undo(user.error());
            if (!user.value() || user.value()->role != Role::Manager)
                return undo(makeError(ErrorKind::Policy, tr("Only a manager may restore a backup.")));
            if (Status ok = db.value()->checkpoint(); !ok)
                return undo(ok.error());
        }
        Result<QByteArray> salt = KeyslotFile::readDatabaseSalt(stagedDb);
        if (!salt)
            return undo(salt.error());
        KeyslotFile restoredKeys = keys.value();
        restoredKeys.databaseSalt = salt.value();
        // 4. Move into place: database first, keyslot file last (the store exists once both do).
        for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(stagedDb + suffix);
        if (!QFile::rename(stagedDb, StorePaths::database(dataDir)))
            return undo(makeError(
                ErrorKind::IO,
                tr("The restored database could not be moved into \"%1\".").arg(QDir::toNativeSeparators(dataDir))));
        if (Status ok = restoredKeys.save(StorePaths::keyslots(dataDir), writer); !ok)
            return undo(ok.error());
    }
    if (!QFile::remove(StorePaths::unfinishedMarker(dataDir)))
        return undo(makeError(ErrorKind::IO,
                              tr("\"%1\" could not be finished; nothing was kept. Check that the folder is writable.")
                                  .arg(QDir::toNativeSeparators(dataDir))));

    Result<std::unique_ptr<Vault>> vault = openWith(dataDir, userName, password, Reason::Restore, writer);
    if (!vault)
        return undo(vault.error());
    madeFolder.keep();
    return vault;
}

} // namespace consentry
