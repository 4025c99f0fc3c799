#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace consentry {

// Reads a whole file from outside (a profile, a consent record, a backup, the keyslot or lockout file)
// with a size limit that fits its kind. Only a regular file is read: a FIFO, a device such as /dev/zero
// or a folder is refused before a single byte is read (and a FIFO does not block: it is opened
// non-blocking and checked with fstat on the open descriptor, so nothing can be swapped in between).
// A file that grows past the limit while it is read is refused as well.
//
//   Result<QByteArray> bytes = BoundedFile::read(path, 1 << 20, BoundedFile::tr("The site profile"));
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(BoundedFile)

public:
    // `what` names the file in the sentence ("The site profile"); it starts the sentence.
    // NotFound when it does not exist, Data when it is not a regular file or too large, IO when it cannot
    // be read.
    static Result<QByteArray> read(const QString &path, qint64 maxBytes, const QString &what);
    // The first `count` bytes (fewer when the file is shorter), under the same rules.
    static Result<QByteArray> readHead(const QString &path, qint64 count, const QString &what);

    // The same for a path given as the operating system's bytes (a file name that is not valid in the
    // locale's encoding, as a command line can carry on Unix); `shown` names it in sentences.
    static Result<QByteArray> readNative(const QByteArray &nativePath, const QString &shown, qint64 maxBytes,
                                         const QString &what);

private:
    static Result<QByteArray> readImpl(const QString &path, qint64 maxBytes, const QString &what, bool head);
    static Result<QByteArray> readOpen(const QByteArray &nativePath, const QString &shown, qint64 maxBytes,
                                       const QString &what, bool head);
};

} // namespace consentry
