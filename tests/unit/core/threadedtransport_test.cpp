// The network side of a reply on a thread of its own (issue 16): the thread
// that shows the reply wakes about once per repaint, not once per read, and
// still receives every byte, in order, with the network's timing for the
// buffering detector. Counted with the kernel's voluntary context switches
// of the receiving thread while a loopback server (on its own thread)
// streams a reply a piece every 20 ms.

#include "benchsupport.h"
#include "ssescript.h"
#include "streamserver.h"

#include "chat/displayprofile.h"
#include "chat/repaintthrottler.h"
#include "provider/providerregistry.h"
#include "transport/connector.h"
#include "transport/networkthread.h"

#include <QNetworkAccessManager>
#include <QThread>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace inkchat;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;

namespace {

constexpr int kPieces = 80;
constexpr int kPaceMs = 20;
constexpr auto kRepaintInterval = chat::DisplayProfile::kEinkDefault;

/// A StreamServer on a thread of its own: its pacing must not wake the
/// thread being measured.
class ServerThread
{
public:
    explicit ServerThread(const StreamResponse &response)
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_context,
            [&] {
                m_server = new StreamServer;
                m_server->setResponse(response);
                m_url = m_server->url(u"/v1"_s);
            },
            Qt::BlockingQueuedConnection);
    }
    ~ServerThread()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QUrl url() const { return m_url; }

private:
    QThread m_thread;
    QObject m_context;
    StreamServer *m_server = nullptr;
    QUrl m_url;
};

QStringList replyPieces()
{
    QStringList pieces;
    for (int i = 0; i < kPieces; ++i)
        pieces.append(u"word%1 "_s.arg(i));
    return pieces;
}

/// The reply `eventsPerWrite` events per write, `eventsPerWrite` × kPaceMs
/// apart, as a model streams it.
StreamResponse pacedReply(int eventsPerWrite)
{
    StreamResponse response = test::sseResponse(test::openAiChatBody(replyPieces()));
    int events = 0;
    for (qsizetype end = response.body.indexOf("\n\n"); end >= 0;
         end = response.body.indexOf("\n\n", end + 2)) {
        if (++events % eventsPerWrite == 0)
            response.pauses.append({end + 2, eventsPerWrite * kPaceMs});
    }
    return response;
}

struct Streamed
{
    QString text;
    int updates = 0; ///< what the e-ink throttler showed: the frames
    qint64 wakeUps = 0;
    int notices = 0;
    bool finished = false;
};

/// Streams the paced reply through a connector on this thread, its
/// transport on `networkThread` (nullptr: on this thread, as before).
Streamed streamReply(transport::NetworkThread *networkThread, int eventsPerWrite = 1)
{
    ServerThread server(pacedReply(eventsPerWrite));
    QNetworkAccessManager network;
    const std::shared_ptr<provider::Provider> provider = provider::createProvider(u"openai"_s);
    transport::ConnectorServices services;
    services.network = &network;
    services.networkThread = networkThread;
    transport::Connector connector(*provider, {server.url(), u"test-model"_s, u"sk-test"_s}, services);
    chat::RepaintThrottler throttler(chat::DisplayProfile::eink(kRepaintInterval));

    Streamed streamed;
    bool ended = false;
    QObject::connect(&throttler, &chat::RepaintThrottler::updated, [&] {
        ++streamed.updates;
        if (networkThread)
            networkThread->markShown(); // as the app does
    });
    QObject::connect(&connector, &transport::Connector::textReceived, [&](const QString &piece) {
        streamed.text += piece;
        throttler.append(piece);
    });
    QObject::connect(&connector, &transport::Connector::notice, [&] { ++streamed.notices; });
    QObject::connect(&connector, &transport::Connector::finished, [&] {
        throttler.finish();
        streamed.finished = ended = true;
    });
    QObject::connect(&connector, &transport::Connector::failed, [&] { ended = true; });

    chat::Conversation conversation;
    conversation.messages.append({chat::Role::User, u"Hello"_s});
    const qint64 before = bench::threadVoluntaryContextSwitches();
    connector.start(conversation);
    bench::runUntil([&] { return ended; }, 20'000);
    streamed.wakeUps = bench::threadVoluntaryContextSwitches() - before;
    return streamed;
}

} // namespace

TEST(ThreadedTransport, TheShowingThreadWakesAtMostThreeTimesPerFrameAndGetsEveryPiece)
{
    transport::NetworkThread networkThread;
    networkThread.setDeliveryInterval(kRepaintInterval);
    const Streamed streamed = streamReply(&networkThread);

    ASSERT_TRUE(streamed.finished);
    EXPECT_EQ(streamed.text, replyPieces().join(QString()));
    // 80 pieces over 1.6 s at one update per 500 ms: several frames, so
    // that the ratio means something.
    ASSERT_GE(streamed.updates, 3);
    std::printf("threaded: %lld wake-ups for %d frames\n", qlonglong(streamed.wakeUps), streamed.updates);
    EXPECT_LE(streamed.wakeUps, 3 * streamed.updates);
    EXPECT_EQ(streamed.notices, 0);
}

TEST(ThreadedTransport, ABatchAfterTheIntervalIsNoBurstOfABufferingProxy)
{
    // Reads of 4 events 80 ms apart: a model that writes fast, not a proxy
    // that holds the stream back. Batched, the first read of each batch
    // comes after 500 ms with 4 events: a burst, had the connector timed it
    // by its delivery instead of by its read.
    transport::NetworkThread networkThread;
    networkThread.setDeliveryInterval(kRepaintInterval);
    const Streamed streamed = streamReply(&networkThread, 4);

    ASSERT_TRUE(streamed.finished);
    EXPECT_EQ(streamed.text, replyPieces().join(QString()));
    EXPECT_EQ(streamed.notices, 0);
}

TEST(ThreadedTransport, WithoutItTheShowingThreadWakesForEveryRead)
{
    // The measurement above is not blind: the same reply with the transport
    // on the showing thread wakes it once per read, ~80 times.
    const Streamed streamed = streamReply(nullptr);

    ASSERT_TRUE(streamed.finished);
    EXPECT_EQ(streamed.text, replyPieces().join(QString()));
    std::printf("same thread: %lld wake-ups for %d frames\n", qlonglong(streamed.wakeUps), streamed.updates);
    EXPECT_GT(streamed.wakeUps, 3 * streamed.updates);
}
