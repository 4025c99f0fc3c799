#pragma once

#include <QDateTime>

namespace consentry {

// Time is a seam: retention, expiry, lockout and audit timestamps ask a Clock, so tests move time
// instead of sleeping (KeePassXC's Clock/MockClock).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC

    // The process-wide clock: the system clock unless a test installed another.
    static const Clock &instance();
    static void setInstance(const Clock *clock); // nullptr restores the system clock
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace consentry
