#pragma once

#include "Profiles.h"
#include "services/UserService.h"
#include "storage/SecureBytes.h"
#include "vault/StoreFolder.h"
#include "vault/Unlocker.h"
#include "vault/Vault.h"

#include <cstring>

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace consentry::test {

inline SecureBytes password(const char *text)
{
    return SecureBytes(text, std::strlen(text));
}

// A fresh store in a temporary folder, unlocked as the manager "wang" (password "manager-pass"). The users
// a test adds through it keep their passwords here, so the test opens a session as any of them by name.
struct VaultFixture {
    QTemporaryDir dir;
    std::unique_ptr<Vault> vault;
    QString recoveryKey;
    QHash<QString, QByteArray> passwords { { QStringLiteral("wang"), QByteArrayLiteral("manager-pass") } };

    QString dataDir() const { return dir.filePath(QStringLiteral("data")); }
    // Complete by default: people can be asked for consent (the incomplete store is sampleProfile()).
    bool create(const SiteProfile &profile = sampleCompleteProfile())
    {
        auto created = StoreFolder::create(dataDir(), QStringLiteral("wang"), password("manager-pass"), profile);
        if (!created.ok()) {
            qWarning("%s", qPrintable(created.errorMessage()));
            return false;
        }
        recoveryKey = created.value().recoveryKey;
        vault = std::move(created.value().vault);
        return true;
    }
    // Adds a user through the fixture's session, or `by` (a manager's), and remembers the password.
    bool addUser(const QString &name, Role role, const char *userPassword, Vault *by = nullptr)
    {
        const Status added = UserService(by ? *by : *vault).add(name, role, password(userPassword));
        if (!added.ok()) {
            qWarning("%s", qPrintable(added.errorMessage()));
            return false;
        }
        passwords.insert(name, QByteArray(userPassword));
        return true;
    }
    // A session of its own on the same store, as `user`. When it cannot be opened the current test fails
    // with the store's sentence and the result is null: check it (QVERIFY) before use.
    std::unique_ptr<Vault> openAs(const QString &user, const char *file = __builtin_FILE(),
                                  int line = __builtin_LINE()) const
    {
        Result<std::unique_ptr<Vault>> opened
            = Unlocker::open(dataDir(), user, password(passwords.value(user, QByteArrayLiteral("?")).constData()));
        if (!opened) {
            QTest::qFail(qPrintable(QStringLiteral("open as %1: %2").arg(user, opened.errorMessage())), file, line);
            return nullptr;
        }
        return std::move(opened).value();
    }
    // Locks the fixture's session and unlocks it again as `user`.
    bool switchTo(const QString &user)
    {
        if (!vault->isLocked())
            vault->lock();
        const Status unlocked
            = vault->unlock(user, password(passwords.value(user, QByteArrayLiteral("?")).constData()));
        if (!unlocked.ok())
            qWarning("%s", qPrintable(unlocked.errorMessage()));
        return unlocked.ok();
    }
    // Locks and drops the fixture's session: the test opens the store its own way (a login, the app).
    void close()
    {
        if (vault && !vault->isLocked())
            vault->lock();
        vault.reset();
    }
};

} // namespace consentry::test
