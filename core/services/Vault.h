#pragma once

#include "Result.h"
#include "domain/SiteProfile.h"
#include "repo/AuditLog.h"
#include "repo/ConsentRepository.h"
#include "repo/NoticeRepository.h"
#include "repo/ResidentRepository.h"
#include "repo/SettingsRepository.h"
#include "repo/TemplateRepository.h"
#include "repo/UserRepository.h"
#include "services/AccessControl.h"
#include "services/Session.h"
#include "storage/SecureBytes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace consentry {

class ChangeFeed;
class Database;
class FileWriter;
class KeyslotFile;
class LockoutFile;

// The store as a whole: creates it, unlocks it with a user's password or the recovery key, locks it,
// restores it from a backup, and hands out the repositories to core services. One Vault per data folder
// and process; the GUI keeps one for its lifetime and locks/unlocks it, the CLI opens one per command.
//
//   auto created = Vault::create(dir, "wang", password, profile);   // shows created->recoveryKey once
//   auto vault = Vault::open(dir, "wang", password);                // Authentication error: exit 2
//   UserService(*vault.value()).add("li", Role::Staff, pw);         // role checked in core
//   vault.value()->lock();                                           // idle lock; unlock() again
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    enum class FolderState {
        Empty, // no store here: setup may create one
        Ready, // keyslot file and database present
        Incomplete, // one of the two is missing
    };

    struct Created;

    static FolderState inspect(const QString &dataDir);
    // Account names from the keyslot file, for the login screen (readable before unlock).
    static Result<QStringList> userNames(const QString &dataDir);
    static Result<QString> defaultUserName(const QString &dataDir);

    static Result<Created> create(const QString &dataDir, const QString &managerName, const SecureBytes &password,
                                  const SiteProfile &site);
    static Result<Created> create(const QString &dataDir, const QString &managerName, const SecureBytes &password,
                                  const SiteProfile &site, FileWriter &writer);
    // Empty userName: the default user (the manager made by init).
    static Result<std::unique_ptr<Vault>> open(const QString &dataDir, const QString &userName,
                                               const SecureBytes &password);
    static Result<std::unique_ptr<Vault>> open(const QString &dataDir, const QString &userName,
                                               const SecureBytes &password, FileWriter &writer);
    // Unlocks as a manager-level recovery session (to reset a forgotten password).
    static Result<std::unique_ptr<Vault>> openWithRecoveryKey(const QString &dataDir, const QString &recoveryKey);
    // Restores `backupPath` into the empty folder `dataDir`, verifying everything before writing, and opens
    // it as `userName` (who must be a manager in the backup). `expectedStoreId`, when given, refuses a
    // backup of any other store.
    static Result<std::unique_ptr<Vault>> restore(const QString &backupPath, const QString &dataDir,
                                                  const QString &userName, const SecureBytes &password,
                                                  const QString &expectedStoreId = QString());
    static Result<std::unique_ptr<Vault>> restore(const QString &backupPath, const QString &dataDir,
                                                  const QString &userName, const SecureBytes &password,
                                                  const QString &expectedStoreId, FileWriter &writer);

    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    // Idle lock / log out: records "lock", closes the database and wipes the key.
    void lock();
    bool isLocked() const { return !m_db; }
    // Unlocks again after lock(), as the same or another user.
    Status unlock(const QString &userName, const SecureBytes &password);

    const Session &session() const { return m_session; }
    // What changed in this store, for the screens (services publish after every commit).
    ChangeFeed &changes() { return *m_changes; }
    QString dataDir() const { return m_dataDir; }
    QString storeId() const { return m_storeId; }

    // Every service call starts here: the store must be unlocked and the session's role must allow it.
    // A refusal is recorded in the audit log.
    Status require(Permission permission);

    // For core services (they call require() first). Valid while unlocked.
    Database &database() { return *m_db; }
    const SecureBytes &databaseKey() const { return m_key; }
    FileWriter &writer() { return *m_writer; }
    AuditLog auditLog() { return AuditLog(*m_db, m_storeId); }
    UserRepository userRepository() { return UserRepository(*m_db); }
    SettingsRepository settingsRepository() { return SettingsRepository(*m_db); }
    NoticeRepository noticeRepository() { return NoticeRepository(*m_db); }
    ResidentRepository residentRepository() { return ResidentRepository(*m_db); }
    ConsentRepository consentRepository() { return ConsentRepository(*m_db); }
    TemplateRepository templateRepository() { return TemplateRepository(*m_db); }
    // The keyslot file as on disk, and an atomic replacement of it.
    Result<KeyslotFile> loadKeyslots() const;
    Status saveKeyslots(const KeyslotFile &keyslots);

    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxUserNameLength = 64;
    static Status checkUserName(const QString &name);
    static Status checkNewPassword(const SecureBytes &password);
    // The notice version published at setup, composed from the site profile (compliance/NoticeText).
    static QString initialNoticeVersion() { return QStringLiteral("1"); }

private:
    enum class Reason { Login, Unlock, Recovery, Restore };
    Vault(QString dataDir, FileWriter &writer);
    static Result<std::unique_ptr<Vault>> openWith(const QString &dataDir, const QString &userName,
                                                   const SecureBytes &secret, Reason reason, FileWriter &writer);
    Status attach(const KeyslotFile &keyslots, SecureBytes key, const QString &userName, Reason reason,
                  LockoutFile *lockout);
    static Status seed(Database &db, const QString &storeId, const QString &managerName, const SiteProfile &site);

    QString m_dataDir;
    QString m_storeId;
    FileWriter *m_writer = nullptr;
    std::unique_ptr<ChangeFeed> m_changes;
    std::unique_ptr<Database> m_db;
    SecureBytes m_key;
    Session m_session;
};

struct Vault::Created {
    std::unique_ptr<Vault> vault;
    QString recoveryKey; // show once, then forget
};

} // namespace consentry
