#include "platform/Clock.h"

#include <atomic>

namespace consentry {

namespace {
const SystemClock s_systemClock;
std::atomic<const Clock *> s_clock { &s_systemClock };
} // namespace

const Clock &Clock::instance()
{
    return *s_clock.load();
}

void Clock::setInstance(const Clock *clock)
{
    s_clock.store(clock ? clock : &s_systemClock);
}

} // namespace consentry
