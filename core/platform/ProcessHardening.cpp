#include "platform/ProcessHardening.h"

#include <QFile>
#include <QStringList>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
#if defined(Q_OS_WIN)
#include <werapi.h>
#include <windows.h>
#pragma comment(lib, "wer.lib")
#endif

namespace consentry::ProcessHardening {

Report apply()
{
    Report report;
#if defined(Q_OS_UNIX)
    struct rlimit none {
    };
    const bool limited = setrlimit(RLIMIT_CORE, &none) == 0;
#if defined(Q_OS_LINUX)
    // A core_pattern that pipes to a crash collector ignores RLIMIT_CORE; a non-dumpable process is
    // never dumped.
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    const bool undumpable = true;
#endif
    report.coreDumpsDisabled = limited && undumpable;
    if (!report.coreDumpsDisabled)
        report.detail = QStringLiteral("setrlimit/prctl refused");
#elif defined(Q_OS_WIN)
    wchar_t path[MAX_PATH] = {};
    const DWORD length = GetModuleFileNameW(nullptr, path, MAX_PATH);
    report.coreDumpsDisabled = length > 0 && length < MAX_PATH && SUCCEEDED(WerAddExcludedApplication(path, FALSE));
    SetErrorMode(GetErrorMode() | SEM_NOGPFAULTERRORBOX);
    if (!report.coreDumpsDisabled)
        report.detail = QStringLiteral("WerAddExcludedApplication failed");
#else
    report.detail = QStringLiteral("not supported on this platform");
#endif
    return report;
}

qint64 lockedMemoryLimit()
{
#if defined(Q_OS_UNIX)
    struct rlimit limit {
    };
    if (getrlimit(RLIMIT_MEMLOCK, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return -1;
    return static_cast<qint64>(limit.rlim_cur);
#else
    return -1;
#endif
}

bool isLockedAndUndumpable(const void *address)
{
#if defined(Q_OS_LINUX)
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    const auto target = reinterpret_cast<quintptr>(address);
    bool inside = false;
    bool locked = false;
    // /proc files report size 0, so atEnd() is true at once: read to the end instead.
    const QList<QByteArray> lines = smaps.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        // A mapping's header: "7f1b8cd00000-7f1b8cd21000 rw-p 00000000 00:00 0 [path]"; its fields follow.
        const int dash = line.indexOf('-');
        const int space = line.indexOf(' ');
        if (dash > 0 && space > dash) {
            bool ok1 = false, ok2 = false;
            const quintptr from = line.left(dash).toULongLong(&ok1, 16);
            const quintptr to = line.mid(dash + 1, space - dash - 1).toULongLong(&ok2, 16);
            if (ok1 && ok2) {
                inside = target >= from && target < to;
                locked = false;
                continue;
            }
        }
        if (!inside)
            continue;
        if (line.startsWith("Locked:"))
            locked = line.mid(7).trimmed().split(' ').value(0).toLongLong() > 0;
        if (line.startsWith("VmFlags:")) {
            const QList<QByteArray> flags = line.mid(8).trimmed().split(' ');
            return locked && flags.contains("lo") && flags.contains("dd");
        }
    }
    return false;
#else
    Q_UNUSED(address);
    return false;
#endif
}

} // namespace consentry::ProcessHardening
