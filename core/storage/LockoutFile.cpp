#include "storage/LockoutFile.h"

#include "storage/FileWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    QFile file(path);
    if (!file.exists())
        return state;
    const auto markDamaged = [&]() {
        LockoutFile broken;
        broken.storeId = storeId;
        broken.damaged = true;
        broken.m_damagedSince = QFileInfo(path).lastModified().toUTC();
        return broken;
    };
    if (!file.open(QIODevice::ReadOnly) || file.size() > (1 << 20))
        return markDamaged();
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != kFormat)
        return markDamaged();
    // A file of another store is as good as no file (deleting it would reset the counters just the same;
    // both are reported at the next unlock through totalFailures).
    if (root.value(QStringLiteral("store_id")).toString() != storeId)
        return state;
    state.totalFailures = static_cast<qint64>(root.value(QStringLiteral("total_failures")).toDouble());
    const QJsonObject users = root.value(QStringLiteral("users")).toObject();
    for (auto it = users.begin(); it != users.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Entry entry;
        entry.failures = o.value(QStringLiteral("failures")).toInt();
        entry.lastFailure = parseIso(o.value(QStringLiteral("last_failure")).toString());
        if (entry.failures < 0 || (entry.failures > 0 && !entry.lastFailure.isValid()))
            return markDamaged();
        state.entries.insert(it.key(), entry);
    }
    for (const QJsonValue &value : root.value(QStringLiteral("pending")).toArray()) {
        const QJsonObject o = value.toObject();
        state.pending << PendingFailure { static_cast<qint64>(o.value(QStringLiteral("seq")).toDouble()),
                                          o.value(QStringLiteral("user")).toString(),
                                          parseIso(o.value(QStringLiteral("at")).toString()) };
    }
    return state;
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
    Entry entry = entries.value(user);
    if (damaged) {
        entry.failures = std::max(entry.failures, kFreeAttempts);
        entry.lastFailure = m_damagedSince.isValid() ? m_damagedSince : now;
    }
    const qint64 delay = delaySeconds(entry.failures);
    if (delay == 0)
        return 0;
    // A clock set back does not shorten the wait: time before the last failure counts as no time.
    const qint64 elapsed = std::max<qint64>(0, entry.lastFailure.secsTo(now));
    return std::max<qint64>(0, delay - elapsed);
}

void LockoutFile::recordFailure(const QString &user, const QDateTime &now)
{
    Entry &entry = entries[user];
    if (damaged)
        entry.failures = std::max(entry.failures, kFreeAttempts);
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
