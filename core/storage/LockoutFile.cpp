#include "storage/LockoutFile.h"

#include "storage/BoundedFile.h"
#include "storage/FileWriter.h"

#include <QDir>
#include <QLockFile>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace consentry {

namespace {
const QString kFormat = QStringLiteral("consentry-lockout");

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseIso(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}
} // namespace

LockoutFile LockoutFile::load(const QString &path, const QString &storeId)
{
    LockoutFile state;
    state.storeId = storeId;
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return state;
    Result<QByteArray> bytes = BoundedFile::read(path, kMaxBytes, tr("The wrong-password counter file"));
    if (!bytes) {
        state.damaged = true;
        return state;
    }
    return parse(bytes.value(), storeId);
}

LockoutFile LockoutFile::parse(const QByteArray &bytes, const QString &storeId)
{
    LockoutFile state;
    state.storeId = storeId;
    LockoutFile broken;
    broken.storeId = storeId;
    broken.damaged = true;
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != kFormat)
        return broken;
    // A file of another store is as good as no file (deleting it would reset the counters just the same;
    // both are reported at the next unlock through totalFailures).
    if (root.value(QStringLiteral("store_id")).toString() != storeId)
        return state;
    state.totalFailures = root.value(QStringLiteral("total_failures")).toInteger(-1);
    if (state.totalFailures < 0 || !root.value(QStringLiteral("users")).isObject()
        || !root.value(QStringLiteral("pending")).isArray())
        return broken;
    const QJsonObject users = root.value(QStringLiteral("users")).toObject();
    for (auto it = users.begin(); it != users.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Entry entry;
        entry.failures = o.value(QStringLiteral("failures")).toInt(-1);
        entry.lastFailure = parseIso(o.value(QStringLiteral("last_failure")).toString());
        if (entry.failures < 0 || (entry.failures > 0 && !entry.lastFailure.isValid()))
            return broken;
        state.entries.insert(it.key(), entry);
    }
    for (const QJsonValue &value : root.value(QStringLiteral("pending")).toArray()) {
        const QJsonObject o = value.toObject();
        const qint64 sequence = o.value(QStringLiteral("seq")).toInteger(-1);
        if (sequence < 0)
            return broken;
        state.pending << PendingFailure { sequence, o.value(QStringLiteral("user")).toString(),
                                          parseIso(o.value(QStringLiteral("at")).toString()) };
    }
    return state;
}

