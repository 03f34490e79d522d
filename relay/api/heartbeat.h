#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace inkchat::relay {

/// One timer for every open stream: a thousand sleeping clients cost one
/// wake-up per interval, not a thousand.
class Heartbeat : public QObject
{
    Q_OBJECT

public:
    explicit Heartbeat(std::chrono::milliseconds interval, QObject *parent = nullptr) : QObject(parent)
    {
        connect(&m_timer, &QTimer::timeout, this, &Heartbeat::beat);
        m_timer.start(interval);
    }
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }

Q_SIGNALS:
    void beat();

private:
    QTimer m_timer;
};

} // namespace inkchat::relay
