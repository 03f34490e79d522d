// Issue 20 in the app's hands: a person runs `inkchat-relay serve`, asks it
// for a pairing code, adds the relay in Settings, types the code as shown,
// and chats through it, without curl or a token copied by hand.

#include "journeysteps.h"

#include "relayharness.h"
#include "ssescript.h"
#include "streamserver.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace inkchat::journey {
namespace {

TEST_F(Journey, PairWithARelayByItsCodeAndChatThroughIt)
{
    test::StreamServer upstream;
    upstream.setResponse(
        test::sseResponse(test::openAiChatBody({u"Hello"_s, u" through"_s, u" the"_s, u" relay."_s})));
    QTemporaryDir dir;
    test::relay::RelayProcess relay(dir.filePath(u"data"_s), upstream.url(u"/v1"_s));
    ASSERT_TRUE(relay.isRunning());
    QByteArray pairOutput;
    ASSERT_EQ(relay.runCommand({u"pair"_s}, &pairOutput), 0);
    // Typed as the console shows it, dash included.
    const QString code = QRegularExpression(u"Pairing code: (\\d{4}-\\d{4})"_s)
                             .match(QString::fromUtf8(pairOutput))
                             .captured(1);
    ASSERT_FALSE(code.isEmpty()) << pairOutput.toStdString();

    app::AppOptions options;
    JourneyApp app(options);
    app.click(app.visibleItem(u"settingsButton"_s));
    chooseInComboBox(app, app.visibleItem(u"newProviderBox"_s), u"Inkchat relay"_s);
    app.click(app.visibleItem(u"addEndpointButton"_s));
    fillField(app, u"baseUrlField"_s, u"http://127.0.0.1:%1"_s.arg(relay.port()));
    app.click(app.visibleItem(u"saveEndpointButton"_s));
    ASSERT_FALSE(app.visibleItem(u"formError"_s)) << "the form was accepted";
    ASSERT_TRUE(app.visibleItem(u"relayPairing"_s)) << "a relay endpoint offers pairing";
    fillField(app, u"pairingCodeField"_s, code);
    app.click(app.visibleItem(u"pairRelayButton"_s));
    ASSERT_TRUE(
        app.waitFor([&] { return app.visibleTextContaining(u"Paired with the relay"_s) != nullptr; }));
    ASSERT_TRUE(app.waitFor([&] { return app.visibleTextContaining(u"key stored"_s) != nullptr; }));
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

} // namespace
} // namespace inkchat::journey
