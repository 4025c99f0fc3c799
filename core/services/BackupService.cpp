#include "services/BackupService.h"

#include "services/Vault.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/KeyslotFile.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace consentry {

BackupService::BackupService(Vault &vault)
    : m_vault(vault)
{
}

Result<BackupService::Written> BackupService::backupTo(const QString &outPath)
{
    if (Status ok = m_vault.require(Permission::Backup); !ok)
        return ok.error();
    const QString absolute = QFileInfo(outPath).absoluteFilePath();
    if (QDir(m_vault.dataDir()).absolutePath() == QFileInfo(absolute).absolutePath())
        return makeError(ErrorKind::InvalidArgument,
                         tr("Write the backup outside the data folder (on another disk if you can)."));
    Result<KeyslotFile> keys = m_vault.loadKeyslots();
    if (!keys)
        return keys.error();
    Result<qint64> bytes = Backup::write(m_vault.database(), m_vault.databaseKey(), m_vault.storeId(), keys->toBytes(),
                                         absolute, m_vault.writer());
    if (!bytes)
        return bytes.error();
    // A backup that is not on record does not exist: if the audit event cannot be written, the file goes.
    const auto recorded = [&]() -> Status {
        Transaction tx(m_vault.database());
        if (Status ok = tx.begin(); !ok)
            return ok;
        if (Result<qint64> ok
            = m_vault.auditLog().append(AuditLog::Backup, m_vault.session().userName, std::nullopt,
                                        { { QStringLiteral("file"), QFileInfo(absolute).fileName() },
                                          { QStringLiteral("bytes"), static_cast<double>(bytes.value()) } });
            !ok)
            return ok.error();
        return tx.commit();
    }();
    if (!recorded) {
        QFile::remove(absolute);
        return recorded.error();
    }
    return Written { absolute, bytes.value() };
}

} // namespace consentry
