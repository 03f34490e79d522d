// inkchat-relay with an endpoint set up in the app (issue 20: "endpoints and
// keys as in the app"): `serve --endpoint NAME` reads the endpoint from the
// app's settings and its key from the keychain where the app's Settings
// stored it. Runs through with-keyring.sh: a private D-Bus session with an
// unlocked gnome-keyring, and its own HOME and XDG folders, so neither the
// user's keychain nor their app settings are ever touched.

#include "relaytestsupport.h"
#include "secretwait.h"

#include "secrets/keychainsecretstore.h"
#include "session/endpointconfig.h"

#include <QSettings>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat;
using namespace inkchat::test;
using namespace inkchat::test::relay;

TEST(RelayKeychain, ServesAnEndpointSetUpInTheAppWithItsKeyFromTheKeychain)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("INKCHAT_TEST_KEYRING"))
        << "run through tests/unit/platform/with-keyring.sh (ctest does): never the user's own keychain";
    QTemporaryDir dir;
    StreamServer upstream;
    const QStringList pieces = numberedPieces(20);
    upstream.setResponse(pacedReply(pieces, 0));
    {
        // As the app's Settings saves an endpoint, and its key in the keychain.
        QSettings appSettings(u"Inkchat"_s, u"Inkchat"_s);
        session::saveEndpointConfigs(
            appSettings,
            {{u"e1"_s, u"Work"_s, u"openai"_s, upstream.url(u"/v1"_s), u"test-model"_s, true, {}, {}}});
    }
    platform::KeychainSecretStore secrets(QString::fromLatin1(session::kKeychainService));
    const QString account = u"endpoint/e1"_s;
    ASSERT_FALSE(waitForSecretStore(
        [&](auto done) { secrets.write(account, QString::fromLatin1(kUpstreamKey), done); }));

    RelayProcess relay(dir.filePath(u"data"_s),
                       RelayProcess::UpstreamArguments{{u"--endpoint"_s, u"Work"_s}});
    ASSERT_TRUE(relay.isRunning());
    const QByteArray token = relay.pair();
    HttpClient client(relay.port(), "POST", "/v1/replies", auth(token), askBody());
    ASSERT_TRUE(client.waitForEnd());
    EXPECT_EQ(client.text(), pieces.join(QString()));
    ASSERT_EQ(upstream.requests().size(), 1);
    EXPECT_EQ(upstream.requests().at(0).header("Authorization"), "Bearer " + kUpstreamKey);

    // The key removed in the app: the next reply says where it belongs and
    // asks nothing upstream.
    ASSERT_FALSE(waitForSecretStore([&](auto done) { secrets.remove(account, done); }));
    HttpClient second(relay.port(), "POST", "/v1/replies", auth(token), askBody());
    ASSERT_TRUE(second.waitForEnd());
    ASSERT_FALSE(second.events().isEmpty());
    EXPECT_EQ(second.events().constLast().type, "end");
    EXPECT_TRUE(second.events().constLast().data.contains("not in the keychain"))
        << second.events().constLast().data.toStdString();
    EXPECT_EQ(upstream.requests().size(), 1);
    EXPECT_FALSE(relay.output().contains(kUpstreamKey));

    // A name the app does not have is refused at once, with the names it has.
    QByteArray out;
    EXPECT_EQ(
        relay.runCommand({u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--endpoint"_s, u"Home"_s}, &out),
        64);
    EXPECT_TRUE(out.contains("has no endpoint \"Home\"; it has \"Work\"")) << out.toStdString();
}
