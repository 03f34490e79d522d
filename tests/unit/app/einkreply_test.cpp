// The built-in demo reply streamed into the real window on the e-ink
// profile, at the size of a 6" reader: what the panel is asked to refresh,
// frame by frame, against what really changed on the screen (every pixel of
// each frame compared with the frame before, independently of what the
// display was told).

#include "apptesting.h"
#include "fakesecretstore.h"
#include "recordingpanel.h"
#include "screenwatcher.h"

#include "application.h"
#include "controllers/chatcontroller.h"
#include "controllers/displaycontroller.h"
#include "controllers/themecontroller.h"
#include "display/display.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::app::Application;
using inkchat::app::AppOptions;
using inkchat::platform::Waveform;
using inkchat::test::app::areaOf;
using inkchat::test::app::FrameRecord;
using inkchat::test::app::kWaitMs;
using inkchat::test::app::PanelLog;
using inkchat::test::app::RefreshRequest;
using inkchat::test::app::ScreenWatcher;
using inkchat::test::app::waitForQuiet;

namespace {

TEST(EinkReply, ThePanelRefreshesWhatChangedAndTurnsPagesWithFullRefreshes)
{
    AppOptions options;
    options.demo = true;
    options.demoRate = 120;
    options.noStore = true;
    options.profile = inkchat::chat::DisplayProfile::Kind::Eink;
    Application app(options, std::make_unique<FakeSecretStore>());
    app.theme().setEinkIntervalMs(200);
    auto panel = std::make_shared<PanelLog>();
    app.display().setPanelFactory(inkchat::test::app::recordingPanels(panel));
    QQmlApplicationEngine engine;
    ASSERT_TRUE(app.load(engine));
    QQuickWindow *window = app.window();
    window->resize(758, 1024);
    ScreenWatcher watcher(window, panel);
    ASSERT_TRUE(waitForQuiet(window));
    watcher.restart();

    QSignalSpy ended(&app.chat(), &inkchat::app::ChatController::replyEnded);
    app.chat().send(u"Hello"_s);
    ASSERT_TRUE(ended.wait(60'000));
    ASSERT_TRUE(waitForQuiet(window));

    const QList<FrameRecord> frames = watcher.frames();
    ASSERT_GE(frames.size(), 5) << "a reply is shown in several updates";
    const qint64 screen = areaOf(QRect(QPoint(0, 0), window->size()));
    qint64 changed = 0;
    qint64 requested = 0;
    int pageTurns = 0;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const FrameRecord &frame = frames[i];
        const double share = double(areaOf(frame.changedBounds)) / double(screen);
        if (frame.isFull()) {
            ++pageTurns;
            EXPECT_GT(share, 0.3) << "frame " << i << ": a flash for a small change (" << 100 * share
                                  << " % of the screen changed, after " << frames.size() << " frames)";
            continue;
        }
        if (share >= 0.5) {
            // A new view (the sent message replaces the empty conversation):
            // no flash, but no fast waveform for a whole screen either.
            for (const RefreshRequest &request : frame.requests)
                EXPECT_EQ(request.waveform, Waveform::Quality) << "frame " << i;
        }
        if (!frame.covered) {
            QString requests;
            for (const RefreshRequest &request : frame.requests)
                requests += u"%1,%2 %3x%4; "_s.arg(request.area.x())
                                .arg(request.area.y())
                                .arg(request.area.width())
                                .arg(request.area.height());
            ADD_FAILURE() << "frame " << i << ": changed pixels the panel was not asked to refresh, from "
                          << frame.uncovered.x() << ',' << frame.uncovered.y() << " to "
                          << frame.uncovered.right() << "; asked: " << qPrintable(requests);
        }
        changed += areaOf(frame.changedBounds);
        requested += frame.requestedArea();
    }
    EXPECT_GE(pageTurns, 1) << "the reply is longer than a page";
    EXPECT_LE(requested, 2 * changed)
        << "panel area " << requested << " px, changed bounding boxes " << changed << " px";
    std::printf("%lld frames, %d page turns; partial updates: panel area %.2f %% of the screen per frame, "
                "changed bounding boxes %.2f %%\n",
                qlonglong(frames.size()), pageTurns,
                100.0 * double(requested) / double(screen) / double(frames.size() - pageTurns),
                100.0 * double(changed) / double(screen) / double(frames.size() - pageTurns));
    // Qt 6.4's threaded software render loop hangs when the window is
    // destroyed while its render thread is awake: quit() hides it, and the
    // thread goes to sleep before the engine is destroyed.
    app.quit(0);
    QTest::qWait(100);
}

} // namespace
