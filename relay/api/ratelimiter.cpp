#include "ratelimiter.h"

#include <cmath>

namespace inkchat::relay {

namespace {

/// Buckets kept at most; full ones (keys that went quiet) are forgotten
/// first, so many addresses cannot grow the table without bound.
constexpr qsizetype kMaxBuckets = 10'000;

} // namespace

void RateLimiter::refill(Bucket &bucket, std::chrono::milliseconds now) const
{
    const double minutes = double((now - bucket.updated).count()) / 60'000.0;
    bucket.tokens = std::min(m_limit.burst, bucket.tokens + minutes * m_limit.perMinute);
    bucket.updated = now;
}

bool RateLimiter::allow(const QString &key)
{
    const std::chrono::milliseconds now = m_clock.now();
    if (m_buckets.size() >= kMaxBuckets) {
        m_buckets.removeIf([&](QHash<QString, Bucket>::iterator it) {
            refill(it.value(), now);
            return it.value().tokens >= m_limit.burst;
        });
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, {m_limit.burst, now});
    refill(*it, now);
    if (it->tokens < 1)
        return false;
    it->tokens -= 1;
    return true;
}

std::chrono::seconds RateLimiter::retryAfter(const QString &key) const
{
    const auto it = m_buckets.constFind(key);
    if (it == m_buckets.cend() || it->tokens >= 1 || m_limit.perMinute <= 0)
        return std::chrono::seconds(1);
    return std::chrono::seconds(qint64(std::ceil((1 - it->tokens) * 60 / m_limit.perMinute)));
}

} // namespace inkchat::relay
