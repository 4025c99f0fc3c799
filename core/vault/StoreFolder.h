#pragma once

#include "Result.h"
#include "domain/SiteProfile.h"
#include "storage/SecureBytes.h"

#include <QCoreApplication>
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

    // The notice version published at setup, composed from the site profile (compliance/NoticeText).
    static QString initialNoticeVersion() { return QStringLiteral("1"); }

private:
    static Status seed(Database &db, const QString &storeId, const QString &managerName, const SiteProfile &site);
};

} // namespace consentry
