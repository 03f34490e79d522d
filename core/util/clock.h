#pragma once

#include <QDateTime>

#include <chrono>
#include <functional>
#include <memory>

namespace inkchat {

/// A one-shot timer driven by a Clock. Destroying it stops it.
class Timer
{
public:
    virtual ~Timer() = default;

    /// Starts, or restarts, the countdown: the callback given to
    /// Clock::createTimer() runs once `delay` from now unless stop() or
    /// another start() comes first.
    virtual void start(std::chrono::milliseconds delay) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
};

/// Where the reconnection policies read the time and get their timers, so
/// tests drive them with a manual clock instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;

    /// Monotonic time since an arbitrary origin, for durations.
    virtual std::chrono::milliseconds now() const = 0;

    /// Wall-clock time in UTC, for HTTP dates and for memories kept across
    /// runs (which rung worked for an endpoint, and when).
    virtual QDateTime wallTime() const = 0;

    /// A stopped timer that calls `callback` when it fires. The callback runs
    /// from the event loop (system clock) or from the test's advance()
    /// (manual clock), never from inside start().
    virtual std::unique_ptr<Timer> createTimer(std::function<void()> callback) = 0;

    /// The process's real clock: QElapsedTimer, QDateTime and QTimer.
    static Clock &system();
};

} // namespace inkchat
