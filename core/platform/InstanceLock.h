#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace consentry {

// One console per data folder: two windows on one store would each keep their own gallery, lockout and
// idle lock, and one would overwrite what the other just showed. The lock is a QLockFile (PID, host and
// program name inside; a lock whose process is gone counts as stale and is taken over, so a crash never
// leaves the folder locked). It lives in the temporary folder under a name made from the data folder's
// path, not in the data folder: setup and restore need that folder empty or absent, and a refused start
// must write nothing there.
class InstanceLock
{
    Q_DECLARE_TR_FUNCTIONS(InstanceLock)

public:
    explicit InstanceLock(const QString &dataDir);
    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    // Takes the lock. A Policy error (one sentence, in the user's language) when another running console
    // holds it.
    Status acquire();
    bool isHeld() const;
    void release();

    // Where the lock file for `dataDir` is (the same path for every spelling of the folder).
    static QString lockPath(const QString &dataDir);

private:
    QString m_dataDir;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace consentry
