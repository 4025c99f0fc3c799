#include "storage/Backup.h"

#include "platform/ProcessInfo.h"
#include "storage/BoundedFile.h"
#include "storage/Database.h"
#include "storage/FileWriter.h"
#include "storage/SecureBytes.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sodium.h>
#include <sqlite3.h>

namespace consentry {

namespace {
const QByteArray kMagic = QByteArrayLiteral("CONSENTRY-BACKUP");
constexpr quint32 kFormat = 1;
constexpr int kMacBytes = 32;
constexpr int kChecksumBytes = 32;
constexpr quint32 kMaxKeyslotBytes = 1 << 20;
// A backup is read whole into memory to be verified before anything is written: 4 GiB is far above a
// store of 100,000 residents and still fits the smallest PC we support. write() refuses to make more.
constexpr qint64 kMaxFileBytes = qint64(4) * 1024 * 1024 * 1024;
} // namespace

QByteArray Backup::mac(const QByteArray &data, const SecureBytes &key)
{
    // A MAC key of its own, derived from the database key.
    SecureBytes macKey(crypto_generichash_KEYBYTES);
    static const unsigned char context[] = "consentry-backup-mac-v1";
    crypto_generichash(macKey.data(), macKey.size(), context, sizeof(context) - 1, key.data(), key.size());
    QByteArray out(kMacBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), kMacBytes,
                       reinterpret_cast<const unsigned char *>(data.constData()), static_cast<size_t>(data.size()),
                       macKey.data(), macKey.size());
    return out;
}

void Backup::removeAbandonedScratch(const QString &folder)
{
    // Scratch folders are named .consentry-backup-<pid>-XXXXXX: one whose process is gone was left by a
    // kill. (A reused PID only keeps a dead folder a little longer; our own are never touched.)
    static const QRegularExpression named(QStringLiteral("^\\.consentry-backup-(\\d+)-"));
    const QDir dir(folder);
    for (const QFileInfo &entry : dir.entryInfoList({ QStringLiteral(".consentry-backup-*") },
                                                    QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (entry.isSymLink())
            continue;
        const QRegularExpressionMatch m = named.match(entry.fileName());
        const qint64 pid = m.hasMatch() ? m.captured(1).toLongLong() : 0;
        if (pid == ProcessInfo::currentPid())
            continue;
        // Older versions named them without a PID: only an old one is surely abandoned.
        const bool abandoned = pid > 0 ? !ProcessInfo::isRunning(pid)
                                       : entry.lastModified().toUTC().secsTo(QDateTime::currentDateTimeUtc()) > 3600;
        if (abandoned)
            QDir(entry.absoluteFilePath()).removeRecursively();
    }
}

Result<qint64> Backup::write(Database &source, const SecureBytes &key, const QString &storeId,
                             const QByteArray &keyslotBytes, const QString &outPath, FileWriter &writer)
{
    const QFileInfo out(outPath);
    if (out.isDir())
        return makeError(ErrorKind::InvalidArgument,
                         tr("\"%1\" is a folder; give the name of the backup file to write.")
                             .arg(QDir::toNativeSeparators(outPath)));
    // The scratch copy is encrypted like the original; it lives next to the target and is removed. A
    // backup killed earlier left its scratch folder behind: it goes now.
    removeAbandonedScratch(out.absolutePath());
    QTemporaryDir scratch(out.absolutePath()
                          + QStringLiteral("/.consentry-backup-%1-XXXXXX").arg(ProcessInfo::currentPid()));
    if (!scratch.isValid())
        return makeError(ErrorKind::IO,
                         tr("The backup cannot be written into \"%1\" (%2). Check that the folder "
                            "exists and is writable.")
                             .arg(QDir::toNativeSeparators(out.absolutePath()), scratch.errorString()));
    const QString copyPath = scratch.filePath(QStringLiteral("copy.db"));
    {
        Database::Options options;
        options.create = true;
        options.walMode = false;
        options.verifyOnOpen = false;
        options.pageSize = source.pageSize(); // the backup API copies pages as they are
        Result<std::unique_ptr<Database>> copy = Database::open(copyPath, key, options);
        if (!copy)
            return copy.error();
        // Online backup: one step over all pages under a read transaction, so the copy is one consistent
        // snapshot even while the GUI keeps writing.
        sqlite3_backup *backup = sqlite3_backup_init(copy.value()->handle(), "main", source.handle(), "main");
        if (!backup)
            return Database::errorFor(sqlite3_errcode(copy.value()->handle()), copy.value()->handle());
        int rc = sqlite3_backup_step(backup, -1);
        const int finish = sqlite3_backup_finish(backup);
        if (rc == SQLITE_DONE)
            rc = finish;
        if (rc != SQLITE_OK && rc != SQLITE_DONE)
            return Database::errorFor(rc, copy.value()->handle());
        if (Status ok = copy.value()->integrityCheck(); !ok)
            return ok.error();
    }
    if (QFileInfo(copyPath).size() + kMaxKeyslotBytes + 1024 > kMaxFileBytes)
        return makeError(ErrorKind::Policy,
                         tr("The store is larger than %1 GB, more than one backup file may hold; nothing was written.")
                             .arg(kMaxFileBytes >> 30));
    QFile copyFile(copyPath);
    if (!copyFile.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::IO, tr("The backup copy could not be read back (%1).").arg(copyFile.errorString()));
    const QByteArray databaseBytes = copyFile.readAll();

    QByteArray data;
    {
        QDataStream stream(&data, QIODevice::WriteOnly);
        stream.setByteOrder(QDataStream::BigEndian);
        stream.writeRawData(kMagic.constData(), static_cast<int>(kMagic.size()));
        stream << kFormat;
        const QByteArray id = storeId.toLatin1();
        stream.writeRawData(id.constData(), static_cast<int>(id.size()));
        stream << static_cast<quint32>(keyslotBytes.size());
        stream.writeRawData(keyslotBytes.constData(), static_cast<int>(keyslotBytes.size()));
        stream << static_cast<quint64>(databaseBytes.size());
        stream.writeRawData(databaseBytes.constData(), static_cast<int>(databaseBytes.size()));
    }
    data += mac(data, key);
    // A plain checksum over everything: accidental damage is named as such before any password is asked.
    data += QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    if (Status ok = writer.writeAtomically(outPath, data); !ok)
        return ok.error();
    return static_cast<qint64>(data.size());
}

Result<Backup::Contents> Backup::read(const QString &path)
{
    Result<QByteArray> bytes = BoundedFile::read(path, kMaxFileBytes, tr("The backup file"));
    if (!bytes)
        return bytes.error();
    return parse(bytes.value());
}

Result<Backup::Contents> Backup::parse(const QByteArray &bytes)
{
    const Error damaged = makeError(ErrorKind::Data,
                                    tr("The backup file is damaged or incomplete; it was not restored. Use another "
                                       "backup."));
    if (!bytes.startsWith(kMagic))
        return makeError(ErrorKind::Data, tr("This file is not a Consentry backup."));
    constexpr int kStoreIdBytes = 32;
    const qint64 headerSize = kMagic.size() + 4 + kStoreIdBytes + 4;
    if (bytes.size() < headerSize + 8 + kMacBytes + kChecksumBytes)
        return damaged;
    const QByteArray body = bytes.left(bytes.size() - kChecksumBytes);
#ifndef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION // fuzz builds: let mutations reach the parser
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha256) != bytes.right(kChecksumBytes))
        return damaged;
