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
using inkchat::transport::LadderMemory;

namespace {

const QList<Rung> kLadder = {Rung::WebSocket, Rung::Stream, Rung::Poll, Rung::Single};

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
    const QString endpoint =
        LadderMemory::endpointKey(u"openai"_s, QUrl(u"https://api.openai.com/v1"_s));
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
    EXPECT_NE(LadderMemory::endpointKey(u"openai"_s, url),
              LadderMemory::endpointKey(u"generic"_s, url));
}

TEST_F(LadderMemoryTest, TriesTheWholeLadderForANewEndpoint)
{
    EXPECT_EQ(memory.rungsToTry(endpoint, kLadder), kLadder);
    EXPECT_EQ(memory.lastWorking(endpoint), std::nullopt);
}

TEST_F(LadderMemoryTest, SkipsAFailedRungUntilReprobeTime)
{
    memory.recordFailure(endpoint, Rung::WebSocket);
    const QList<Rung> withoutWebSocket = {Rung::Stream, Rung::Poll, Rung::Single};
    EXPECT_EQ(memory.rungsToTry(endpoint, kLadder), withoutWebSocket);

    clock.advance(23h);
    EXPECT_EQ(memory.rungsToTry(endpoint, kLadder), withoutWebSocket);

    clock.advance(2h);
    EXPECT_EQ(memory.rungsToTry(endpoint, kLadder), kLadder);
}

TEST_F(LadderMemoryTest, SkipsABufferedRungUntilReprobeTime)
{
    memory.recordBuffered(endpoint, Rung::Stream);
    const QList<Rung> withoutStream = {Rung::WebSocket, Rung::Poll, Rung::Single};
    EXPECT_EQ(memory.rungsToTry(endpoint, kLadder), withoutStream);

    clock.advance(25h);
    EXPECT_EQ(memory.rungsToTry(endpoint, kLadder), kLadder);
}

TEST_F(LadderMemoryTest, AFreshFailureRestartsTheWait)
{
    memory.recordFailure(endpoint, Rung::WebSocket);
    clock.advance(20h);
    memory.recordFailure(endpoint, Rung::WebSocket);
    clock.advance(20h);
    EXPECT_FALSE(memory.rungsToTry(endpoint, kLadder).contains(Rung::WebSocket));
}

TEST_F(LadderMemoryTest, HonoursItsReprobeInterval)
{
    LadderMemory hourly(settings.get(), clock, 1h);
    hourly.recordFailure(endpoint, Rung::WebSocket);
    clock.advance(59min);
    EXPECT_FALSE(hourly.rungsToTry(endpoint, kLadder).contains(Rung::WebSocket));
    clock.advance(2min);
    EXPECT_TRUE(hourly.rungsToTry(endpoint, kLadder).contains(Rung::WebSocket));
}

TEST_F(LadderMemoryTest, ForgetsMarksFromFarInTheFuture)
{
    memory.recordFailure(endpoint, Rung::WebSocket);

    // The wall clock was set back: an hour still holds the rung back, a year does not.
    ManualClock hourEarlier(clock.wallTime().addSecs(-3600));
    const LadderMemory afterSmallStep(settings.get(), hourEarlier);
    EXPECT_FALSE(afterSmallStep.rungsToTry(endpoint, kLadder).contains(Rung::WebSocket));

    ManualClock yearEarlier(clock.wallTime().addYears(-1));
    const LadderMemory afterBigStep(settings.get(), yearEarlier);
    EXPECT_EQ(afterBigStep.rungsToTry(endpoint, kLadder), kLadder);
}

TEST_F(LadderMemoryTest, TriesTheWholeLadderWhenEveryRungFailed)
{
    for (const Rung rung : kLadder)
        memory.recordFailure(endpoint, rung);
    EXPECT_EQ(memory.rungsToTry(endpoint, kLadder), kLadder);

    const QList<Rung> shortLadder = {Rung::Stream, Rung::Single};
    EXPECT_EQ(memory.rungsToTry(endpoint, shortLadder), shortLadder);
}

TEST_F(LadderMemoryTest, KeepsTheLaddersOrder)
{
    memory.recordFailure(endpoint, Rung::Stream);
    const QList<Rung> ladder = {Rung::Single, Rung::Stream, Rung::WebSocket};
    const QList<Rung> expected = {Rung::Single, Rung::WebSocket};
    EXPECT_EQ(memory.rungsToTry(endpoint, ladder), expected);
}

