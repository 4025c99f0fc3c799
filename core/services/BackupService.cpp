#include "services/BackupService.h"

#include "domain/AuditKind.h"
#include "services/UnitOfWork.h"
#include "storage/Backup.h"
#include "storage/KeyslotFile.h"

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
    // A read: SQLite's online backup cannot copy from a connection that holds a write transaction.
    return UnitOfWork::read(m_vault, Permission::Backup, [&](UnitOfWork &work) -> Result<Written> {
        const QString absolute = QFileInfo(outPath).absoluteFilePath();
        if (QDir(work.dataDir()).absolutePath() == QFileInfo(absolute).absolutePath())
            return makeError(ErrorKind::InvalidArgument,
                             tr("Write the backup outside the data folder (on another disk if you can)."));
        TRY_ASSIGN(const KeyslotFile keys, work.loadKeyslots());
        TRY_ASSIGN(const qint64 bytes,
                   Backup::write(work.database(), work.databaseKey(), work.storeId(), keys.toBytes(), absolute,
                                 work.writer()));
        // A backup that is not on record does not exist: if the audit event cannot be written, the file goes.
        Result<qint64> recorded = work.auditAlone(AuditKind::Backup, std::nullopt,
                                                  { { QStringLiteral("file"), QFileInfo(absolute).fileName() },
                                                    { QStringLiteral("bytes"), static_cast<double>(bytes) } });
        if (!recorded) {
            QFile::remove(absolute);
            return recorded.error();
        }
        return Written { absolute, bytes };
    });
}

} // namespace consentry
