#pragma once

#include "platform/Clock.h"

namespace consentry::test {

// A clock that stands still until a test moves it. Installs itself as Clock::instance() while it lives.
class MockClock final : public Clock
{
public:
    explicit MockClock(const QDateTime &start = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
    ~MockClock() override;
    MockClock(const MockClock &) = delete;
    MockClock &operator=(const MockClock &) = delete;

    QDateTime now() const override { return m_now; }
    void set(const QDateTime &time) { m_now = time.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace consentry::test
