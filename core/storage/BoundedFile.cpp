#include "storage/BoundedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace consentry {

namespace {
QString mebibytes(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return BoundedFile::tr("%1 MB").arg(bytes / (1024 * 1024));
    return BoundedFile::tr("%1 KB").arg(std::max<qint64>(1, bytes / 1024));
}
} // namespace

Result<QByteArray> BoundedFile::read(const QString &path, qint64 maxBytes, const QString &what)
{
    return readImpl(path, maxBytes, what, false);
}

Result<QByteArray> BoundedFile::readHead(const QString &path, qint64 count, const QString &what)
{
    return readImpl(path, count, what, true);
}

Result<QByteArray> BoundedFile::readImpl(const QString &path, qint64 maxBytes, const QString &what, bool head)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorKind::NotFound, tr("%1 \"%2\" does not exist.").arg(what, shown));
    // Qt resources (":/models/…") are compiled in: read them with QFile, still within the limit.
    if (path.startsWith(QLatin1Char(':')) || path.startsWith(QLatin1String("qrc:"))) {
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::IO,
                             tr("%1 \"%2\" cannot be read (%3).").arg(what, shown, resource.errorString()));
        const QByteArray bytes = resource.read(maxBytes + 1);
        if (!head && bytes.size() > maxBytes)
            return makeError(
                ErrorKind::Data,
                tr("%1 \"%2\" is larger than %3; it is not what it should be.").arg(what, shown, mebibytes(maxBytes)));
        return head ? bytes.left(static_cast<qsizetype>(maxBytes)) : bytes;
    }
    const Error notRegular
        = makeError(ErrorKind::Data, tr("%1 \"%2\" is not a regular file; give the path of a file.").arg(what, shown));
    // Cheap early refusal for folders, devices and pipes named directly; the check that counts is on the
    // open descriptor below.
    if (!info.isFile())
        return notRegular;
    return readOpen(QFile::encodeName(path), shown, maxBytes, what, head);
}

Result<QByteArray> BoundedFile::readNative(const QByteArray &nativePath, const QString &shown, qint64 maxBytes,
                                           const QString &what)
{
    return readOpen(nativePath, shown, maxBytes, what, false);
}

Result<QByteArray> BoundedFile::readOpen(const QByteArray &nativePath, const QString &shown, qint64 maxBytes,
                                         const QString &what, bool head)
{
    const Error notRegular
        = makeError(ErrorKind::Data, tr("%1 \"%2\" is not a regular file; give the path of a file.").arg(what, shown));
    QFile file;
#ifdef Q_OS_UNIX
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    const int fd = ::open(nativePath.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        return makeError(
            error == ENOENT ? ErrorKind::NotFound : ErrorKind::IO,
            tr("%1 \"%2\" cannot be read (%3).").arg(what, shown, QString::fromLocal8Bit(std::strerror(error))));
    }
    struct stat st {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return notRegular;
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        (void)::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return makeError(ErrorKind::IO, tr("%1 \"%2\" cannot be read (%3).").arg(what, shown, file.errorString()));
    }
#else
    file.setFileName(QFile::decodeName(nativePath));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::IO, tr("%1 \"%2\" cannot be read (%3).").arg(what, shown, file.errorString()));
    if (file.isSequential())
        return notRegular;
#endif
    const Error tooLarge = makeError(
        ErrorKind::Data,
        tr("%1 \"%2\" is larger than %3; it is not what it should be.").arg(what, shown, mebibytes(maxBytes)));
    if (!head && file.size() > maxBytes)
        return tooLarge;
    // Read at most one byte more than allowed, whatever size() said: a file may grow while we read.
    QByteArray bytes;
    const qint64 want = head ? maxBytes : maxBytes + 1;
    bytes.reserve(static_cast<qsizetype>(std::min<qint64>(want, std::max<qint64>(file.size(), 0) + 1)));
    constexpr qint64 kChunk = 1 << 20;
    while (bytes.size() < want) {
        const QByteArray chunk = file.read(std::min(kChunk, want - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorKind::IO, tr("%1 \"%2\" cannot be read (%3).").arg(what, shown, file.errorString()));
    if (!head && bytes.size() > maxBytes)
        return tooLarge;
    return bytes;
}

} // namespace consentry
