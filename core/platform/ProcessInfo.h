#pragma once

#include <QtGlobal>

namespace consentry::ProcessInfo {

// This process's id, and whether a process with `pid` runs on this machine now (a scratch folder named
// after a process that is gone was left by a kill and may be removed).
qint64 currentPid();
bool isRunning(qint64 pid);

} // namespace consentry::ProcessInfo