TEST_F(LadderMemoryTest, SuccessClearsFailureAndBufferedMarks)
{
    memory.recordFailure(endpoint, Rung::WebSocket);
    memory.recordBuffered(endpoint, Rung::WebSocket);
    memory.recordFailure(endpoint, Rung::Poll);
    memory.recordSuccess(endpoint, Rung::WebSocket);

    const QList<Rung> withoutPoll = {Rung::WebSocket, Rung::Stream, Rung::Single};
    EXPECT_EQ(memory.rungsToTry(endpoint, kLadder), withoutPoll);
    EXPECT_EQ(memory.lastWorking(endpoint), Rung::WebSocket);
}

TEST_F(LadderMemoryTest, RemembersTheLastWorkingRung)
{
    memory.recordSuccess(endpoint, Rung::WebSocket);
    memory.recordSuccess(endpoint, Rung::Stream);
    EXPECT_EQ(memory.lastWorking(endpoint), Rung::Stream);
}

TEST_F(LadderMemoryTest, KeepsEndpointsApart)
{
    const QString other =
        LadderMemory::endpointKey(u"openai"_s, QUrl(u"https://api.openai.com/v2"_s));
    memory.recordFailure(endpoint, Rung::WebSocket);
    memory.recordSuccess(endpoint, Rung::Stream);
    EXPECT_EQ(memory.rungsToTry(other, kLadder), kLadder);
    EXPECT_EQ(memory.lastWorking(other), std::nullopt);
}

TEST_F(LadderMemoryTest, StoresEachEndpointUnderOneGroup)
{
    const QString windowsPath = u"generic file:///C:\\models\\llama"_s;
    memory.recordFailure(endpoint, Rung::WebSocket);
    memory.recordSuccess(windowsPath, Rung::Single);

    settings->beginGroup(u"ladder"_s);
    const QStringList groups = settings->childGroups();
    EXPECT_EQ(groups.size(), 2) << groups.join(u", "_s).toStdString();
    settings->endGroup();
    EXPECT_EQ(memory.lastWorking(windowsPath), Rung::Single);
}

TEST_F(LadderMemoryTest, WritesWallTimeInUtc)
{
    memory.recordFailure(endpoint, Rung::Poll);
    const QStringList keys = settings->allKeys();
    ASSERT_EQ(keys.size(), 1);
    EXPECT_TRUE(keys.first().startsWith(u"ladder/"_s)) << keys.first().toStdString();
    EXPECT_TRUE(keys.first().endsWith(u"/failed/poll"_s)) << keys.first().toStdString();
    EXPECT_EQ(settings->value(keys.first()).toString(), u"2026-01-01T12:00:00Z"_s);
}

TEST_F(LadderMemoryTest, NeverWritesASecret)
{
    const QString leaky = LadderMemory::endpointKey(
        u"gemini"_s, QUrl(u"https://user:password@example.com/v1beta?key=secret"_s));
    memory.recordFailure(leaky, Rung::WebSocket);
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
    settings->setValue(u"ladder/x/failed/websocket"_s, u"yesterday"_s);
    settings->setValue(u"ladder/x/lastWorking"_s, u"carrier pigeon"_s);
    EXPECT_EQ(memory.rungsToTry(u"x"_s, kLadder), kLadder);
    EXPECT_EQ(memory.lastWorking(u"x"_s), std::nullopt);
}

TEST(LadderMemoryPersistence, RemembersAcrossInstancesOnTheSameFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"inkchat.ini"_s);
    const QString endpoint =
        LadderMemory::endpointKey(u"openai"_s, QUrl(u"https://api.openai.com/v1"_s));
    ManualClock clock;
    {
        QSettings settings(path, QSettings::IniFormat);
        LadderMemory memory(&settings, clock);
        memory.recordFailure(endpoint, Rung::WebSocket);
        memory.recordBuffered(endpoint, Rung::Stream);
        memory.recordSuccess(endpoint, Rung::Poll);
    }

    // The next run: its own QSettings on the same file, the clock moved on.
    clock.advance(1h);
    QSettings settings(path, QSettings::IniFormat);
    const LadderMemory memory(&settings, clock);
    const QList<Rung> remaining = {Rung::Poll, Rung::Single};
    EXPECT_EQ(memory.rungsToTry(endpoint, kLadder), remaining);
    EXPECT_EQ(memory.lastWorking(endpoint), Rung::Poll);

    clock.advance(24h);
    EXPECT_EQ(memory.rungsToTry(endpoint, kLadder), kLadder);
}