Result<std::unique_ptr<QLockFile>> LockoutFile::lock(const QString &path)
{
    auto lockFile = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // Held for a file read and write only (never across the password check or database work), so a
    // holder older than this is dead or hung. QLockFile takes over at once from a dead process it can
    // name; a lock file left empty by a process killed while writing it is taken over after this time.
    lockFile->setStaleLockTime(8000);
    if (!lockFile->tryLock(20000))
        return makeError(ErrorKind::IO,
                         tr("The wrong-password counter in \"%1\" cannot be locked, so no password was checked. "
                            "Check that the data folder is writable and try again.")
                             .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    return lockFile;
}

Result<LockoutFile::Attempt> LockoutFile::reserveAttempt(const QString &path, const QString &storeId,
                                                         const QString &user, const QDateTime &now, FileWriter &writer)
{
    Result<std::unique_ptr<QLockFile>> guard = lock(path);
    if (!guard)
        return guard.error();
    Attempt attempt;
    attempt.user = user;
    attempt.fileExisted = QFileInfo::exists(path);
    if (attempt.fileExisted) {
        Result<QByteArray> bytes = BoundedFile::read(path, kMaxBytes, tr("The wrong-password counter file"));
        attempt.originalBytes = bytes ? bytes.value() : QByteArray();
    }
    LockoutFile state = load(path, storeId);
    if (state.damaged)
        return makeError(ErrorKind::Data,
                         tr("The wrong-password counter file \"%1\" is damaged, so no password was checked. "
                            "Delete that file and try again; the reset is recorded in the audit log.")
                             .arg(QDir::toNativeSeparators(path)));
    if (const qint64 wait = state.secondsLeft(user, now); wait > 0)
        return makeError(ErrorKind::Authentication,
                         tr("Too many wrong passwords for \"%1\". Wait %2 seconds and try again, or use the "
                            "recovery key.")
                             .arg(user)
                             .arg(wait));
    attempt.before = state.entries.value(user);
    state.recordFailure(user, now);
    if (Status ok = state.save(path, writer); !ok)
        return makeError(ok.errorKind(),
                         tr("No password was checked, because the wrong-password counter could not be saved: %1")
                             .arg(ok.errorMessage()));
    attempt.sequence = state.totalFailures;
    return attempt;
}

void LockoutFile::forgive(const Attempt &attempt)
{
    for (int i = 0; i < pending.size(); ++i) {
        if (pending.at(i).sequence == attempt.sequence && pending.at(i).user == attempt.user) {
            pending.removeAt(i);
            break;
        }
    }
    // Sequence numbers must stay unique: the total goes back only if no attempt was counted after ours.
    if (totalFailures == attempt.sequence && totalFailures > 0)
        --totalFailures;
    auto it = entries.find(attempt.user);
    if (it == entries.end())
        return;
    if (it->failures == attempt.before.failures + 1)
        *it = attempt.before;
    else if (it->failures > 0)
        --it->failures;
    if (it->failures == 0)
        entries.erase(it);
}

void LockoutFile::dropPending(const QList<PendingFailure> &audited)
{
    pending.removeIf([&](const PendingFailure &p) {
        return std::any_of(audited.cbegin(), audited.cend(),
                           [&](const PendingFailure &a) { return a.sequence == p.sequence && a.user == p.user; });
    });
}

Status LockoutFile::saveAfter(const Attempt &attempt, const QString &path, FileWriter &writer) const
{
    // Nothing happened since the attempt but the attempt itself: put back exactly what was there.
    LockoutFile original = attempt.fileExisted ? parse(attempt.originalBytes, storeId) : LockoutFile();
    original.storeId = storeId;
    if (!original.damaged && original.toBytes() == toBytes()) {
        if (!attempt.fileExisted)
            return QFile::remove(path) || !QFile::exists(path) ? Status() : save(path, writer);
        return writer.writeAtomically(path, attempt.originalBytes);
    }
    return save(path, writer);
}

QByteArray LockoutFile::toBytes() const
{
    QJsonObject users;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (it.value().failures > 0)
            users.insert(it.key(),
                         QJsonObject { { QStringLiteral("failures"), it.value().failures },
                                       { QStringLiteral("last_failure"), iso(it.value().lastFailure) } });
    }
    QJsonArray list;
    for (const PendingFailure &p : pending)
        list.append(QJsonObject { { QStringLiteral("seq"), static_cast<double>(p.sequence) },
                                  { QStringLiteral("user"), p.user },
                                  { QStringLiteral("at"), iso(p.at) } });
    const QJsonObject root { { QStringLiteral("format"), kFormat },
                             { QStringLiteral("store_id"), storeId },
                             { QStringLiteral("total_failures"), static_cast<double>(totalFailures) },
                             { QStringLiteral("users"), users },
                             { QStringLiteral("pending"), list } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status LockoutFile::save(const QString &path, FileWriter &writer) const
{
    return writer.writeAtomically(path, toBytes());
}

qint64 LockoutFile::delaySeconds(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int doublings = std::min(failures - kFreeAttempts, 20);
    return std::min(kFirstDelaySeconds << doublings, kMaxDelaySeconds);
}

qint64 LockoutFile::secondsLeft(const QString &user, const QDateTime &now) const
{
    const Entry entry = entries.value(user);
    const qint64 delay = delaySeconds(entry.failures);
    if (delay == 0)
        return 0;
    // A clock set back does not shorten the wait: time before the last failure counts as no time.
    const qint64 elapsed = std::max<qint64>(0, entry.lastFailure.secsTo(now));
    return std::max<qint64>(0, delay - elapsed);
}

void LockoutFile::recordFailure(const QString &user, const QDateTime &now)
{
    if (!entries.contains(user) && entries.size() >= kMaxEntries) {
        auto oldest = entries.begin();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            if (it->lastFailure < oldest->lastFailure)
                oldest = it;
        }
        entries.erase(oldest);
    }
    Entry &entry = entries[user];
    ++entry.failures;
    entry.lastFailure = now.toUTC();
    ++totalFailures;
    pending << PendingFailure { totalFailures, user, now.toUTC() };
    while (pending.size() > kMaxPending)
        pending.removeFirst();
    damaged = false; // rewritten whole from here on
}

void LockoutFile::clear(const QString &user)
{
    entries.remove(user);
    damaged = false;
}

} // namespace consentry
