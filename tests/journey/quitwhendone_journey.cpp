// Journey 5's scripted ending: `inkchat --profile eink --send ...
// --quit-when-done` is how a kiosk script or a measurement uses the app,
// and it hung at exit in one run of two (Qt's threaded software render
// loop, which the e-ink profile uses). Ten runs in a row must each end.

#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

TEST(QuitJourney, TheEinkProfileQuitsWhenTheReplyIsDoneTenTimesInARow)
{
    for (int run = 1; run <= 10; ++run) {
        SCOPED_TRACE(run);
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        app.setProcessEnvironment(environment);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(INKCHAT_APP_PATH),
                  {u"--demo"_s, u"--demo-rate"_s, u"0"_s, u"--no-store"_s, u"--profile"_s, u"eink"_s,
                   u"--send"_s, u"Hello"_s, u"--quit-when-done"_s});
        // A deadline for a hang, far above the second a run takes.
        const bool ended = app.waitForFinished(30'000);
        EXPECT_TRUE(ended) << "inkchat did not quit";
        if (!ended) {
            app.kill();
            app.waitForFinished();
            continue;
        }
        EXPECT_EQ(app.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(app.exitCode(), 0);
    }
}

} // namespace
