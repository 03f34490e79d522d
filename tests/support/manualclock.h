#pragma once

#include "util/clock.h"

#include <QDate>
#include <QTime>

#include <QList>

#include <chrono>
#include <memory>

namespace inkchat::test {

/// A Clock whose time moves only when the test says so: advance() fires
/// every timer that falls due, in order of due time, each at its own time.
/// Lets backoff, Retry-After, watchdogs and re-probing be tested without
/// sleeping. A timer may outlive its clock (its owner was deleteLater()'d)
/// as long as nobody starts it again.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime wallStart = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    ~ManualClock() override;

    std::chrono::milliseconds now() const override { return m_now; }
    QDateTime wallTime() const override { return m_wallStart.addMSecs(m_now.count()); }
    std::unique_ptr<Timer> createTimer(std::function<void()> callback) override;

    /// Moves time forward by `step`, firing due timers on the way (also
    /// timers started by callbacks, if they fall due within the step).
    void advance(std::chrono::milliseconds step);

    /// The time until the next active timer fires, or -1 ms if none is active.
    std::chrono::milliseconds nextTimeout() const;

    /// Moves time to the next active timer and fires it; false if none.
    bool fireNext();

private:
    class ManualTimer;
    friend class ManualTimer;

    ManualTimer *nextDue() const;

    std::chrono::milliseconds m_now{0};
    QDateTime m_wallStart;
    QList<ManualTimer *> m_timers;
};

} // namespace inkchat::test
