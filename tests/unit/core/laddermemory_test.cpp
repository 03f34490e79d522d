#include "manualclock.h"

#include "transport/laddermemory.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using inkchat::provider::Rung;
using inkchat::test::ManualClock;
using inkchat::transport::Demotion;
using inkchat::transport::Evidence;
using inkchat::transport::LadderMemory;
using inkchat::transport::LadderPlan;

namespace {

const QList<Rung> kLadder = {Rung::WebSocket, Rung::Stream, Rung::Poll, Rung::Single};
const QList<Rung> kWithoutWebSocket = {Rung::Stream, Rung::Poll, Rung::Single};

/// A LadderMemory on an INI file of its own, which the test can reopen.
class LadderMemoryTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    QString path() const { return dir.filePath(u"inkchat.ini"_s); }

    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(path(), QSettings::IniFormat);
    }

    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<QSettings> settings = openSettings();
    LadderMemory memory{settings.get(), clock};
    const QString endpoint = LadderMemory::endpointKey(u"openai"_s, QUrl(u"https://api.openai.com/v1"_s));
};

} // namespace

TEST(LadderMemoryKey, NamesProviderAndBaseUrl)
{
    EXPECT_EQ(LadderMemory::endpointKey(u"openai"_s, QUrl(u"https://api.openai.com/v1"_s)),
              u"openai https://api.openai.com/v1"_s);
}

TEST(LadderMemoryKey, LeavesSecretsOut)
{
    const QString key = LadderMemory::endpointKey(
        u"gemini"_s, QUrl(u"https://user:password@example.com:8443/v1beta?key=secret#frag"_s));
    EXPECT_EQ(key, u"gemini https://example.com:8443/v1beta"_s);
    for (const QString &secret : {u"user"_s, u"password"_s, u"key"_s, u"secret"_s, u"frag"_s})
        EXPECT_FALSE(key.contains(secret)) << secret.toStdString();
}

TEST(LadderMemoryKey, IgnoresATrailingSlash)
{
    EXPECT_EQ(LadderMemory::endpointKey(u"ollama"_s, QUrl(u"http://localhost:11434/"_s)),
              LadderMemory::endpointKey(u"ollama"_s, QUrl(u"http://localhost:11434"_s)));
}

TEST(LadderMemoryKey, TellsProvidersOnTheSameUrlApart)
{
    const QUrl url(u"http://localhost:8080/v1"_s);
    EXPECT_NE(LadderMemory::endpointKey(u"openai"_s, url), LadderMemory::endpointKey(u"generic"_s, url));
}

TEST_F(LadderMemoryTest, TriesTheWholeLadderForANewEndpoint)
{
    const LadderPlan plan = memory.planReply(endpoint, kLadder);
    EXPECT_EQ(plan.rungs, kLadder);
    EXPECT_TRUE(plan.skipped.isEmpty());
    EXPECT_EQ(memory.lastWorking(endpoint), std::nullopt);
    EXPECT_FALSE(memory.hasDemotions());
}

TEST_F(LadderMemoryTest, ProbesADemotedRungAgainOnTheNextReply)
{
    const Demotion demoted = memory.recordBlocked(endpoint, Rung::WebSocket, Evidence::UpgradeRefused);
    EXPECT_EQ(demoted.rung, Rung::WebSocket);
    EXPECT_EQ(demoted.timesInARow, 1);
    EXPECT_EQ(demoted.repliesToSkip, 0);
    EXPECT_EQ(memory.planReply(endpoint, kLadder).rungs, kLadder) << "not a day later: the next reply";
    EXPECT_TRUE(memory.hasDemotions()) << "until a reply gets through on it";
}

TEST_F(LadderMemoryTest, SkipsARungFoundBlockedAgainForTwiceAsManyReplies)
{
    QList<int> skips;
    for (int probe = 0; probe < 7; ++probe) {
        skips.append(memory.recordBlocked(endpoint, Rung::WebSocket, Evidence::UpgradeRefused).repliesToSkip);
        int skipped = 0;
        while (memory.planReply(endpoint, kLadder).rungs == kWithoutWebSocket)
            ++skipped;
        EXPECT_EQ(skipped, skips.last()) << "probe " << probe;
    }
    EXPECT_EQ(skips, (QList<int>{0, 1, 2, 4, 8, 8, 8})) << "bounded: a blocked rung is probed now and then";
}

TEST_F(LadderMemoryTest, SaysWhichRungsAReplyGoesWithoutAndWhy)
{
    clock.advance(1h);
    memory.recordBlocked(endpoint, Rung::WebSocket, Evidence::UpgradeRefused);
    clock.advance(1h);
    memory.recordBlocked(endpoint, Rung::WebSocket, Evidence::UpgradeRefused);
    memory.recordBlocked(endpoint, Rung::WebSocket, Evidence::UpgradeRefused);

    const LadderPlan plan = memory.planReply(endpoint, kLadder);
    EXPECT_EQ(plan.rungs, kWithoutWebSocket);
    ASSERT_EQ(plan.skipped.size(), 1);
    EXPECT_EQ(plan.skipped.first().rung, Rung::WebSocket);
    EXPECT_EQ(plan.skipped.first().evidence, Evidence::UpgradeRefused);
    EXPECT_EQ(plan.skipped.first().timesInARow, 3);
    EXPECT_EQ(plan.skipped.first().repliesToSkip, 1) << "counted after this reply";
    EXPECT_EQ(plan.skipped.first().since, QDateTime(QDate(2026, 1, 1), QTime(13, 0), Qt::UTC))
        << "since it was first found blocked";
    EXPECT_EQ(memory.demotions(endpoint), plan.skipped);
}

