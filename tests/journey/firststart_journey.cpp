// Journey 1: a new user's first start. The demo answers, the demo's hint
// leads to Settings, an endpoint with a key is added there, the key goes to
// the keychain and to no file, and the next message is answered by that
// endpoint.

#include "journeyapp.h"
#include "journeysteps.h"

#include "ssescript.h"
#include "streamserver.h"

#include <QDirIterator>
#include <QProcess>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::journey {
namespace {

const QString kKey = u"sk-journey-4f1c9a7e"_s;

/// What `secret-tool` (libsecret) finds in the keyring for Inkchat: the
/// key must be there, put by the app, whatever our own code says.
QString keyringContents()
{
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"--unlock"_s, u"server"_s, u"Inkchat"_s});
    if (!tool.waitForFinished(10'000))
        return {};
    return QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
}

/// Every file under `root` that contains `secret`.
QStringList filesContaining(const QString &root, const QByteArray &secret)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            found.append(file.fileName());
    }
    return found;
}

TEST_F(Journey, FirstStartDemoThenAddAProviderInSettingsAndChatWithIt)
{
    test::StreamServer provider;
    provider.setResponse(
        test::sseResponse(test::openAiChatBody({u"Hello"_s, u" from"_s, u" your"_s, u" server."_s})));

    app::AppOptions options;
    options.demoRate = 400;
    JourneyApp app(options);
    app.shot(u"first-start"_s);
    EXPECT_TRUE(app.visibleTextContaining(u"Demo mode"_s)) << "the demo says what it is";

    // The composer has focus at start: the user just types.
    app.type(u"Hello\n"_s);
    ASSERT_TRUE(app.waitFor([&] { return app.visibleTextContaining(u"offline demo"_s) != nullptr; }))
        << "the demo reply streams into the window";
    ASSERT_TRUE(waitUntilReplyEnded(app));
    app.shot(u"demo-reply"_s);

    // "Add a provider in Settings", as the hint says.
    app.click(app.visibleItem(u"settingsButton"_s));
    ASSERT_TRUE(app.visibleText(u"Providers"_s)) << "Settings shows its providers";
    app.shot(u"settings"_s);

    ASSERT_NO_FATAL_FAILURE(
        addEndpointInSettings(app, u"My server"_s, provider.url(u"/v1"_s).toString(), u"test-model"_s, kKey));
    app.shot(u"endpoint-added"_s);

    EXPECT_TRUE(keyringContents().contains(kKey)) << "the key is in the Secret Service";
    const QString scratch = qEnvironmentVariable("INKCHAT_TEST_KEYRING", app.home().path());
    EXPECT_EQ(filesContaining(scratch, kKey.toUtf8()), QStringList()) << "the key is in no file";

    // Back to the chat, which now goes to the new endpoint.
    app.key(Qt::Key_Escape);
    ASSERT_FALSE(app.visibleText(u"Providers"_s)) << "Escape closes Settings";
    ASSERT_TRUE(app.visibleTextContaining(u"My server"_s, app.visibleItem(u"endpointLabel"_s)))
        << "the header names the endpoint";
    EXPECT_FALSE(app.visibleItem(u"keyExposedWarning"_s)) << "plain http on this machine exposes nothing";
    app.type(u"Hi there\n"_s);
    ASSERT_TRUE(
        app.waitFor([&] { return app.visibleTextContaining(u"Hello from your server."_s) != nullptr; }));
    ASSERT_TRUE(waitUntilReplyEnded(app));
    app.shot(u"provider-reply"_s);

    // Besides the reply, the new endpoint was asked for its models (GET /models).
    ASSERT_EQ(provider.requests().constLast().method, "POST");
    int posts = 0;
    for (const test::RecordedRequest &request : provider.requests())
        posts += request.method == "POST" ? 1 : 0;
    ASSERT_EQ(posts, 1);
    EXPECT_EQ(provider.requests().constLast().header("Authorization"), "Bearer " + kKey.toUtf8());
    EXPECT_TRUE(provider.requests().constLast().body.contains("Hi there"));
}

TEST_F(Journey, AKeySentOverPlainHttpToAnotherMachineShowsAnOpenLock)
{
    app::AppOptions options;
    JourneyApp app(options);
    app.click(app.visibleItem(u"settingsButton"_s));
    // TEST-NET-1 (RFC 5737): another machine, never reached by this test.
    ASSERT_NO_FATAL_FAILURE(
        addEndpointInSettings(app, u"LAN box"_s, u"http://192.0.2.7:8080/v1"_s, u"local-model"_s, kKey));
    app.key(Qt::Key_Escape);
    QQuickItem *warning = nullptr;
    ASSERT_TRUE(app.waitFor([&] { return (warning = app.visibleItem(u"keyExposedWarning"_s)) != nullptr; }))
        << "the header warns before anything is sent";
    EXPECT_TRUE(warning->property("text").toString().contains(u"plain http://"_s));
    app.shot(u"open-lock"_s);
}

} // namespace
} // namespace inkchat::journey