#endif
    QDataStream stream(bytes);
    stream.setByteOrder(QDataStream::BigEndian);
    stream.skipRawData(static_cast<int>(kMagic.size()));
    quint32 format = 0;
    stream >> format;
    if (format != kFormat)
        return makeError(ErrorKind::Data,
                         tr("This backup was written by a newer version of Consentry. Install the newer version to "
                            "restore it."));
    Contents c;
    QByteArray id(kStoreIdBytes, Qt::Uninitialized);
    stream.readRawData(id.data(), kStoreIdBytes);
    c.storeId = QString::fromLatin1(id);
    quint32 keyslotSize = 0;
    stream >> keyslotSize;
    if (keyslotSize > kMaxKeyslotBytes || headerSize + keyslotSize + 8 + kMacBytes > body.size())
        return damaged;
    c.keyslotBytes = bytes.mid(headerSize, keyslotSize);
    stream.skipRawData(static_cast<int>(keyslotSize));
    quint64 databaseSize = 0;
    stream >> databaseSize;
    const qint64 databaseOffset = headerSize + keyslotSize + 8;
    if (stream.status() != QDataStream::Ok
        || static_cast<quint64>(body.size() - databaseOffset - kMacBytes) != databaseSize)
        return damaged;
    c.databaseBytes = bytes.mid(databaseOffset, static_cast<qsizetype>(databaseSize));
    c.authenticated = body.left(body.size() - kMacBytes);
    c.mac = body.right(kMacBytes);
    return c;
}

Status Backup::verify(const Contents &contents, const SecureBytes &key)
{
    const QByteArray expected = mac(contents.authenticated, key);
    if (sodium_memcmp(expected.constData(), contents.mac.constData(), kMacBytes) != 0)
        return makeError(ErrorKind::Data,
                         tr("The backup file is damaged or was altered; it was not restored. Use another backup."));
    return {};
}

} // namespace consentry
