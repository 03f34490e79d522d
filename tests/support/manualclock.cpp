#include "manualclock.h"

#include <algorithm>

namespace inkchat::test {

class ManualClock::ManualTimer final : public Timer
{
public:
    ManualTimer(ManualClock &clock, std::function<void()> callback)
        : m_clock(&clock),
          m_callback(std::move(callback))
    {
        m_clock->m_timers.append(this);
    }
    ~ManualTimer() override
    {
        if (m_clock)
            m_clock->m_timers.removeOne(this);
    }

    void start(std::chrono::milliseconds delay) override
    {
        Q_ASSERT_X(m_clock, "ManualClock", "a timer started after its clock was destroyed");
        if (!m_clock)
            return;
        m_due = m_clock->m_now + std::max(delay, std::chrono::milliseconds(0));
        m_active = true;
        m_order = ++s_starts;
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }

    void fire()
    {
        m_active = false;
        // The callback may destroy this timer (its owner failed and was
        // deleted); a copy keeps the running function alive.
        const std::function<void()> callback = m_callback;
        callback();
    }

    /// The clock is gone: the timer can never fire again.
    void detach()
    {
        m_clock = nullptr;
        m_active = false;
    }

    std::chrono::milliseconds m_due{0};
    quint64 m_order = 0; ///< timers due at the same time fire in start order
    bool m_active = false;

private:
    static inline quint64 s_starts = 0;
    ManualClock *m_clock; ///< null once the clock is destroyed

    std::function<void()> m_callback;
};

ManualClock::ManualClock(QDateTime wallStart) : m_wallStart(std::move(wallStart)) {}

// An owner that was deleteLater()'d (a transport the connector let go of)
// may still hold its timer when the test's clock goes out of scope; it only
// must never start it again.
ManualClock::~ManualClock()
{
    for (ManualTimer *timer : std::as_const(m_timers))
        timer->detach();
}

std::unique_ptr<Timer> ManualClock::createTimer(std::function<void()> callback)
{
    return std::make_unique<ManualTimer>(*this, std::move(callback));
}

ManualClock::ManualTimer *ManualClock::nextDue() const
{
    ManualTimer *next = nullptr;
    for (ManualTimer *timer : m_timers) {
        if (!timer->m_active)
            continue;
        if (!next || timer->m_due < next->m_due
            || (timer->m_due == next->m_due && timer->m_order < next->m_order)) {
            next = timer;
        }
    }
    return next;
}

void ManualClock::advance(std::chrono::milliseconds step)
{
    const std::chrono::milliseconds end = m_now + step;
    while (ManualTimer *timer = nextDue()) {
        if (timer->m_due > end)
            break;
        m_now = std::max(m_now, timer->m_due);
        timer->fire();
    }
    m_now = end;
}

std::chrono::milliseconds ManualClock::nextTimeout() const
{
    const ManualTimer *timer = nextDue();
    return timer ? std::max(timer->m_due - m_now, std::chrono::milliseconds(0))
                 : std::chrono::milliseconds(-1);
}

bool ManualClock::fireNext()
{
    ManualTimer *timer = nextDue();
    if (!timer)
        return false;
    m_now = std::max(m_now, timer->m_due);
    timer->fire();
    return true;
}

} // namespace inkchat::test
