#include "vault/StoreFolder.h"

#include "compliance/NoticeText.h"
#include "domain/AuditActor.h"
#include "domain/AuditKind.h"
#include "platform/Clock.h"
#include "platform/Formats.h"
#include "repo/AuditLog.h"
#include "repo/NoticeRepository.h"
#include "repo/SettingsRepository.h"
#include "repo/UserRepository.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/DeletionLedger.h"
#include "storage/FileWriter.h"
#include "storage/KeyStore.h"
#include "storage/KeyslotFile.h"
#include "storage/NewFolder.h"
#include "storage/RecoveryKey.h"
#include "storage/Schema.h"
#include "storage/StorePaths.h"
#include "storage/Transaction.h"
#include "vault/AccountRules.h"
#include "vault/OpenStore.h"
#include "vault/Unlocker.h"
#include "vault/Vault.h"
#include "vault/VaultInternals.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace consentry {

namespace {

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

Result<std::unique_ptr<Vault>> openVault(const QString &dataDir, const QString &userName, const SecureBytes &secret,
                                         Unlocker::Reason reason, FileWriter &writer)
{
    Result<std::unique_ptr<OpenStore>> store = Unlocker::openStore(dataDir, userName, secret, reason, writer);
    if (!store)
        return store.error();
    return std::make_unique<Vault>(std::move(store).value(), writer);
}

} // namespace

StoreFolder::State StoreFolder::inspect(const QString &dataDir)
{
    if (StorePaths::isUnfinished(dataDir))
        return State::Empty; // a killed init or restore: no store; create/restore clean it up
    const bool keys = QFileInfo::exists(StorePaths::keyslots(dataDir));
    const bool db = QFileInfo::exists(StorePaths::database(dataDir));
    if (keys && db)
        return State::Ready;
    if (!keys && !db)
        return State::Empty;
    return State::Incomplete;
}

Result<QStringList> StoreFolder::userNames(const QString &dataDir)
{
    Result<KeyslotFile> keys = KeyslotFile::load(StorePaths::keyslots(dataDir));
    if (!keys)
        return keys.error();
    return keys->userNames();
}

Result<QString> StoreFolder::defaultUserName(const QString &dataDir)
{
    Result<KeyslotFile> keys = KeyslotFile::load(StorePaths::keyslots(dataDir));
    if (!keys)
        return keys.error();
    return keys->defaultUser;
}

Status StoreFolder::seed(Database &db, const QString &storeId, const QString &managerName, const SiteProfile &site)
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
    if (Result<qint64> ok = audit.append(AuditKind::StoreCreated, managerName, std::nullopt,
                                         { { QStringLiteral("schema_version"), Schema::latestVersion() } });
        !ok)
        return ok.error();
    UserRepository users(db);
    if (Result<qint64> ok = users.add(managerName, Role::Manager, AuditActor::Setup); !ok)
        return ok.error();
    if (Result<qint64> ok = audit.append(
            AuditKind::UserAdded, managerName, std::nullopt,
            { { QStringLiteral("user"), managerName }, { QStringLiteral("role"), QStringLiteral("manager") } });
        !ok)
        return ok.error();
    SettingsRepository settings(db);
    NoticeRepository notices(db);
    if (Status ok = settings.setSiteProfile(site, managerName); !ok)
        return ok;
    // The first notice version, in both languages, filled from the site profile given at setup: only when
    // the profile is complete. Until then no notice is in force and nobody can be asked (issue 10 §1).
    if (site.missingFields().isEmpty()) {
        Result<RetentionPolicy> policy = settings.retentionPolicy();
        if (!policy)
            return policy.error();
        for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
            const QString text = NoticeText::compose(site, policy.value(), language).toCanonicalText();
            if (Result<qint64> ok = notices.publish(initialNoticeVersion(), language, text); !ok)
                return ok.error();
        }
        if (Status ok = notices.putMaterial(initialNoticeVersion(), NoticeText::materialFields(site, policy.value()));
            !ok)
            return ok;
        if (Status ok = settings.setValue(SettingsRepository::CurrentNoticeKey, initialNoticeVersion(), managerName);
            !ok)
            return ok;
    }
    if (Status ok = settings.setValue(SettingsRepository::IdleLockMinutesKey,
                                      QString::number(SettingsRepository::kDefaultIdleLockMinutes), managerName);
        !ok)
        return ok;
    return tx.commit();
}

