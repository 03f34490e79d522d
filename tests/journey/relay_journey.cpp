// Issue 20 in the app's hands: a person runs `inkchat-relay serve`, asks it
// for a pairing code, adds the relay in Settings, types the code as shown,
// and chats through it, without curl or a token copied by hand.

#include "journeysteps.h"

#include "cuttingproxy.h"
#include "relayharness.h"
#include "relaytestsupport.h"
#include "ssescript.h"
#include "streamserver.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace inkchat::journey {
namespace {

/// The code `inkchat-relay pair` shows, as the console shows it (dash included).
QString pairingCode(const test::relay::RelayProcess &relay)
{
    QByteArray pairOutput;
    if (relay.runCommand({u"pair"_s}, &pairOutput) != 0)
        return {};
    return QRegularExpression(u"Pairing code: (\\d{4}-\\d{4})"_s)
        .match(QString::fromUtf8(pairOutput))
        .captured(1);
}

/// In Settings: adds the relay at `port` and pairs with it by its code,
/// as a user types it; leaves Settings open.
void pairInSettings(JourneyApp &app, quint16 port, const QString &code)
{
    app.click(app.visibleItem(u"settingsButton"_s));
    chooseInComboBox(app, app.visibleItem(u"newProviderBox"_s), u"Inkchat relay"_s);
    app.click(app.visibleItem(u"addEndpointButton"_s));
    fillField(app, u"baseUrlField"_s, u"http://127.0.0.1:%1"_s.arg(port));
    app.click(app.visibleItem(u"saveEndpointButton"_s));
    ASSERT_FALSE(app.visibleItem(u"formError"_s)) << "the form was accepted";
    ASSERT_TRUE(app.visibleItem(u"relayPairing"_s)) << "a relay endpoint offers pairing";
    fillField(app, u"pairingCodeField"_s, code);
    app.click(app.visibleItem(u"pairRelayButton"_s));
    ASSERT_TRUE(
        app.waitFor([&] { return app.visibleTextContaining(u"Paired with the relay"_s) != nullptr; }));
    ASSERT_TRUE(app.waitFor([&] { return app.visibleTextContaining(u"key stored"_s) != nullptr; }));
}

TEST_F(Journey, PairWithARelayByItsCodeAndChatThroughIt)
{
    test::StreamServer upstream;
    upstream.setResponse(
        test::sseResponse(test::openAiChatBody({u"Hello"_s, u" through"_s, u" the"_s, u" relay."_s})));
    QTemporaryDir dir;
    test::relay::RelayProcess relay(dir.filePath(u"data"_s), upstream.url(u"/v1"_s));
    ASSERT_TRUE(relay.isRunning());
    const QString code = pairingCode(relay);
    ASSERT_FALSE(code.isEmpty());

    app::AppOptions options;
    JourneyApp app(options);
    ASSERT_NO_FATAL_FAILURE(pairInSettings(app, relay.port(), code));
    app.shot(u"paired"_s);
    QByteArray devices;
    ASSERT_EQ(relay.runCommand({u"devices"_s}, &devices), 0);
    EXPECT_TRUE(devices.contains("Inkchat on")) << devices.toStdString();

    app.key(Qt::Key_Escape);
    app.type(u"Hi relay\n"_s);
    ASSERT_TRUE(
        app.waitFor([&] { return app.visibleTextContaining(u"Hello through the relay."_s) != nullptr; }));
    ASSERT_TRUE(waitUntilReplyEnded(app));
    app.shot(u"relay-reply"_s);
    // The relay asked upstream with its own key; the device's token stayed with the relay.
    ASSERT_EQ(upstream.requests().size(), 1);
    EXPECT_EQ(upstream.requests().constFirst().header("Authorization"),
              "Bearer " + test::relay::kUpstreamKey);
    EXPECT_TRUE(upstream.requests().constFirst().body.contains("Hi relay"));
}

TEST_F(Journey, AReplyThroughARelayCutTenTimesIsShownWholeAndOnce)
{
    // An upstream that cannot continue a reply (it ignores a prefill, as
    // OpenAI's own API does): only the relay makes this reply resumable.
    test::StreamServer upstream;
    QStringList pieces{u"word1"_s};
    for (int i = 2; i <= 300; ++i)
        pieces.append(u" word%1"_s.arg(i));
    const QString reply = pieces.join(QString());
    upstream.setResponse(test::relay::pacedReply(pieces, 2));
    QTemporaryDir dir;
    test::relay::RelayProcess relay(dir.filePath(u"data"_s), upstream.url(u"/v1"_s),
                                    {u"--retry"_s, u"0.01"_s},
                                    test::relay::RelayProcess::Upstream::IgnoresPrefill);
    ASSERT_TRUE(relay.isRunning());
    // Ten cuts after random events of each stream, at each of the first ten
    // bytes after the event's end: where a chunked body had its next
    // chunk's size line, a cut once stalled the app for its idle timeout.
    QRandomGenerator random(20);
    QList<test::relay::CuttingProxy::Cut> cuts;
    for (int i = 0; i < 10; ++i)
        cuts.append({i, int(random.bounded(1, 9))});
    test::relay::CuttingProxy proxy(relay.port(), cuts);
    const QString code = pairingCode(relay);
    ASSERT_FALSE(code.isEmpty());

    app::AppOptions options;
    JourneyApp app(options);
    // Paired through the same bad network: only streams are cut.
    ASSERT_NO_FATAL_FAILURE(pairInSettings(app, proxy.port(), code));
    app.key(Qt::Key_Escape);
    app.type(u"Tell me a long story\n"_s);
    ASSERT_TRUE(waitUntilReplyEnded(app)) << proxy.log().toStdString();
    app.shot(u"reply-through-cuts"_s);
    EXPECT_EQ(proxy.cutsMade(), 10) << proxy.log().toStdString();
    EXPECT_EQ(upstream.requests().size(), 1) << "every cut was picked up at the relay";

    // What the conversation holds, as the user takes it away: the reply
    // exactly, once.
    ASSERT_NO_FATAL_FAILURE(exportThroughTheDialog(app, u"Plain text"_s, u"story.txt"_s));
    QFile exported(app.home().filePath(u"Documents/Inkchat/story.txt"_s));
    ASSERT_TRUE(exported.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(exported.readAll());
    EXPECT_EQ(text.count(reply), 1) << text.toStdString();
    EXPECT_EQ(text.count(u"word150 "_s), 1) << text.toStdString();
}

} // namespace
} // namespace inkchat::journey
