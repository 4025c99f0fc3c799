#include "MockClock.h"

namespace consentry::test {

MockClock::MockClock(const QDateTime &start)
    : m_now(start.toUTC())
{
    Clock::setInstance(this);
}

MockClock::~MockClock()
{
    Clock::setInstance(nullptr);
}

} // namespace consentry::test