Result<StoreFolder::Created> StoreFolder::create(const QString &dataDir, const QString &managerName,
                                                 const SecureBytes &password, const SiteProfile &site)
{
    return create(dataDir, managerName, password, site, FileWriter::standard());
}

Result<StoreFolder::Created> StoreFolder::create(const QString &dataDir, const QString &managerName,
                                                 const SecureBytes &password, const SiteProfile &site,
                                                 FileWriter &writer)
{
    if (Status ok = AccountRules::checkUserName(managerName); !ok)
        return ok.error();
    if (Status ok = AccountRules::checkNewPassword(password); !ok)
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
        Database::Options options = VaultInternals::databaseOptions();
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
        = KeyStore::wrap(key, recovery.secret, Keyslot::Type::Recovery, AuditActor::Recovery, storeId, params);
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

    Result<std::unique_ptr<Vault>> vault = openVault(dataDir, managerName, password, Unlocker::Reason::Login, writer);
    if (!vault)
        return vault.error();
    madeFolder.keep();
    return Created { std::move(vault).value(), recovery.printable };
}

struct StoreFolder::VerifiedBackup {
    Backup::Contents contents;
    KeyslotFile keys;
    SecureBytes key;
    QString userName;
};

Result<StoreFolder::VerifiedBackup> StoreFolder::verifyBackup(const QString &backupPath, const QString &requestedUser,
                                                              const SecureBytes &password,
                                                              const QString &expectedStoreId)
{
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
    return VerifiedBackup { std::move(contents).value(), std::move(keys).value(), std::move(key).value(), userName };
}

Result<std::unique_ptr<Vault>> StoreFolder::restore(const QString &backupPath, const QString &dataDir,
                                                    const QString &userName, const SecureBytes &password,
                                                    const QString &expectedStoreId)
{
    return restore(backupPath, dataDir, userName, password, expectedStoreId, FileWriter::standard());
}

Result<std::unique_ptr<Vault>> StoreFolder::restore(const QString &backupPath, const QString &dataDir,
                                                    const QString &requestedUser, const SecureBytes &password,
                                                    const QString &expectedStoreId, FileWriter &writer)
{
    return restoreInto(backupPath, dataDir, requestedUser, password, expectedStoreId, writer, nullptr);
}

Result<std::unique_ptr<Vault>> StoreFolder::restoreInto(const QString &backupPath, const QString &dataDir,
                                                        const QString &requestedUser, const SecureBytes &password,
                                                        const QString &expectedStoreId, FileWriter &writer,
                                                        QDateTime *backupTakenAt)
{
    // 1. Everything is read and verified before the target folder is touched.
    Result<VerifiedBackup> verified = verifyBackup(backupPath, requestedUser, password, expectedStoreId);
    if (!verified)
        return verified.error();
    const Backup::Contents &contents = verified->contents;
    const KeyslotFile &keys = verified->keys;
    const SecureBytes &key = verified->key;
    const QString userName = verified->userName;

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
        QFile::remove(DeletionLedger::path(dataDir));
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
        if (Status ok = writer.writeAtomically(stagedDb, contents.databaseBytes); !ok)
            return undo(ok.error());
        {
            Result<std::unique_ptr<Database>> db = Database::open(stagedDb, key, VaultInternals::databaseOptions());
            if (!db)
                return undo(db.error());
            if (Status ok = db.value()->integrityCheck(); !ok)
                return undo(ok.error());
            Result<QString> storeId = db.value()->queryText(QStringLiteral("SELECT store_id FROM store WHERE id = 1"));
            if (!storeId)
                return undo(storeId.error());
            if (storeId.value() != keys.storeId)
                return undo(makeError(ErrorKind::Data,
                                      tr("The backup's database belongs to another store than its "
                                         "keyslots; it was not restored.")));
            Result<std::optional<StaffUser>> user = UserRepository(*db.value()).find(userName);
            if (!user)
                return undo(user.error());
            if (!user.value() || user.value()->role != Role::Manager)
                return undo(makeError(ErrorKind::Policy, tr("Only a manager may restore a backup.")));
            if (backupTakenAt) {
                Result<QDateTime> last = LedgerReplay::lastRecordedAt(*db.value());
                if (!last)
                    return undo(last.error());
                *backupTakenAt = last.value();
            }
            if (Status ok = db.value()->checkpoint(); !ok)
                return undo(ok.error());
        }
        Result<QByteArray> salt = KeyslotFile::readDatabaseSalt(stagedDb);
        if (!salt)
            return undo(salt.error());
        KeyslotFile restoredKeys = keys;
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

    Result<std::unique_ptr<Vault>> vault = openVault(dataDir, userName, password, Unlocker::Reason::Restore, writer);
    if (!vault)
        return undo(vault.error());
    madeFolder.keep();
    return vault;
}

