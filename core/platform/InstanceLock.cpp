#include "platform/InstanceLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

namespace consentry {

InstanceLock::InstanceLock(const QString &dataDir)
    : m_dataDir(dataDir)
{
}

InstanceLock::~InstanceLock()
{
    release();
}

QString InstanceLock::lockPath(const QString &dataDir)
{
    // The canonical path when the folder exists (a symlink or "a/../a" is the same store); the cleaned
    // absolute path before setup made it. Windows paths compare without case.
    QString path = QFileInfo(dataDir).canonicalFilePath();
    if (path.isEmpty())
        path = QDir::cleanPath(QFileInfo(dataDir).absoluteFilePath());
#ifdef Q_OS_WIN
    path = path.toLower();
#endif
    const QByteArray digest = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    const QString temp = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    return QDir(temp).filePath(QStringLiteral("consentry-%1.lock").arg(QString::fromLatin1(digest)));
}

Status InstanceLock::acquire()
{
    if (isHeld())
        return {};
    auto lock = std::make_unique<QLockFile>(lockPath(m_dataDir));
    // Stale only when its process is gone (QLockFile checks the PID, host and program name), never by age:
    // a console may rightly run for weeks.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return {};
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString program;
        (void)lock->getLockInfo(&pid, &host, &program);
        return makeError(ErrorKind::Policy,
                         tr("Consentry is already open on the data folder \"%1\" (process %2). Use that window, "
                            "or close it and start again.")
                             .arg(QDir::toNativeSeparators(m_dataDir))
                             .arg(pid));
    }
    return makeError(ErrorKind::IO,
                     tr("Cannot create the lock file \"%1\" that keeps a second console off this data folder. "
                        "Check that the temporary folder is writable.")
                         .arg(QDir::toNativeSeparators(lockPath(m_dataDir))));
}

bool InstanceLock::isHeld() const
{
    return m_lock && m_lock->isLocked();
}

void InstanceLock::release()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

} // namespace consentry
