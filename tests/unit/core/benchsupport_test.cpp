#include "benchsupport.h"

#include <QElapsedTimer>
#include <QTimer>

#include <gtest/gtest.h>

using inkchat::bench::runUntil;
using inkchat::bench::voluntaryContextSwitches;

// The benchmarks' CPU figures are only true if their event loop sleeps
// while nothing happens: these count how often it looks.

TEST(BenchRunUntil, SleepsUntilTheEventThatEndsTheWait)
{
    bool done = false;
    QTimer::singleShot(200, [&] { done = true; });
    int checks = 0;
    const qint64 switchesBefore = voluntaryContextSwitches();

    EXPECT_TRUE(runUntil(
        [&] {
            ++checks;
            return done;
        },
        10'000));

    // A spinning loop checks thousands of times in 200 ms, and never sleeps.
    EXPECT_LE(checks, 5);
    EXPECT_GE(voluntaryContextSwitches() - switchesBefore, 1);
}

TEST(BenchRunUntil, PollsAConditionWithoutAnEventOnlyAsOftenAsAsked)
{
    QElapsedTimer clock;
    clock.start();
    int checks = 0;

    EXPECT_TRUE(runUntil(
        [&] {
            ++checks;
            return clock.hasExpired(300);
        },
        10'000, 50));

    EXPECT_LE(checks, 300 / 50 + 3);
}

TEST(BenchRunUntil, GivesUpAtTheDeadline)
{
    int checks = 0;

    EXPECT_FALSE(runUntil(
        [&] {
            ++checks;
            return false;
        },
        100));

    EXPECT_LE(checks, 3);
}