// ---- Restoring over an existing store

namespace {
const QString kReplacing = QStringLiteral("replacing");
const QString kReplaced = QStringLiteral("replaced");

// The store's own files that a replace swaps (the lockout file stays: same store, same accounts).
QStringList swappedNames()
{
    return { QStringLiteral("consentry.db"), QStringLiteral("consentry.db-wal"), QStringLiteral("consentry.db-shm"),
             QStringLiteral("consentry.keys") };
}
} // namespace

QString StoreFolder::replaceMarker(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("consentry.replacing"));
}

bool StoreFolder::recoverInterruptedReplace(const QString &dataDir)
{
    QFile marker(replaceMarker(dataDir));
    if (!marker.exists())
        return true;
    if (!marker.open(QIODevice::ReadOnly))
        return false;
    const QStringList lines = QString::fromUtf8(marker.read(4096)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    marker.close();
    const QDir dir(dataDir);
    const QString phase = lines.value(0);
    const QString kept = lines.value(1);
    if (kept.isEmpty() || kept.contains(QLatin1Char('/')) || kept.contains(QLatin1Char('\\'))
        || !kept.startsWith(QLatin1String(".replaced-")))
        return false; // not ours: leave it for a person
    const QDir old(dir.filePath(kept));
    if (phase == kReplacing && old.exists()) {
        // The new store was not completely in place: the old one goes back.
        for (const QString &name : swappedNames()) {
            if (!old.exists(name))
                continue;
            QFile::remove(dir.filePath(name));
            if (!QFile::rename(old.filePath(name), dir.filePath(name)))
                return false;
        }
    }
    if (old.exists() && !QDir(old).removeRecursively())
        return false;
    for (const QString &name :
         dir.entryList({ QStringLiteral(".restore-*") }, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        QDir(dir.filePath(name)).removeRecursively();
    return QFile::remove(replaceMarker(dataDir));
}

Result<StoreFolder::Restored> StoreFolder::restoreFresh(const QString &backupPath, const QString &dataDir,
                                                        const QString &userName, const SecureBytes &password)
{
    // The backup's age is its last event as it was written, read before the store opens: opening adds events
    // of its own (a schema upgrade's schema_migrated, the restore) that say nothing about when it was taken.
    Restored restored;
    Result<std::unique_ptr<Vault>> vault = restoreInto(backupPath, dataDir, userName, password, QString(),
                                                       FileWriter::standard(), &restored.replay.backupTakenAt);
    if (!vault)
        return vault.error();
    restored.vault = std::move(vault).value();
    return restored;
}

qint64 StoreFolder::backupAgeDays(const Restored &restored, const QDateTime &now)
{
    const QDateTime &taken = restored.replay.backupTakenAt;
    return taken.isValid() ? taken.daysTo(now) : -1;
}

QString StoreFolder::describe(const Restored &restored, const QString &dataDir, qint64 residents, const QDateTime &now)
{
    const LedgerReplay::Report &replay = restored.replay;
    const QString dir = QDir::toNativeSeparators(dataDir);
    const QString taken = replay.backupTakenAt.isValid()
        ? tr("The backup was taken on %1 (%n day(s) ago).", nullptr, static_cast<int>(backupAgeDays(restored, now)))
              .arg(Formats::dateTimeWithOffset(replay.backupTakenAt))
        : tr("When the backup was taken cannot be told.");
    if (!restored.replaced)
        return tr("Restored the backup into %1 (%2 residents).").arg(dir).arg(residents) + QLatin1Char(' ') + taken
            + QLatin1Char(' ')
            + tr("A restore into an empty folder has no deletion ledger: withdrawals, deletions and purges made "
                 "after the backup cannot be known here. Withdraw those residents again.");
    QString text = tr("Restored the backup over the store in %1 (%2 residents).").arg(dir).arg(residents)
        + QLatin1Char(' ') + taken + QLatin1Char(' ');
    if (replay.entriesReapplied == 0) {
        text += restored.ledgerFound ? tr("No deletion was made after the backup; nothing had to be re-applied.")
                                     : tr("No deletion ledger was found beside the store, so deletions made after "
                                          "the backup could not be re-applied: withdraw those residents again.");
        return text;
    }
    QStringList ids;
    for (const qint64 id : replay.residentIds)
        ids << QString::number(id);
    text += tr("Re-applied %n deletion(s) made after the backup (%1 resident(s), %2 face template(s) deleted, "
               "%3 consent(s) ended).",
               nullptr, replay.entriesReapplied)
                .arg(replay.residentIds.size())
                .arg(replay.templatesDeleted)
                .arg(replay.consentsEnded)
        + QLatin1Char(' ') + tr("Resident numbers: %1.").arg(ids.join(tr(", ")));
    return text;
}

Result<StoreFolder::Restored> StoreFolder::restoreReplacing(const QString &backupPath, const QString &dataDir,
                                                            const QString &userName, const SecureBytes &password)
{
    return restoreReplacing(backupPath, dataDir, userName, password, FileWriter::standard());
}

Result<StoreFolder::Restored> StoreFolder::restoreReplacing(const QString &backupPath, const QString &dataDir,
                                                            const QString &requestedUser, const SecureBytes &password,
                                                            FileWriter &writer)
{
    if (!recoverInterruptedReplace(dataDir))
        return makeError(ErrorKind::Data,
                         tr("An earlier restore into \"%1\" was interrupted and could not be "
                            "undone; nothing was changed. Ask your administrator.")
                             .arg(QDir::toNativeSeparators(dataDir)));
    if (inspect(dataDir) != State::Ready)
        return makeError(ErrorKind::NotFound,
                         tr("There is no complete store in \"%1\" to replace; restore into an empty folder "
                            "instead (without --replace).")
                             .arg(QDir::toNativeSeparators(dataDir)));
    Result<KeyslotFile> current = KeyslotFile::load(StorePaths::keyslots(dataDir));
    if (!current)
        return current.error();
    // 1. The backup, verified, of this very store.
    Result<VerifiedBackup> verified = verifyBackup(backupPath, requestedUser, password, current->storeId);
    if (!verified)
        return verified.error();
    const QString storeId = verified->keys.storeId;
    const SecureBytes &key = verified->key;

    // 2. What was deleted since: the ledger file beside the store, and the replaced database's own table
    //    when it still opens (it may be the damage that made someone restore).
    Restored restored;
    restored.replaced = true;
    Result<QList<DeletionLedger::Entry>> fromFile = DeletionLedger::readFile(dataDir, storeId, key);
    if (!fromFile)
        return fromFile.error(); // an altered ledger is not silently ignored
    QList<DeletionLedger::Entry> known = fromFile.value();
    restored.ledgerFound = QFileInfo::exists(DeletionLedger::path(dataDir));
    {
        Result<std::unique_ptr<Database>> live
            = Database::open(StorePaths::database(dataDir), key, VaultInternals::databaseOptions());
        if (live) {
            Result<QList<DeletionLedger::Entry>> table = DeletionLedger::entries(*live.value());
            if (table) {
                known = DeletionLedger::merge(known, table.value());
                restored.ledgerFound = true;
            }
        }
    }

    // 3. Staged beside the store (same file system), checked, the ledger re-applied, before anything moves.
    QTemporaryDir stage(QDir(dataDir).filePath(QStringLiteral(".restore-XXXXXX")));
    if (!stage.isValid())
        return makeError(ErrorKind::IO,
                         tr("Nothing can be written into \"%1\" (%2). Check its permissions.")
                             .arg(QDir::toNativeSeparators(dataDir), stage.errorString()));
    const QString stagedDb = stage.filePath(QStringLiteral("consentry.db"));
    TRY(writer.writeAtomically(stagedDb, verified->contents.databaseBytes));
    {
        TRY_ASSIGN(std::unique_ptr<Database> db, Database::open(stagedDb, key, VaultInternals::databaseOptions()));
        TRY(db->integrityCheck());
        TRY_ASSIGN(const QString stagedId, db->queryText(QStringLiteral("SELECT store_id FROM store WHERE id = 1")));
        if (stagedId != storeId)
            return makeError(ErrorKind::Data,
                             tr("The backup's database belongs to another store than its "
                                "keyslots; it was not restored."));
        TRY_ASSIGN(const std::optional<StaffUser> user, UserRepository(*db).find(verified->userName));
        if (!user || user->role != Role::Manager)
            return makeError(ErrorKind::Policy, tr("Only a manager may restore a backup."));
        // An older backup may predate the ledger table: bring it up to this version first.
        TRY(Schema::migrate(*db));
        TRY_ASSIGN(restored.replay, LedgerReplay::apply(*db, storeId, known));
        TRY_ASSIGN(const QList<DeletionLedger::Entry> all, DeletionLedger::entries(*db));
        known = DeletionLedger::merge(known, all);
        TRY(db->checkpoint());
    }
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(stagedDb + suffix);
    TRY_ASSIGN(const QByteArray salt, KeyslotFile::readDatabaseSalt(stagedDb));
    KeyslotFile restoredKeys = verified->keys;
    restoredKeys.databaseSalt = salt;

    // 4. The swap. The marker names the folder the old store waits in; until it says "replaced", a kill
    //    puts the old store back (recoverInterruptedReplace).
    const QDir dir(dataDir);
    const QString keptName
        = QStringLiteral(".replaced-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    if (!dir.mkdir(keptName))
        return makeError(
            ErrorKind::IO,
            tr("Nothing can be written into \"%1\". Check its permissions.").arg(QDir::toNativeSeparators(dataDir)));
    const QDir kept(dir.filePath(keptName));
    const auto undo = [&](const Error &error) -> Result<Restored> {
        (void)recoverInterruptedReplace(dataDir);
        kept.exists() ? (void)QDir(kept).removeRecursively() : (void)0;
        return error;
    };
    if (Status ok
        = writer.writeAtomically(replaceMarker(dataDir), (kReplacing + QLatin1Char('\n') + keptName).toUtf8());
        !ok) {
        QDir(kept).removeRecursively();
        return ok.error();
    }
    for (const QString &name : swappedNames()) {
        if (dir.exists(name) && !QFile::rename(dir.filePath(name), kept.filePath(name)))
            return undo(makeError(ErrorKind::IO,
                                  tr("The store in \"%1\" could not be moved aside; nothing was "
                                     "changed. Close Consentry and try again.")
                                      .arg(QDir::toNativeSeparators(dataDir))));
    }
    if (!QFile::rename(stagedDb, StorePaths::database(dataDir)))
        return undo(makeError(ErrorKind::IO,
                              tr("The restored database could not be moved into \"%1\"; nothing "
                                 "was changed.")
                                  .arg(QDir::toNativeSeparators(dataDir))));
    if (Status ok = restoredKeys.save(StorePaths::keyslots(dataDir), writer); !ok)
        return undo(ok.error());
    // Everything the ledger knew, including what was re-applied, stays beside the new store.
    if (Status ok = DeletionLedger::writeFile(dataDir, known, storeId, key, writer); !ok)
        return undo(ok.error());
    if (Status ok = writer.writeAtomically(replaceMarker(dataDir), (kReplaced + QLatin1Char('\n') + keptName).toUtf8());
        !ok)
        return undo(ok.error());
    (void)recoverInterruptedReplace(dataDir); // "replaced": the old store goes, then the marker

    Result<std::unique_ptr<Vault>> vault
        = openVault(dataDir, verified->userName, password, Unlocker::Reason::Restore, writer);
    if (!vault)
        return vault.error();
    restored.vault = std::move(vault).value();
    return restored;
}

} // namespace consentry
