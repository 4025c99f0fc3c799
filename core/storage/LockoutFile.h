#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace consentry {

class FileWriter;

// Wrong-password counters (consentry.lockout). They are needed before the database can be decrypted, so
// they live beside it, in clear, written atomically. After 5 wrong passwords for one account each further
// attempt waits 30 s, doubling up to one hour; this survives restarts.
//
// What it does: slows down guessing at the keyboard, survives restarts, and every failed attempt is
// copied into the audit log at the next successful unlock. A damaged file counts as "locked" rather than
// "reset". `totalFailures` only grows and is remembered inside the encrypted database, so a deleted or
// rolled-back file is reported in the audit log at the next unlock.
// What it does not do: stop someone who can write the data folder from deleting the file to get a fresh
// count (only detected afterwards), or someone who copies the keyslot file away and guesses offline —
// against that only the Argon2id cost and a good password help.
class LockoutFile
{
    Q_DECLARE_TR_FUNCTIONS(LockoutFile)

public:
    struct Entry {
        int failures = 0;
        QDateTime lastFailure;
    };
    struct PendingFailure {
        qint64 sequence = 0;
        QString user;
        QDateTime at;
    };

    static constexpr int kFreeAttempts = 5;
    static constexpr qint64 kFirstDelaySeconds = 30;
    static constexpr qint64 kMaxDelaySeconds = 3600;
    static constexpr int kMaxPending = 500;

    QString storeId;
    qint64 totalFailures = 0;
    QMap<QString, Entry> entries;
    QList<PendingFailure> pending; // failed attempts not yet in the audit log
    bool damaged = false;

    // A missing file is an empty state; a damaged one counts every account as locked from its mtime.
    static LockoutFile load(const QString &path, const QString &storeId);
    QByteArray toBytes() const;
    Status save(const QString &path, FileWriter &writer) const;

    static qint64 delaySeconds(int failures);
    // Seconds `user` must still wait at `now` (0: may try).
    qint64 secondsLeft(const QString &user, const QDateTime &now) const;
    void recordFailure(const QString &user, const QDateTime &now);
    void clear(const QString &user);

private:
    QDateTime m_damagedSince;
};

} // namespace consentry
