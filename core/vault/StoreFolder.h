#pragma once

#include "Result.h"
#include "domain/SiteProfile.h"
#include "storage/SecureBytes.h"
#include "vault/LedgerReplay.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace consentry {

class Database;
class FileWriter;
class Vault;

// The data folder of a store: what is in it (before anything is unlocked), creating a new store there, and
// restoring a backup into an empty one. Both end by opening the store (Unlocker).
class StoreFolder
{
    Q_DECLARE_TR_FUNCTIONS(StoreFolder)

public:
    enum class State {
        Empty, // no store here: setup may create one
        Ready, // keyslot file and database present
        Incomplete, // one of the two is missing
    };
    struct Created {
        std::unique_ptr<Vault> vault;
        QString recoveryKey; // show once, then forget
    };

    static State inspect(const QString &dataDir);
    // Account names from the keyslot file, for the login screen (readable before unlock).
    static Result<QStringList> userNames(const QString &dataDir);
    static Result<QString> defaultUserName(const QString &dataDir);

    static Result<Created> create(const QString &dataDir, const QString &managerName, const SecureBytes &password,
                                  const SiteProfile &site);
    static Result<Created> create(const QString &dataDir, const QString &managerName, const SecureBytes &password,
                                  const SiteProfile &site, FileWriter &writer);
    // Restores `backupPath` into the empty folder `dataDir`, verifying everything before writing, and opens
    // it as `userName` (who must be a manager in the backup). `expectedStoreId`, when given, refuses a
    // backup of any other store.
    static Result<std::unique_ptr<Vault>> restore(const QString &backupPath, const QString &dataDir,
                                                  const QString &userName, const SecureBytes &password,
                                                  const QString &expectedStoreId = QString());
    static Result<std::unique_ptr<Vault>> restore(const QString &backupPath, const QString &dataDir,
                                                  const QString &userName, const SecureBytes &password,
                                                  const QString &expectedStoreId, FileWriter &writer);

    // What a restore did and could not know: when the backup was taken (its last recorded event), the
    // deletions re-applied from the deletion ledger (in place), and whether a ledger was there to read.
    struct Restored {
        std::unique_ptr<Vault> vault;
        LedgerReplay::Report replay;
        bool replaced = false; // an existing store was replaced in place
        bool ledgerFound = false; // a deletion ledger (file or the replaced database's table) was read
    };
    // What a person reads after a restore (CLI `restore`, the console's "Restore from backup…"): into which
    // folder, how many residents, when the backup was taken and how many days before `now`, and what was
    // re-applied from the deletion ledger — or, into an empty folder, what cannot be known.
    static QString describe(const Restored &restored, const QString &dataDir, qint64 residents, const QDateTime &now);
    // Days between the backup's last event and `now` (-1 when it cannot be told).
    static qint64 backupAgeDays(const Restored &restored, const QDateTime &now);
    // restore() into an empty folder, saying how old the backup is (nothing can be re-applied: no ledger).
    static Result<Restored> restoreFresh(const QString &backupPath, const QString &dataDir, const QString &userName,
                                         const SecureBytes &password);
    // Restores `backupPath` over the store in `dataDir` (same store only). The backup is verified and staged
    // beside it, every deletion ledger entry the backup lacks (from consentry.deletions and, when it can be
    // read, the replaced database's own table) is re-applied to the staged copy before it opens, and only then
    // is the old store swapped out — kept in a sibling folder until the new one is in place, so a kill at any
    // point leaves either the old or the new store (recoverInterruptedReplace finishes or undoes it).
    static Result<Restored> restoreReplacing(const QString &backupPath, const QString &dataDir, const QString &userName,
                                             const SecureBytes &password);
    static Result<Restored> restoreReplacing(const QString &backupPath, const QString &dataDir, const QString &userName,
                                             const SecureBytes &password, FileWriter &writer);
    // A replace killed half-way: undone (the old store back) until the new store was completely in place,
    // finished after. Called before a store is opened or restored. Returns false if something could not be
    // moved back (the folder is then left as it is, for a person to look at).
    static bool recoverInterruptedReplace(const QString &dataDir);
    static QString replaceMarker(const QString &dataDir);

    // The notice version published at setup, composed from the site profile (compliance/NoticeText).
    static QString initialNoticeVersion() { return QStringLiteral("1"); }

private:
    // restore(); `backupTakenAt` (optional) receives the backup's last recorded event, read from the staged
    // copy before it is opened: the events opening writes (schema upgrade, the restore itself) are not its age.
    static Result<std::unique_ptr<Vault>> restoreInto(const QString &backupPath, const QString &dataDir,
                                                      const QString &requestedUser, const SecureBytes &password,
                                                      const QString &expectedStoreId, FileWriter &writer,
                                                      QDateTime *backupTakenAt);
    struct VerifiedBackup;
    static Result<VerifiedBackup> verifyBackup(const QString &backupPath, const QString &requestedUser,
                                               const SecureBytes &password, const QString &expectedStoreId);
    static Status seed(Database &db, const QString &storeId, const QString &managerName, const SiteProfile &site);
};

} // namespace consentry
