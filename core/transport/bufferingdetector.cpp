#include "bufferingdetector.h"

namespace inkchat::transport {

BufferingDetector::BufferingDetector(BufferingThresholds thresholds) : m_thresholds(thresholds) {}

void BufferingDetector::requestSent(std::chrono::milliseconds now)
{
    *this = BufferingDetector(m_thresholds);
    m_sentAt = now;
    m_lastBytesAt = now;
}

bool BufferingDetector::received(std::chrono::milliseconds now, int events)
{
    if (!m_sentAt)
        return false;
    const bool afterSilence = now - m_lastBytesAt >= m_thresholds.minSilence;
    m_lastBytesAt = now;
    if (afterSilence && events >= m_thresholds.minEvents) {
        if (m_bursts++ == 0)
            m_firstBurstAt = now;
        return true;
    }
    if (m_bursts == 0)
        m_eventsBeforeFirstBurst += events;
    return false;
}

bool BufferingDetector::isProven() const
{
    return m_bursts >= m_thresholds.burstsToProve;
}

bool BufferingDetector::looksBuffered() const
{
    if (isProven())
        return true;
    return m_bursts == 1 && m_eventsBeforeFirstBurst == 0
           && m_lastBytesAt - *m_firstBurstAt < m_thresholds.minSilence;
}

} // namespace inkchat::transport
