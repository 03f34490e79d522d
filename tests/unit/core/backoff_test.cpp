#include "transport/backoff.h"

#include <gtest/gtest.h>

#include <climits>
#include <set>

using namespace std::chrono_literals;
using inkchat::transport::Backoff;
using inkchat::transport::BackoffPolicy;
using std::chrono::milliseconds;

namespace {

constexpr quint32 kSeed = 42;

} // namespace

TEST(Backoff, DoublesTheCeilingUpToTheCap)
{
    QRandomGenerator random(kSeed);
    const Backoff backoff({}, &random);
    EXPECT_EQ(backoff.ceiling(1), 1000ms);
    EXPECT_EQ(backoff.ceiling(2), 2000ms);
    EXPECT_EQ(backoff.ceiling(3), 4000ms);
    EXPECT_EQ(backoff.ceiling(5), 16'000ms);
    EXPECT_EQ(backoff.ceiling(6), 30'000ms);
    EXPECT_EQ(backoff.ceiling(7), 30'000ms);
}

TEST(Backoff, WaitsWithinTheCeilingOfEveryRetry)
{
    for (quint32 seed = 0; seed < 200; ++seed) {
        QRandomGenerator random(seed);
        Backoff backoff({}, &random);
        for (int n = 1; n <= backoff.policy().maxRetries; ++n) {
            const auto delay = backoff.nextDelay();
            ASSERT_TRUE(delay) << "retry " << n;
            EXPECT_GE(*delay, 0ms) << "retry " << n;
            EXPECT_LE(*delay, backoff.ceiling(n)) << "retry " << n;
            EXPECT_LE(*delay, 30'000ms) << "retry " << n;
            EXPECT_EQ(backoff.retries(), n);
        }
    }
}

TEST(Backoff, FirstRetryComesWithinASecondByDefault)
{
    QRandomGenerator random(kSeed);
    for (int i = 0; i < 100; ++i) {
        Backoff backoff({}, &random);
        EXPECT_LE(*backoff.nextDelay(), 1s);
    }
}

TEST(Backoff, GivesUpAfterMaxRetries)
{
    QRandomGenerator random(kSeed);
    Backoff backoff({.maxRetries = 3}, &random);
    for (int n = 1; n <= 3; ++n)
        EXPECT_TRUE(backoff.nextDelay()) << "retry " << n;
    EXPECT_FALSE(backoff.nextDelay());
    EXPECT_FALSE(backoff.nextDelay());
    EXPECT_EQ(backoff.retries(), 3);
}

TEST(Backoff, NeverRetriesWithZeroMaxRetries)
{
    QRandomGenerator random(kSeed);
    Backoff backoff({.maxRetries = 0}, &random);
    EXPECT_FALSE(backoff.nextDelay());
}

TEST(Backoff, ResetStartsOverWithTheFirstRetry)
{
    QRandomGenerator random(kSeed);
    Backoff backoff({.initialDelay = 100ms, .maxDelay = 10s, .maxRetries = 2}, &random);
    ASSERT_TRUE(backoff.nextDelay());
    ASSERT_TRUE(backoff.nextDelay());
    ASSERT_FALSE(backoff.nextDelay());

    backoff.reset();
    EXPECT_EQ(backoff.retries(), 0);
    const auto first = backoff.nextDelay();
    ASSERT_TRUE(first);
    EXPECT_LE(*first, 100ms);
    EXPECT_EQ(backoff.retries(), 1);
}

TEST(Backoff, SpreadsItsWaits)
{
    QRandomGenerator random(kSeed);
    std::set<milliseconds::rep> waits;
    for (int i = 0; i < 50; ++i) {
        Backoff backoff({}, &random);
        backoff.nextDelay();
        waits.insert(backoff.nextDelay()->count()); // the second retry: [0, 2 s]
    }
    EXPECT_GT(waits.size(), 25u);
    EXPECT_LT(*waits.begin(), 1000);
    EXPECT_GT(*waits.rbegin(), 1000);
}

TEST(Backoff, RepeatsItsWaitsForTheSameSeed)
{
    QRandomGenerator first(kSeed);
    QRandomGenerator second(kSeed);
    Backoff a({}, &first);
    Backoff b({}, &second);
    for (int n = 1; n <= 6; ++n)
        EXPECT_EQ(a.nextDelay(), b.nextDelay()) << "retry " << n;
}

TEST(Backoff, StaysCappedForHugeRetryCounts)
{
    QRandomGenerator random(kSeed);
    Backoff backoff({.maxRetries = 1000}, &random);
    for (int n = 1; n <= 1000; ++n) {
        const auto delay = backoff.nextDelay();
        ASSERT_TRUE(delay);
        ASSERT_GE(*delay, 0ms) << "retry " << n;
        ASSERT_LE(*delay, 30s) << "retry " << n;
    }
    for (int n : {62, 63, 64, 65, 1000, INT_MAX})
        EXPECT_EQ(backoff.ceiling(n), 30s) << "retry " << n;
}

TEST(Backoff, HandlesTheLargestDelays)
{
    QRandomGenerator random(kSeed);
    const BackoffPolicy policy{
        .initialDelay = milliseconds(1), .maxDelay = milliseconds::max(), .maxRetries = 100};
    Backoff backoff(policy, &random);
    EXPECT_EQ(backoff.ceiling(63), milliseconds(qint64(1) << 62));
    EXPECT_EQ(backoff.ceiling(64), milliseconds::max());
    for (int n = 1; n <= 100; ++n)
        ASSERT_GE(*backoff.nextDelay(), 0ms) << "retry " << n;
}

TEST(Backoff, NeverWaitsWhenTheCapIsZero)
{
    QRandomGenerator random(kSeed);
    Backoff backoff({.initialDelay = 1s, .maxDelay = 0ms, .maxRetries = 3}, &random);
    for (int n = 1; n <= 3; ++n)
        EXPECT_EQ(backoff.nextDelay(), 0ms) << "retry " << n;
}