TEST_F(LadderMemoryTest, DemotesForBufferingOnTheSecondBufferedReplyInARow)
{
    EXPECT_FALSE(memory.expectsBuffering(endpoint, Rung::Stream));
    EXPECT_EQ(memory.recordBuffered(endpoint, Rung::Stream), std::nullopt) << "once may be chance";
    EXPECT_TRUE(memory.expectsBuffering(endpoint, Rung::Stream));
    EXPECT_EQ(memory.planReply(endpoint, kLadder).rungs, kLadder);

    const std::optional<Demotion> demoted = memory.recordBuffered(endpoint, Rung::Stream);
    ASSERT_TRUE(demoted);
    EXPECT_EQ(demoted->rung, Rung::Stream);
    EXPECT_EQ(demoted->evidence, Evidence::Buffering);

    memory.recordSuccess(endpoint, Rung::Stream);
    EXPECT_FALSE(memory.expectsBuffering(endpoint, Rung::Stream));
    EXPECT_EQ(memory.recordBuffered(endpoint, Rung::Stream), std::nullopt)
        << "a stream in between resets the count";
}

TEST_F(LadderMemoryTest, TellsAboutABufferingProxyOncePerEndpoint)
{
    const QString other = LadderMemory::endpointKey(u"ollama"_s, QUrl(u"http://localhost:11434"_s));
    EXPECT_TRUE(memory.claimBufferingNotice(endpoint));
    EXPECT_FALSE(memory.claimBufferingNotice(endpoint));
    EXPECT_TRUE(memory.claimBufferingNotice(other));
    memory.forget(endpoint);
    EXPECT_TRUE(memory.claimBufferingNotice(endpoint)) << "a reset tells again";
}

TEST_F(LadderMemoryTest, TriesTheWholeLadderWhenEveryRungIsHeldBack)
{
    for (const Rung rung : kLadder) {
        memory.recordBlocked(endpoint, rung, Evidence::ProtocolError);
        memory.recordBlocked(endpoint, rung, Evidence::ProtocolError);
    }
    const LadderPlan plan = memory.planReply(endpoint, kLadder);
    EXPECT_EQ(plan.rungs, kLadder);
    EXPECT_TRUE(plan.skipped.isEmpty());
}

TEST_F(LadderMemoryTest, KeepsTheLaddersOrder)
{
    memory.recordBlocked(endpoint, Rung::Stream, Evidence::ProtocolError);
    memory.recordBlocked(endpoint, Rung::Stream, Evidence::ProtocolError);
    const QList<Rung> ladder = {Rung::Single, Rung::Stream, Rung::WebSocket};
    const QList<Rung> expected = {Rung::Single, Rung::WebSocket};
    EXPECT_EQ(memory.planReply(endpoint, ladder).rungs, expected);
}

TEST_F(LadderMemoryTest, SuccessClearsTheRungsDemotionOnly)
{
    memory.recordBlocked(endpoint, Rung::WebSocket, Evidence::UpgradeRefused);
    memory.recordBlocked(endpoint, Rung::Poll, Evidence::ProtocolError);
    memory.recordBlocked(endpoint, Rung::Poll, Evidence::ProtocolError);
    memory.recordSuccess(endpoint, Rung::WebSocket);

    const QList<Rung> withoutPoll = {Rung::WebSocket, Rung::Stream, Rung::Single};
    EXPECT_EQ(memory.planReply(endpoint, kLadder).rungs, withoutPoll);
    EXPECT_EQ(memory.lastWorking(endpoint), Rung::WebSocket);
    ASSERT_EQ(memory.demotions(endpoint).size(), 1);
    EXPECT_EQ(memory.demotions(endpoint).first().rung, Rung::Poll);
}

TEST_F(LadderMemoryTest, ResetForgetsOneEndpointOrAll)
{
    const QString other = LadderMemory::endpointKey(u"ollama"_s, QUrl(u"http://localhost:11434"_s));
    for (const QString &key : {endpoint, other}) {
        memory.recordBlocked(key, Rung::WebSocket, Evidence::UpgradeRefused);
        memory.recordBlocked(key, Rung::WebSocket, Evidence::UpgradeRefused);
    }
    memory.forget(endpoint);
    EXPECT_EQ(memory.planReply(endpoint, kLadder).rungs, kLadder);
    EXPECT_TRUE(memory.demotions(endpoint).isEmpty());
    EXPECT_EQ(memory.demotions(other).size(), 1);
    EXPECT_TRUE(memory.hasDemotions());

    memory.forgetAll();
    EXPECT_FALSE(memory.hasDemotions());
    EXPECT_EQ(memory.planReply(other, kLadder).rungs, kLadder);
}

