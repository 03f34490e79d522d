#pragma once

#include <QRandomGenerator>

#include <chrono>
#include <optional>

namespace inkchat::transport {

/// How patiently a broken reply is retried.
struct BackoffPolicy
{
    /// Upper bound of the first retry's random wait.
    std::chrono::milliseconds initialDelay{1000};
    /// Upper bound of any retry's random wait.
    std::chrono::milliseconds maxDelay{30'000};
    /// Retries in a row without progress before giving up.
    int maxRetries = 6;
};

/// Exponential backoff with full jitter: retry n waits a uniformly random
/// time in [0, min(maxDelay, initialDelay * 2^(n-1))], so clients that lost
/// the same server do not all come back at once. A connection that made
/// progress calls reset(), so a long reply over a link that drops every few
/// seconds never runs out of retries.
class Backoff
{
public:
    /// `random` is not owned and must outlive the Backoff; tests pass a
    /// seeded generator.
    explicit Backoff(BackoffPolicy policy = {}, QRandomGenerator *random = QRandomGenerator::global());

    /// The wait before the next retry, counting it; nullopt once maxRetries
    /// retries have been used since the last reset().
    std::optional<std::chrono::milliseconds> nextDelay();

    /// Progress was made: the next retry is the first again.
    void reset();

    /// Retries used since the last reset().
    int retries() const;

    const BackoffPolicy &policy() const;

    /// The upper bound of retry n's wait (n counts from 1):
    /// min(maxDelay, initialDelay * 2^(n-1)), without overflow for any n.
    std::chrono::milliseconds ceiling(int retry) const;

private:
    BackoffPolicy m_policy;
    QRandomGenerator *m_random;
    int m_retries = 0;
};

} // namespace inkchat::transport
