// The built-in demo reply streamed into the real window on the e-ink
// profile, at the size of a 6" reader: what the panel is asked to refresh,
// frame by frame, against what really changed on the screen (every pixel of
// each frame compared with the frame before, independently of what the
// display was told).

#include "apptesting.h"
#include "benchsupport.h"
#include "fakesecretstore.h"
#include "recordingpanel.h"
#include "screenwatcher.h"

#include "application.h"
#include "controllers/chatcontroller.h"
#include "controllers/displaycontroller.h"
#include "controllers/themecontroller.h"
#include "display/display.h"
#include "stats/framestats.h"

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

/// The frames that put something on the panel.
qsizetype framesShown(const QList<FrameRecord> &frames)
{
    return std::count_if(frames.begin(), frames.end(),
                         [](const FrameRecord &frame) { return !frame.requests.isEmpty(); });
}

/// The app on the e-ink profile at 758x1024, its panel recorded, the
/// built-in demo reply at 120 tokens/s and an update every 200 ms.
class EinkReply : public ::testing::Test
{
protected:
    static AppOptions demoOnEink()
    {
        AppOptions options;
        options.demo = true;
        options.demoRate = 120;
        options.noStore = true;
        options.profile = inkchat::chat::DisplayProfile::Kind::Eink;
        return options;
    }

    void SetUp() override
    {
        app.theme().setEinkIntervalMs(200);
        app.display().setPanelFactory(inkchat::test::app::recordingPanels(panel));
        ASSERT_TRUE(app.load(engine));
        window = app.window();
        window->resize(758, 1024);
        watcher = std::make_unique<ScreenWatcher>(window, panel);
        ASSERT_TRUE(waitForQuiet(window));
        watcher->restart();
    }

    void TearDown() override
    {
        // As the app quits (Application::quit()), should a user's
        // QSG_RENDER_LOOP=threaded have chosen Qt 6.4's loop that hangs
        // otherwise.
        app.quit(0);
        QTest::qWait(100);
    }

    Application app{demoOnEink(), std::make_unique<FakeSecretStore>()};
    std::shared_ptr<PanelLog> panel = std::make_shared<PanelLog>();
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
    std::unique_ptr<ScreenWatcher> watcher;
};

TEST_F(EinkReply, ThePanelRefreshesWhatChangedAndTurnsPagesWithFullRefreshes)
{
    QSignalSpy ended(&app.chat(), &inkchat::app::ChatController::replyEnded);
    app.chat().send(u"Hello"_s);
    ASSERT_TRUE(ended.wait(60'000));
    ASSERT_TRUE(waitForQuiet(window));

    const QList<FrameRecord> frames = watcher->frames();
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
}

// The GUI thread wakes for a display update, not for every network read
// and not for the render loop's own bookkeeping. Issue 16 asks for at most
// three wake-ups per frame; the e-ink rendering gets 1.1-1.5. The bound of
// two leaves room for a loaded machine and still catches the threaded
// render loop (3.1-4.3) and Qt's 5 ms delay before each frame (2.5).
TEST_F(EinkReply, TheGuiThreadWakesAtMostThreeTimesPerFrameThePanelShows)
{
    const qint64 framesBefore = app.stats().frames();

    bool ended = false;
    QObject::connect(&app.chat(), &inkchat::app::ChatController::replyEnded, [&ended] { ended = true; });
    const qint64 wakeUpsBefore = inkchat::bench::threadVoluntaryContextSwitches();
    app.chat().send(u"Hello"_s);
    // A loop that sleeps until there is work, as the app's does.
    ASSERT_TRUE(inkchat::bench::runUntil([&ended] { return ended; }, 60'000));
    const qint64 wakeUps = inkchat::bench::threadVoluntaryContextSwitches() - wakeUpsBefore;
    ASSERT_TRUE(waitForQuiet(window));

    const qsizetype shown = framesShown(watcher->frames());
    ASSERT_GE(shown, 5) << "a reply is shown in several updates";
    std::printf("%lld GUI-thread wake-ups for %lld frames shown (%.1f per frame)\n", qlonglong(wakeUps),
                qlonglong(shown), double(wakeUps) / double(shown));
    EXPECT_LE(wakeUps, 2 * shown);
    // A frame that repainted nothing is not counted either (--stats).
    EXPECT_EQ(app.stats().frames() - framesBefore, shown);
}

} // namespace
