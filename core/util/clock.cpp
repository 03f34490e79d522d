#include "clock.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace inkchat {

namespace {

class SystemTimer final : public Timer
{
public:
    explicit SystemTimer(std::function<void()> callback)
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, std::move(callback));
    }

    void start(std::chrono::milliseconds delay) override
    {
        // QTimer counts in int milliseconds: Qt 6.4 truncates a longer
        // delay (ten years became three weeks; 2^63 ms became -1, which
        // never fires). The longest it can wait is about 24.8 days.
        using std::chrono::milliseconds;
        m_timer.start(std::clamp(delay, milliseconds(0), milliseconds(std::numeric_limits<int>::max())));
    }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_elapsed.start(); }

    std::chrono::milliseconds now() const override { return std::chrono::milliseconds(m_elapsed.elapsed()); }

    QDateTime wallTime() const override { return QDateTime::currentDateTimeUtc(); }

    std::unique_ptr<Timer> createTimer(std::function<void()> callback) override
    {
        return std::make_unique<SystemTimer>(std::move(callback));
    }

private:
    QElapsedTimer m_elapsed;
};

} // namespace

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace inkchat
