#include "transport/bufferingdetector.h"

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using inkchat::transport::BufferingDetector;
using inkchat::transport::BufferingThresholds;
using std::chrono::milliseconds;

namespace {

// minSilence 2 s, maxBurst 100 ms, minEvents 8.
const BufferingThresholds kThresholds;

/// `events` events, one per read, `gap` apart, the first `wait` after the request.
BufferingDetector replay(milliseconds wait, int events, milliseconds gap)
{
    BufferingDetector detector(kThresholds);
    const milliseconds sent = 5000ms; // any origin
    detector.requestSent(sent);
    for (int i = 0; i < events; ++i)
        detector.received(sent + wait + i * gap, 1);
    return detector;
}

} // namespace

TEST(BufferingDetector, FlagsAReplyReleasedInOneBurstAfterSilence)
{
    EXPECT_TRUE(replay(3s, 20, 1ms).looksBuffered());
    EXPECT_TRUE(replay(2s, 8, 0ms).looksBuffered());
}

TEST(BufferingDetector, AcceptsAReplyThatTrickles)
{
    EXPECT_FALSE(replay(200ms, 20, 50ms).looksBuffered());
    // A slow first token followed by a real stream is a slow model.
    EXPECT_FALSE(replay(5s, 20, 50ms).looksBuffered());
}

TEST(BufferingDetector, AcceptsABurstThatCameQuickly)
{
    EXPECT_FALSE(replay(500ms, 20, 0ms).looksBuffered());
}

TEST(BufferingDetector, AcceptsAShortReplyAfterALongWait)
{
    EXPECT_FALSE(replay(10s, 7, 0ms).looksBuffered());
}

TEST(BufferingDetector, AcceptsAReplyWithoutBytes)
{
    BufferingDetector detector(kThresholds);
    detector.requestSent(0ms);
    EXPECT_FALSE(detector.looksBuffered());
    EXPECT_FALSE(BufferingDetector(kThresholds).looksBuffered());
}

TEST(BufferingDetector, JudgesAtTheExactThresholds)
{
    BufferingDetector detector(kThresholds);
    detector.requestSent(0ms);
    detector.received(2000ms, 4);
    detector.received(2100ms, 4);
    EXPECT_TRUE(detector.looksBuffered());

    detector.requestSent(0ms);
    detector.received(1999ms, 4);
    detector.received(2000ms, 4);
    EXPECT_FALSE(detector.looksBuffered()) << "silence one millisecond too short";

    detector.requestSent(0ms);
    detector.received(2000ms, 4);
    detector.received(2101ms, 4);
    EXPECT_FALSE(detector.looksBuffered()) << "burst one millisecond too long";
}

TEST(BufferingDetector, CountsEventsAcrossReadsIncludingEmptyOnes)
{
    BufferingDetector detector(kThresholds);
    detector.requestSent(0ms);
    detector.received(3000ms, 0); // bytes without a complete event still end the silence
    detector.received(3050ms, 8);
    EXPECT_TRUE(detector.looksBuffered());

    detector.requestSent(0ms);
    detector.received(1000ms, 0);
    detector.received(3000ms, 8);
    EXPECT_FALSE(detector.looksBuffered()) << "the first bytes came early";
}

TEST(BufferingDetector, StartsOverWhenTheRequestIsSentAgain)
{
    BufferingDetector detector(kThresholds);
    detector.requestSent(0ms);
    detector.received(3000ms, 20);
    ASSERT_TRUE(detector.looksBuffered());

    detector.requestSent(10'000ms);
    EXPECT_FALSE(detector.looksBuffered());
    for (int i = 0; i < 20; ++i)
        detector.received(10'100ms + i * 100ms, 1);
    EXPECT_FALSE(detector.looksBuffered());

    detector.requestSent(20'000ms);
    detector.received(23'000ms, 5);
    EXPECT_FALSE(detector.looksBuffered()) << "events of the earlier attempt must not count";
}

TEST(BufferingDetector, IgnoresBytesBeforeTheRequest)
{
    BufferingDetector detector(kThresholds);
    detector.received(3000ms, 20);
    EXPECT_FALSE(detector.looksBuffered());
}

TEST(BufferingDetector, UsesTheGivenThresholds)
{
    BufferingDetector detector({.minSilence = 1s, .maxBurst = 200ms, .minEvents = 2});
    detector.requestSent(0ms);
    detector.received(1000ms, 1);
    detector.received(1200ms, 1);
    EXPECT_TRUE(detector.looksBuffered());
}
