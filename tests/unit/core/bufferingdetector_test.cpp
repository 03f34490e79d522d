#include "transport/bufferingdetector.h"

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using inkchat::transport::BufferingDetector;
using inkchat::transport::BufferingThresholds;
using std::chrono::milliseconds;

namespace {

// minSilence 300 ms, minEvents 4, burstsToProve 2.
const BufferingThresholds kThresholds;

/// Reads of `perRead` events, `gap` apart, the first `wait` after the request.
BufferingDetector replay(milliseconds wait, int reads, int perRead, milliseconds gap)
{
    BufferingDetector detector(kThresholds);
    const milliseconds sent = 5000ms; // any origin
    detector.requestSent(sent);
    for (int i = 0; i < reads; ++i)
        detector.received(sent + wait + i * gap, perRead);
    return detector;
}

} // namespace

TEST(BufferingDetector, FlagsAReplyReleasedWholeAfterASilence)
{
    EXPECT_TRUE(replay(3s, 1, 20, 0ms).looksBuffered());
    EXPECT_TRUE(replay(300ms, 1, 4, 0ms).looksBuffered()) << "at the exact thresholds";
    // One buffer split across TCP segments is still one burst.
    EXPECT_TRUE(replay(3s, 3, 5, 1ms).looksBuffered());
    EXPECT_FALSE(replay(3s, 3, 1, 1ms).looksBuffered()) << "its first read is a single event";
}

TEST(BufferingDetector, TakesTheFirstEventAfterAPauseComingAloneForAStream)
{
    // However fast the model writes after it thinks, its first event comes alone.
    EXPECT_FALSE(replay(5s, 200, 1, 2ms).looksBuffered());
    EXPECT_FALSE(replay(5s, 20, 3, 20ms).looksBuffered());
    EXPECT_FALSE(replay(200ms, 20, 50, 50ms).looksBuffered()) << "no silence before";
    EXPECT_FALSE(replay(299ms, 1, 20, 0ms).looksBuffered()) << "silence one millisecond too short";
}

TEST(BufferingDetector, TakesAShortReplyAfterALongWaitForAStream)
{
    EXPECT_FALSE(replay(10s, 1, 3, 0ms).looksBuffered());
}

TEST(BufferingDetector, AcceptsAReplyWithoutBytes)
{
    BufferingDetector detector(kThresholds);
    detector.requestSent(0ms);
    EXPECT_FALSE(detector.looksBuffered());
    EXPECT_FALSE(BufferingDetector(kThresholds).looksBuffered());
}

TEST(BufferingDetector, AReplyWithEventsBeforeItsOnlyBurstIsNotWholeInIt)
{
    BufferingDetector detector(kThresholds);
    detector.requestSent(0ms);
    detector.received(100ms, 1);
    detector.received(3000ms, 8);
    EXPECT_FALSE(detector.looksBuffered()) << "one burst amid a stream may be a stalled reader";

    detector.requestSent(0ms);
    detector.received(100ms, 0); // bytes without an event (a comment) end no reply
    detector.received(3000ms, 8);
    EXPECT_TRUE(detector.looksBuffered());

    detector.requestSent(0ms);
    detector.received(3000ms, 8);
    detector.received(3300ms, 1);
    EXPECT_FALSE(detector.looksBuffered()) << "an event after a silence that follows the burst";

    // nginx's default buffering with a reply a little over 4 KiB: the
    // buffer after a silence, the rest when the upstream ends (measured).
    detector.requestSent(0ms);
    detector.received(960ms, 39);
    detector.received(1070ms, 2);
    EXPECT_TRUE(detector.looksBuffered());
}

TEST(BufferingDetector, ProvesBufferingFromBurstsAfterSilencesInOneReply)
{
    // What nginx's default proxy_buffering does to a long reply: 4 KiB
    // (some 20 events) at a time, with silences in between.
    BufferingDetector detector(kThresholds);
    detector.requestSent(0ms);
    EXPECT_FALSE(detector.received(300ms, 1)) << "a first event, alone";
    EXPECT_TRUE(detector.received(900ms, 20));
    EXPECT_FALSE(detector.isProven()) << "one burst may be a stalled reader";
    EXPECT_FALSE(detector.looksBuffered()) << "one burst is not the whole reply";
    EXPECT_TRUE(detector.received(1500ms, 5));
    EXPECT_FALSE(detector.received(1501ms, 15)) << "the same burst is counted once";
    EXPECT_TRUE(detector.isProven());
    EXPECT_TRUE(detector.looksBuffered());
}

TEST(BufferingDetector, TakesAStreamWithThinkingPausesForAStream)
{
    BufferingDetector detector(kThresholds);
    detector.requestSent(0ms);
    milliseconds now = 0ms;
    for (int pause = 0; pause < 5; ++pause) {
        now += 3s;
        EXPECT_FALSE(detector.received(now, 1));
        for (int i = 1; i < 30; ++i)
            EXPECT_FALSE(detector.received(now + i * 10ms, 3)); // a fast model, a busy reader
        now += 30 * 10ms;
    }
    EXPECT_FALSE(detector.isProven());
    EXPECT_FALSE(detector.looksBuffered());
}

TEST(BufferingDetector, StartsOverWhenTheRequestIsSentAgain)
{
    BufferingDetector detector(kThresholds);
    detector.requestSent(0ms);
    detector.received(3000ms, 20);
    detector.received(4000ms, 20);
    ASSERT_TRUE(detector.isProven());

    detector.requestSent(10'000ms);
    EXPECT_FALSE(detector.isProven());
    EXPECT_FALSE(detector.looksBuffered());
    for (int i = 0; i < 20; ++i)
        detector.received(10'100ms + i * 100ms, 1);
    EXPECT_FALSE(detector.looksBuffered()) << "bursts of the earlier attempt must not count";
}

TEST(BufferingDetector, IgnoresBytesBeforeTheRequest)
{
    BufferingDetector detector(kThresholds);
    EXPECT_FALSE(detector.received(3000ms, 20));
    EXPECT_FALSE(detector.looksBuffered());
}

TEST(BufferingDetector, UsesTheGivenThresholds)
{
    BufferingDetector detector({.minSilence = 1s, .minEvents = 2, .burstsToProve = 3});
    detector.requestSent(0ms);
    EXPECT_FALSE(detector.received(999ms, 2));
    EXPECT_TRUE(detector.received(2000ms, 2));
    EXPECT_TRUE(detector.received(3000ms, 2));
    EXPECT_FALSE(detector.isProven());
    EXPECT_TRUE(detector.received(4000ms, 2));
    EXPECT_TRUE(detector.isProven());
}
