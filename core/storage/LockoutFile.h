#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>

class QLockFile;

namespace consentry {

class FileWriter;

// Wrong-password counters (consentry.lockout). They are needed before the database can be decrypted, so
// they live beside it, in clear, written atomically. After 5 wrong passwords for one account each further
// attempt waits 30 s, doubling up to one hour; this survives restarts.
//
// What it does: slows down guessing at the keyboard, survives restarts, and every failed attempt is
// copied into the audit log at the next successful unlock. Every attempt is counted *before* the
// password is checked, under an OS lock shared by all processes (QLockFile: a lock file with the
// owner's PID, flock on Unix, exclusive create on Windows), so N parallel guesses count N and the sixth
// one waits. A success takes its own count back. A damaged file is reported as damage (the user deletes
// it, which the audit log then shows), never as "too many wrong passwords". `totalFailures` only grows
// and is remembered inside the encrypted database, so a deleted or rolled-back file is reported in the
// audit log at the next unlock.
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
    // One attempt counted in advance by reserveAttempt(), for forgive().
    struct Attempt {
        qint64 sequence = 0;
        QString user;
        Entry before; // the user's entry before this attempt
        bool fileExisted = false;
        QByteArray originalBytes; // the file as it was before this attempt
    };

    static constexpr int kFreeAttempts = 5;
    static constexpr qint64 kFirstDelaySeconds = 30;
    static constexpr qint64 kMaxDelaySeconds = 3600;
    static constexpr int kMaxPending = 500;
    static constexpr int kMaxEntries = 1000; // unknown names are counted too; the oldest go first
    static constexpr qint64 kMaxBytes = 1 << 20;

    QString storeId;
    qint64 totalFailures = 0;
    QMap<QString, Entry> entries;
    QList<PendingFailure> pending; // failed attempts not yet in the audit log
    bool damaged = false;

    // A missing file is an empty state; a damaged one has `damaged` set and nothing else.
    static LockoutFile load(const QString &path, const QString &storeId);
    // The parser alone (fuzzed): `damaged` for anything that is not a lockout file.
    static LockoutFile parse(const QByteArray &bytes, const QString &storeId);

    // The cross-process lock every read-modify-write of the file happens under (`path` + ".lock").
    // IO error when another process holds it for longer than a password check takes.
    static Result<std::unique_ptr<QLockFile>> lock(const QString &path);
    // Under the lock: refuses while `user` must wait (Authentication) or the file is damaged (Data),
    // otherwise records this attempt as a failure and saves the file before the caller checks the
    // password (IO error when it cannot be saved: then no password is checked). Returns the attempt's
    // sequence number, for forgive().
    static Result<Attempt> reserveAttempt(const QString &path, const QString &storeId, const QString &user,
                                          const QDateTime &now, FileWriter &writer);
    // Takes back the count reserveAttempt() made for an attempt that turned out right (exactly: when no
    // other attempt came in between, the file reads as before it).
    void forgive(const Attempt &attempt);
    // Removes the pending failures in `audited` (they are in the audit log now).
    void dropPending(const QList<PendingFailure> &audited);
    // Writes the state back; a state with nothing in it where there was no file before leaves no file.
    Status saveAfter(const Attempt &attempt, const QString &path, FileWriter &writer) const;
    bool isEmpty() const { return totalFailures == 0 && pending.isEmpty() && entries.isEmpty(); }
    QByteArray toBytes() const;
    Status save(const QString &path, FileWriter &writer) const;

    static qint64 delaySeconds(int failures);
    // Seconds `user` must still wait at `now` (0: may try).
    qint64 secondsLeft(const QString &user, const QDateTime &now) const;
    void recordFailure(const QString &user, const QDateTime &now);
    void clear(const QString &user);
};

} // namespace consentry
