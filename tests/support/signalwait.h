#pragma once

#include <QDeadlineTimer>
#include <QSignalSpy>

#include <algorithm>

namespace inkchat::test {

/// Runs the event loop until `done()` holds, waking up whenever `sender`
/// emits `signal`: no sleeping, no polling. False when it still does not
/// hold after `timeoutMs`.
template <typename Func, typename Predicate>
bool waitUntil(const typename QtPrivate::FunctionPointer<Func>::Object *sender, Func signal, Predicate done,
               int timeoutMs = 10'000)
{
    QSignalSpy spy(sender, signal);
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired() || !spy.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
            return done();
    }
    return true;
}

} // namespace inkchat::test
