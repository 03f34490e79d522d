#include "manualclock.h"

#include "chat/repaintthrottler.h"

#include <QList>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using inkchat::chat::DisplayProfile;
using inkchat::chat::RepaintThrottler;
using inkchat::test::ManualClock;

namespace {

/// Every update a throttler emits, with the clock's time.
struct Updates
{
    explicit Updates(RepaintThrottler &throttler, const ManualClock &clock)
    {
        QObject::connect(&throttler, &RepaintThrottler::updated, [this, &clock](QStringView text) {
            texts.append(text.toString());
            times.append(clock.now());
        });
    }

    QStringList texts;
    QList<std::chrono::milliseconds> times;
};

/// Streams `count` deltas, one per millisecond, then ends the reply.
QString streamEveryMillisecond(RepaintThrottler &throttler, ManualClock &clock, int count,
                               const QStringList &words)
{
    QString all;
    for (int i = 0; i < count; ++i) {
        const QString delta = words.at(i % words.size());
        all += delta;
        throttler.append(delta);
        clock.advance(1ms);
    }
    throttler.finish();
    return all;
}

const QStringList kTokens = {u"Der"_s, u" Zug"_s, u" fährt"_s, u" über"_s, u" die"_s, u" Brücke"_s, u". "_s};

} // namespace

TEST(RepaintThrottler, ShowsAThousandDeltasASecondAtMostTwicePerSecondOnEink)
{
    ManualClock clock;
    RepaintThrottler throttler(DisplayProfile::eink(500ms), clock);
    Updates updates(throttler, clock);

    const QString all = streamEveryMillisecond(throttler, clock, 5000, {u"Wort "_s, u"und "_s, u"Satz. "_s});

    ASSERT_FALSE(updates.texts.isEmpty());
    EXPECT_LE(updates.texts.size(), 11);
    EXPECT_EQ(updates.times.first(), 0ms); // the first words at once
    EXPECT_EQ(updates.texts.first(), u"Wort "_s);
    EXPECT_EQ(updates.texts.last(), all); // the final text, whole
    for (qsizetype i = 1; i + 1 < updates.times.size(); ++i)
        EXPECT_GE(updates.times.at(i) - updates.times.at(i - 1), 500ms) << "update " << i;
}

TEST(RepaintThrottler, NeverShowsHalfAWordOnEink)
{
    ManualClock clock;
    RepaintThrottler throttler(DisplayProfile::eink(100ms), clock);
    Updates updates(throttler, clock);

    const QString all = streamEveryMillisecond(throttler, clock, 700, kTokens);

    for (qsizetype i = 0; i + 1 < updates.texts.size(); ++i) {
        const QString &shown = updates.texts.at(i);
        // What follows the shown text in the whole reply starts a new word.
        EXPECT_TRUE(shown.back().isSpace() || shown.back().isPunct()) << qPrintable(shown.right(20));
        EXPECT_TRUE(all.startsWith(shown));
    }
    EXPECT_EQ(updates.texts.last(), all);
}

TEST(RepaintThrottler, HoldsAnUnfinishedFirstWordBackUntilItEnds)
{
    ManualClock clock;
    RepaintThrottler throttler(DisplayProfile::eink(), clock);
    Updates updates(throttler, clock);

    throttler.append(u"Hel"_s);
    throttler.append(u"lo"_s);
    EXPECT_TRUE(updates.texts.isEmpty());
    throttler.append(u" Wel"_s); // "Hello" is whole now
    EXPECT_EQ(updates.texts, QStringList{u"Hello "_s});
    throttler.append(u"t"_s);
    throttler.finish();
    EXPECT_EQ(updates.texts, (QStringList{u"Hello "_s, u"Hello Welt"_s}));
}

TEST(RepaintThrottler, ShowsTextWithoutSpacesAtOnceOnEink)
{
    // Each ideograph is a whole word: holding "words" back until a space
    // would show a Chinese reply only at its end.
    ManualClock clock;
    RepaintThrottler throttler(DisplayProfile::eink(), clock);
    Updates updates(throttler, clock);

    throttler.append(u"你好"_s);
    ASSERT_EQ(updates.texts.size(), 1);
    EXPECT_EQ(updates.texts.first(), u"你好"_s);
    clock.advance(500ms);
    throttler.append(u"，世界"_s);
    throttler.finish();
    EXPECT_EQ(updates.texts.last(), u"你好，世界"_s);
}

