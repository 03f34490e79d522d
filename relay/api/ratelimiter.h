#pragma once

#include "util/clock.h"

#include <QHash>
#include <QString>

#include <chrono>

namespace inkchat::relay {

/// How many requests a key (a device, an address) may make: a burst, then
/// a steady rate.
struct RateLimit
{
    double burst = 60;
    double perMinute = 60;
};

/// Token buckets, one per key: a device that floods the relay is answered
/// 429 while the others are served as usual.
class RateLimiter
{
public:
    RateLimiter(RateLimit limit, Clock &clock) : m_limit(limit), m_clock(clock) {}

    /// Takes one request from the key's bucket; false when it is empty.
    bool allow(const QString &key);
    /// How long until the key may ask again (for Retry-After).
    std::chrono::seconds retryAfter(const QString &key) const;

private:
    struct Bucket
    {
        double tokens = 0;
        std::chrono::milliseconds updated{0};
    };
    void refill(Bucket &bucket, std::chrono::milliseconds now) const;

    RateLimit m_limit;
    Clock &m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace inkchat::relay