TEST_F(LadderMemoryTest, RemembersTheLastWorkingRung)
{
    memory.recordSuccess(endpoint, Rung::WebSocket);
    memory.recordSuccess(endpoint, Rung::Stream);
    EXPECT_EQ(memory.lastWorking(endpoint), Rung::Stream);
}

TEST_F(LadderMemoryTest, KeepsEndpointsApart)
{
    const QString other = LadderMemory::endpointKey(u"openai"_s, QUrl(u"https://api.openai.com/v2"_s));
    memory.recordBlocked(endpoint, Rung::WebSocket, Evidence::UpgradeRefused);
    memory.recordBlocked(endpoint, Rung::WebSocket, Evidence::UpgradeRefused);
    memory.recordSuccess(endpoint, Rung::Stream);
    EXPECT_EQ(memory.planReply(other, kLadder).rungs, kLadder);
    EXPECT_EQ(memory.lastWorking(other), std::nullopt);
}

TEST_F(LadderMemoryTest, StoresEachEndpointUnderOneGroup)
{
    const QString windowsPath = u"generic file:///C:\\models\\llama"_s;
    memory.recordBlocked(endpoint, Rung::WebSocket, Evidence::UpgradeRefused);
    memory.recordSuccess(windowsPath, Rung::Single);

    settings->beginGroup(u"ladder"_s);
    const QStringList groups = settings->childGroups();
    EXPECT_EQ(groups.size(), 2) << groups.join(u", "_s).toStdString();
    settings->endGroup();
    EXPECT_EQ(memory.lastWorking(windowsPath), Rung::Single);
}

TEST_F(LadderMemoryTest, WritesWallTimeInUtc)
{
    memory.recordBlocked(endpoint, Rung::Poll, Evidence::ProtocolError);
    const QString since = u"ladder/openai https:%2F%2Fapi.openai.com%2Fv1/demoted/poll/since"_s;
    EXPECT_EQ(settings->value(since).toString(), u"2026-01-01T12:00:00Z"_s)
        << settings->allKeys().join(u' ').toStdString();
}

TEST_F(LadderMemoryTest, NeverWritesASecret)
{
    const QString leaky = LadderMemory::endpointKey(
        u"gemini"_s, QUrl(u"https://user:password@example.com/v1beta?key=secret"_s));
    memory.recordBlocked(leaky, Rung::WebSocket, Evidence::UpgradeRefused);
    memory.recordSuccess(leaky, Rung::Stream);
    settings->sync();

    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    EXPECT_TRUE(written.contains("example.com")) << written.constData();
    EXPECT_FALSE(written.contains("password")) << written.constData();
    EXPECT_FALSE(written.contains("secret")) << written.constData();
}

TEST_F(LadderMemoryTest, IgnoresMarksItCannotRead)
{
    // An earlier version's day-long marks hold nothing back any more.
    settings->setValue(u"ladder/x/failed/websocket"_s, u"2026-01-01T11:00:00Z"_s);
    settings->setValue(u"ladder/x/demoted/sse/evidence"_s, u"a bad feeling"_s);
    settings->setValue(u"ladder/x/demoted/sse/skip"_s, 5);
    settings->setValue(u"ladder/x/lastWorking"_s, u"carrier pigeon"_s);
    EXPECT_EQ(memory.planReply(u"x"_s, kLadder).rungs, kLadder);
    EXPECT_EQ(memory.lastWorking(u"x"_s), std::nullopt);
}

TEST(LadderMemoryPersistence, RemembersAcrossInstancesOnTheSameFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"inkchat.ini"_s);
    const QString endpoint = LadderMemory::endpointKey(u"openai"_s, QUrl(u"https://api.openai.com/v1"_s));
    ManualClock clock;
    {
        QSettings settings(path, QSettings::IniFormat);
        LadderMemory memory(&settings, clock);
        memory.recordBlocked(endpoint, Rung::WebSocket, Evidence::UpgradeRefused);
        memory.recordBlocked(endpoint, Rung::WebSocket, Evidence::UpgradeRefused);
        memory.recordBuffered(endpoint, Rung::Stream);
        memory.recordSuccess(endpoint, Rung::Poll);
    }

    // The next run: its own QSettings on the same file, the clock moved on.
    clock.advance(1h);
    QSettings settings(path, QSettings::IniFormat);
    LadderMemory memory(&settings, clock);
    EXPECT_EQ(memory.planReply(endpoint, kLadder).rungs, kWithoutWebSocket);
    EXPECT_TRUE(memory.expectsBuffering(endpoint, Rung::Stream));
    EXPECT_EQ(memory.lastWorking(endpoint), Rung::Poll);
    EXPECT_EQ(memory.planReply(endpoint, kLadder).rungs, kLadder) << "the skip was counted in the file";
}
