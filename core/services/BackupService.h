#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace consentry {

class Vault;

// Consistent encrypted backups of the open store (manager). Restoring is Vault::restore (it needs no
// open store).
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    struct Written {
        QString file;
        qint64 bytes = 0;
    };

    explicit BackupService(Vault &vault);
    Result<Written> backupTo(const QString &outPath);

private:
    Vault &m_vault;
};

} // namespace consentry