TEST(RepaintThrottler, ShowsEveryFrameOnTheDesktop)
{
    ManualClock clock;
    RepaintThrottler throttler(DisplayProfile::desktop(), clock);
    Updates updates(throttler, clock);

    const QString all = streamEveryMillisecond(throttler, clock, 1000, kTokens);

    EXPECT_GE(updates.texts.size(), 1000 / 16 - 1);
    EXPECT_LE(updates.texts.size(), 1000 / 16 + 2);
    EXPECT_EQ(updates.texts.last(), all);
    EXPECT_EQ(updates.texts.first(), u"Der"_s); // half words are fine on a fast display
}

TEST(RepaintThrottler, AppendsWithoutCopyingTheReply)
{
    // Where the shown text lives tells whether the reply was copied: a copy
    // per update moves it every time, appending to one buffer only when the
    // buffer grows (geometrically, so a few dozen times at most).
    ManualClock clock;
    RepaintThrottler throttler(DisplayProfile::desktop(), clock);
    const QChar *buffer = nullptr;
    int updates = 0;
    int moves = 0;
    QObject::connect(&throttler, &RepaintThrottler::updated, [&](QStringView text) {
        ++updates;
        if (text.data() != buffer)
            ++moves;
        buffer = text.data();
    });

    streamEveryMillisecond(throttler, clock, 20'000, kTokens);

    EXPECT_GT(updates, 1000);
    EXPECT_LE(moves, 40) << "of " << updates << " updates";
}

TEST(RepaintThrottler, FinishShowsTheRestAtOnceAndOnlyIfThereIsARest)
{
    ManualClock clock;
    RepaintThrottler throttler(DisplayProfile::eink(2000ms), clock);
    Updates updates(throttler, clock);

    throttler.append(u"Eins "_s);
    clock.advance(10ms);
    throttler.append(u"zwei"_s);
    throttler.finish(); // well inside the interval: the end is never held back
    EXPECT_EQ(updates.texts, (QStringList{u"Eins "_s, u"Eins zwei"_s}));
    EXPECT_EQ(updates.times.last(), 10ms);
    throttler.finish();
    clock.advance(5s);
    EXPECT_EQ(updates.texts.size(), 2);

    throttler.reset();
    throttler.append(u"Neu "_s);
    throttler.finish();
    EXPECT_EQ(updates.texts.last(), u"Neu "_s);
    EXPECT_EQ(updates.texts.size(), 3); // the reply was already all shown
}

TEST(RepaintThrottler, AdaptsTheIntervalToWhatRepaintsCost)
{
    ManualClock clock;
    RepaintThrottler throttler(DisplayProfile::adaptive(), clock);
    EXPECT_EQ(throttler.interval(), 16ms);
    for (int i = 0; i < 20; ++i)
        throttler.reportRepaintCost(100ms);
    EXPECT_NEAR(double(throttler.interval().count()), 200, 2);
    throttler.reportRepaintCost(1000ms); // one slow frame moves it, but not all the way
    EXPECT_LT(throttler.interval(), 2000ms);
    for (int i = 0; i < 50; ++i)
        throttler.reportRepaintCost(1ms);
    EXPECT_EQ(throttler.interval(), 16ms); // never faster than a frame

    RepaintThrottler fixed(DisplayProfile::eink(), clock);
    fixed.reportRepaintCost(1000ms);
    EXPECT_EQ(fixed.interval(), 500ms); // only the adaptive profile adapts
}

TEST(DisplayProfile, KeepsTheEinkIntervalWithinWhatPanelsCanDo)
{
    EXPECT_EQ(DisplayProfile::eink(50ms).interval, 100ms);
    EXPECT_EQ(DisplayProfile::eink(5000ms).interval, 2000ms);
    EXPECT_TRUE(DisplayProfile::eink().wholeWords);
    EXPECT_FALSE(DisplayProfile::desktop().wholeWords);
    for (const QString &name : {u"desktop"_s, u"eink"_s, u"adaptive"_s})
        EXPECT_EQ(DisplayProfile::fromName(name)->name(), name);
    EXPECT_FALSE(DisplayProfile::fromName(u"crt"_s));
}
