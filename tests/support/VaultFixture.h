#pragma once

#include "domain/SiteProfile.h"
#include "storage/SecureBytes.h"
#include "vault/StoreFolder.h"
#include "vault/Vault.h"

#include <cstring>

#include <QTemporaryDir>

#include <memory>

namespace consentry::test {

inline SecureBytes password(const char *text)
{
    return SecureBytes(text, std::strlen(text));
}

inline SiteProfile sampleProfile()
{
    SiteProfile p;
    p.siteName = QStringLiteral("Sunrise Apartments");
    return p;
}

// A fresh store in a temporary folder, unlocked as the manager "wang" (password "manager-pass").
struct VaultFixture {
    QTemporaryDir dir;
    std::unique_ptr<Vault> vault;
    QString recoveryKey;

    QString dataDir() const { return dir.filePath(QStringLiteral("data")); }
    bool create()
    {
        auto created
            = StoreFolder::create(dataDir(), QStringLiteral("wang"), password("manager-pass"), sampleProfile());
        if (!created.ok()) {
            qWarning("%s", qPrintable(created.errorMessage()));
            return false;
        }
        recoveryKey = created.value().recoveryKey;
        vault = std::move(created.value().vault);
        return true;
    }
};

} // namespace consentry::test
