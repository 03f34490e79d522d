#include "manualclock.h"

#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using inkchat::Timer;
using inkchat::test::ManualClock;

namespace {

/// Timers that write their name and the clock's time into a shared log.
struct Fixture
{
    std::unique_ptr<Timer> timer(const QString &name)
    {
        return clock.createTimer([this, name] { log.append(u"%1@%2"_s.arg(name).arg(clock.now().count())); });
    }

    ManualClock clock;
    QStringList log;
};

} // namespace

TEST(ManualClock, FiresDueTimersInOrderEachAtItsOwnTime)
{
    Fixture f;
    auto late = f.timer(u"late"_s);
    auto early = f.timer(u"early"_s);
    auto notYet = f.timer(u"notYet"_s);
    late->start(300ms);
    early->start(100ms);
    notYet->start(600ms);

    f.clock.advance(500ms);

    EXPECT_EQ(f.log, QStringList({u"early@100"_s, u"late@300"_s}));
    EXPECT_EQ(f.clock.now(), 500ms);
    EXPECT_FALSE(early->isActive());
    EXPECT_TRUE(notYet->isActive());
}

TEST(ManualClock, FiresTimersDueAtTheSameTimeInStartOrder)
{
    Fixture f;
    auto second = f.timer(u"second"_s);
    auto first = f.timer(u"first"_s);
    first->start(100ms);
    second->start(100ms);

    f.clock.advance(100ms);

    EXPECT_EQ(f.log, QStringList({u"first@100"_s, u"second@100"_s}));
}

TEST(ManualClock, RestartMovesTheDueTime)
{
    Fixture f;
    auto timer = f.timer(u"t"_s);
    timer->start(100ms);
    f.clock.advance(80ms);
    timer->start(100ms); // a watchdog reset by fresh bytes

    f.clock.advance(99ms);
    EXPECT_TRUE(f.log.isEmpty());
    f.clock.advance(1ms);
    EXPECT_EQ(f.log, QStringList({u"t@180"_s}));
}

TEST(ManualClock, StoppedAndDestroyedTimersNeverFire)
{
    Fixture f;
    auto stopped = f.timer(u"stopped"_s);
    auto destroyed = f.timer(u"destroyed"_s);
    stopped->start(10ms);
    destroyed->start(10ms);
    stopped->stop();
    destroyed.reset();

    f.clock.advance(1s);

    EXPECT_TRUE(f.log.isEmpty());
    EXPECT_FALSE(stopped->isActive());
}

TEST(ManualClock, FiresTimersStartedByCallbacksWithinTheSameAdvance)
{
    ManualClock clock;
    QStringList log;
    std::unique_ptr<Timer> retry;
    retry = clock.createTimer([&] {
        log.append(u"retry@%1"_s.arg(clock.now().count()));
        if (log.size() < 3)
            retry->start(100ms);
    });
    retry->start(100ms);

    clock.advance(250ms);
    EXPECT_EQ(log, QStringList({u"retry@100"_s, u"retry@200"_s}));
    EXPECT_EQ(clock.nextTimeout(), 50ms);

    clock.advance(1s);
    EXPECT_EQ(log, QStringList({u"retry@100"_s, u"retry@200"_s, u"retry@300"_s}));
    EXPECT_EQ(clock.nextTimeout(), -1ms);
}

TEST(ManualClock, NextTimeoutAndFireNextFollowTheEarliestActiveTimer)
{
    Fixture f;
    EXPECT_EQ(f.clock.nextTimeout(), -1ms);
    EXPECT_FALSE(f.clock.fireNext());

    auto a = f.timer(u"a"_s);
    auto b = f.timer(u"b"_s);
    a->start(700ms);
    b->start(200ms);
    EXPECT_EQ(f.clock.nextTimeout(), 200ms);

    EXPECT_TRUE(f.clock.fireNext());
    EXPECT_EQ(f.log, QStringList({u"b@200"_s}));
    EXPECT_EQ(f.clock.nextTimeout(), 500ms);
    EXPECT_TRUE(f.clock.fireNext());
    EXPECT_EQ(f.clock.now(), 700ms);
    EXPECT_FALSE(f.clock.fireNext());
}

TEST(ManualClock, LetsACallbackDestroyItsOwnTimer)
{
    ManualClock clock;
    bool fired = false;
    std::unique_ptr<Timer> timer;
    timer = clock.createTimer([&] {
        fired = true;
        timer.reset(); // the owner failed and went away
    });
    timer->start(10ms);

    clock.advance(10ms);

    EXPECT_TRUE(fired);
    EXPECT_EQ(timer, nullptr);
}

TEST(ManualClock, LetsAStoppedTimerOutliveItsClock)
{
    std::unique_ptr<Timer> timer;
    {
        ManualClock clock;
        timer = clock.createTimer([] {});
        timer->start(10ms);
    }
    EXPECT_FALSE(timer->isActive());
    timer.reset(); // must not touch the destroyed clock
}

TEST(ManualClock, WallTimeMovesWithTheClock)
{
    ManualClock clock;
    const QDateTime start = clock.wallTime();
    clock.advance(90s);
    EXPECT_EQ(start.secsTo(clock.wallTime()), 90);
    EXPECT_EQ(clock.wallTime().timeSpec(), Qt::UTC);
}
