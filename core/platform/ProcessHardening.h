#pragma once

#include <QString>

namespace consentry {

// What a process that holds the database key does about memory an attacker could read later:
//  - no core dumps: RLIMIT_CORE 0 and, on Linux, PR_SET_DUMPABLE 0 (also keeps other processes of the
//    same account from attaching a debugger); on Windows, Windows Error Reporting is told not to collect
//    this program's crashes;
//  - key pages locked in RAM and left out of dumps: every key, password and recovery key lives in
//    SecureBytes (sodium_malloc: mlock + MADV_DONTDUMP + guard pages); lockedMemoryLimit() says how much
//    the OS lets us lock.
// Both front ends call apply() first thing in main().
namespace ProcessHardening {

struct Report {
    bool coreDumpsDisabled = false;
    QString detail; // why not, when they could not be disabled
};

Report apply();
// Bytes this process may lock in RAM (RLIMIT_MEMLOCK), -1 when unlimited or unknown.
qint64 lockedMemoryLimit();
// Linux: whether the page holding `address` is locked and excluded from core dumps (reads
// /proc/self/smaps). False elsewhere. For tests and `status`.
bool isLockedAndUndumpable(const void *address);

} // namespace ProcessHardening
} // namespace consentry
