// The wrong-password counter file (consentry.lockout): parse, then use what was parsed the way an unlock
// does (wait time, a failure recorded, written back and read again).
#include "FuzzSupport.h"
#include "storage/LockoutFile.h"

#include <QDateTime>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    consentry::fuzz::ensureApplication();
    using namespace consentry;
    const QString store = QStringLiteral("0123456789abcdef0123456789abcdef");
    LockoutFile state = LockoutFile::parse(fuzz::bytesOf(data, size), store);
    if (state.damaged)
        return 0;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    for (auto it = state.entries.cbegin(); it != state.entries.cend(); ++it) {
        if (state.secondsLeft(it.key(), now) < 0)
            std::abort();
    }
    state.recordFailure(QStringLiteral("wang"), now);
    const LockoutFile back = LockoutFile::parse(state.toBytes(), store);
    if (back.damaged || back.totalFailures != state.totalFailures)
        std::abort();
    return 0;
}
