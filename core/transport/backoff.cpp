#include "backoff.h"

namespace inkchat::transport {

Backoff::Backoff(BackoffPolicy policy, QRandomGenerator *random) : m_policy(policy), m_random(random)
{
    Q_ASSERT(m_random);
    Q_ASSERT(m_policy.initialDelay.count() >= 0 && m_policy.maxDelay.count() >= 0);
}

std::optional<std::chrono::milliseconds> Backoff::nextDelay()
{
    if (m_retries >= m_policy.maxRetries)
        return std::nullopt;
    ++m_retries;
    // bounded() excludes its limit; the wait may be the ceiling itself, and
    // a ceiling of INT64_MAX plus one still fits in quint64.
    const quint64 limit = quint64(ceiling(m_retries).count()) + 1;
    return std::chrono::milliseconds(qint64(m_random->bounded(limit)));
}

void Backoff::reset()
{
    m_retries = 0;
}

int Backoff::retries() const
{
    return m_retries;
}

const BackoffPolicy &Backoff::policy() const
{
    return m_policy;
}

std::chrono::milliseconds Backoff::ceiling(int retry) const
{
    const qint64 initial = m_policy.initialDelay.count();
    const qint64 max = m_policy.maxDelay.count();
    const int doublings = qMax(retry - 1, 0);
    // initial << doublings would overflow long before n reaches 64; compare
    // against max shifted the other way instead.
    if (doublings >= 63 || initial > (max >> doublings))
        return m_policy.maxDelay;
    return std::chrono::milliseconds(initial << doublings);
}

} // namespace inkchat::transport
