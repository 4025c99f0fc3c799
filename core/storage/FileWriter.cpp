#include "storage/FileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>

namespace consentry {

FileWriter &FileWriter::standard()
{
    static SaveFileWriter writer;
    return writer;
}

Status SaveFileWriter::writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    // Never fall back to writing in place: a half-written keyslot file would lock everyone out.
    file.setDirectWriteFallback(false);
    const auto failed = [&](const QString &reason) {
        const int systemError = errno;
        file.cancelWriting();
        // Qt reports a full disk variously ("Unknown error" after a failed flush, a write error): ask the
        // errno and the volume itself.
        const QStorageInfo volume(QFileInfo(path).absolutePath());
        const bool full = file.error() == QFileDevice::ResourceError || systemError == ENOSPC
            || (volume.isValid() && volume.bytesAvailable() >= 0 && volume.bytesAvailable() < bytes.size() + 65536);
        return makeError(ErrorKind::IO,
                         full ? tr("The disk is full: \"%1\" was not written and nothing was changed. Free some "
                                   "space and try again.")
                                    .arg(QDir::toNativeSeparators(path))
                              : tr("\"%1\" could not be written (%2); nothing was changed. Check that the folder "
                                   "is writable.")
                                    .arg(QDir::toNativeSeparators(path), reason));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (file.write(bytes) != bytes.size())
        return failed(file.errorString());
    if (!file.commit())
        return failed(file.errorString());
    // Everything of the store is for this account only (it is encrypted anyway; this keeps others out).
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace consentry
