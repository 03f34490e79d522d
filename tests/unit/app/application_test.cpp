// The whole app in one process, offscreen: the object graph Application
// builds, Main.qml, and the built-in demo server streaming through the real
// pipeline (HTTP, SSE parser, connector, throttler, transcript).

#include "pixels.h"

#include "fakesecretstore.h"

#include "application.h"
#include "controllers/chatcontroller.h"
#include "controllers/themecontroller.h"
#include "stats/framestats.h"

#include <QFile>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::app::Application;
using inkchat::app::AppOptions;
using inkchat::chat::MessageStatus;

namespace {

QString builtInReply()
{
    QFile file(u":/inkchat/demo/reply.md"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

/// Application + engine, with QML warnings collected.
struct App
{
    explicit App(const AppOptions &options) : app(options, std::make_unique<FakeSecretStore>())
    {
        QObject::connect(&engine, &QQmlEngine::warnings, [this](const QList<QQmlError> &list) {
            for (const QQmlError &error : list)
                warnings.append(error.toString());
        });
    }

    bool load() { return app.load(engine); }

    Application app;
    QQmlApplicationEngine engine; ///< goes first: its bindings read the app's objects
    QStringList warnings;
};

AppOptions demo(inkchat::chat::DisplayProfile::Kind profile)
{
    AppOptions options;
    options.demo = true;
    options.demoRate = 400;
    options.noStore = true; // each test starts with no conversations
    options.profile = profile;
    options.send = u"Hello"_s;
    options.quitWhenDone = true;
    return options;
}

TEST(Application, EinkDemoShowsTheWholeReplyInFewFramesInPureBlackAndWhite)
{
    App app(demo(inkchat::chat::DisplayProfile::Kind::Eink));
    ASSERT_TRUE(app.load()) << qPrintable(app.warnings.join(u'\n'));
    QSignalSpy done(&app.app, &Application::done);
    ASSERT_TRUE(done.wait(30'000));

    EXPECT_EQ(app.app.exitCode(), 0);
    auto &transcript = *app.app.chat().transcript();
    ASSERT_EQ(transcript.messageCount(), 2);
    const auto &reply = transcript.message(1);
    EXPECT_EQ(reply.status, MessageStatus::Complete);
    EXPECT_TRUE(reply.text.startsWith(u"You asked: “Hello”"_s)) << qPrintable(reply.text.left(80));
    EXPECT_TRUE(reply.text.endsWith(builtInReply())) << "the final text is complete";

    const auto &stats = app.app.stats();
    EXPECT_GE(stats.updates(), 2);
    // At 500 ms per update the reply takes a handful of updates; frames
    // beyond them are the first frames, the status line and page turns.
    EXPECT_LE(stats.frames(), stats.updates() + 12) << qPrintable(stats.summaryLine());

    EXPECT_EQ(inkchat::test::greyPixels(app.app.window()->grabWindow()), 0)
        << "e-ink pages are pure black and white";
    EXPECT_TRUE(app.warnings.isEmpty()) << qPrintable(app.warnings.join(u'\n'));
}

TEST(Application, DesktopDemoStreamsTheWholeReply)
{
    App app(demo(inkchat::chat::DisplayProfile::Kind::Desktop));
    ASSERT_TRUE(app.load()) << qPrintable(app.warnings.join(u'\n'));
    QSignalSpy done(&app.app, &Application::done);
    ASSERT_TRUE(done.wait(30'000));

    const auto &reply = app.app.chat().transcript()->message(1);
    EXPECT_EQ(reply.status, MessageStatus::Complete);
    EXPECT_TRUE(reply.text.endsWith(builtInReply()));
    EXPECT_GT(app.app.stats().updates(), 10);
    EXPECT_TRUE(app.warnings.isEmpty()) << qPrintable(app.warnings.join(u'\n'));
}

} // namespace
