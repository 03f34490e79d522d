// The built-in demo reply streamed into the real window on the e-ink
// profile, at the size of a 6" reader: what the panel is asked to refresh,
// frame by frame, against what really changed on the screen (every pixel of
// each frame compared with the frame before, independently of what the
// display was told).

#include "apptesting.h"
#include "fakesecretstore.h"
#include "recordingpanel.h"

#include "application.h"
#include "controllers/chatcontroller.h"
#include "controllers/displaycontroller.h"
#include "controllers/themecontroller.h"
#include "display/display.h"

#include <QMutex>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QScreen>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <cstring>

using namespace Qt::StringLiterals;
using inkchat::app::AppOptions;
using inkchat::app::Application;
using inkchat::platform::Waveform;
using inkchat::test::app::kWaitMs;
using inkchat::test::app::PanelLog;
using inkchat::test::app::RefreshRequest;

namespace {

qint64 areaOf(const QRect &rect)
{
    return qint64(rect.width()) * rect.height();
}

/// One swapped frame: what changed on screen, and what the panel was asked.
struct FrameRecord
{
    QRect changedBounds;
    QList<RefreshRequest> requests;
    /// Every changed pixel lies in a requested area.
    bool covered = true;

    bool isFull() const
    {
        return std::any_of(requests.begin(), requests.end(),
                           [](const RefreshRequest &request) { return request.waveform == Waveform::Full; });
    }
    qint64 requestedArea() const
    {
        qint64 area = 0;
        for (const RefreshRequest &request : requests)
            area += areaOf(request.area);
        return area;
    }
};

/// Compares each frame of `window` with the one before, on the render
/// thread, after the display controller has handled it (connected later).
class ScreenWatcher
{
public:
    ScreenWatcher(QQuickWindow *window, std::shared_ptr<PanelLog> panel) : m_panel(std::move(panel))
    {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window, [this, window] { onFrame(window); },
            Qt::DirectConnection);
    }

    /// Forgets the frames so far: the next one is compared with the last.
    void restart()
    {
        QMutexLocker lock(&m_mutex);
        m_frames.clear();
        m_panel->take();
    }
    QList<FrameRecord> frames()
    {
        QMutexLocker lock(&m_mutex);
        return m_frames;
    }

private:
    void onFrame(QQuickWindow *window)
    {
        // The offscreen platform's screen grab reads the window's backing
        // store, which the render thread has just flushed.
        const QImage now =
            window->screen()->grabWindow(window->winId()).toImage().convertToFormat(QImage::Format_RGB32);
        QMutexLocker lock(&m_mutex);
        FrameRecord record;
        record.requests = m_panel->take();
        QRegion requested;
        for (const RefreshRequest &request : record.requests)
            requested += request.area.isEmpty() ? now.rect() : request.area;
        if (m_previous.size() == now.size()) {
            for (int y = 0; y < now.height(); ++y) {
                const auto *a = reinterpret_cast<const QRgb *>(now.constScanLine(y));
                const auto *b = reinterpret_cast<const QRgb *>(m_previous.constScanLine(y));
                if (std::memcmp(a, b, size_t(now.width()) * sizeof(QRgb)) == 0)
                    continue;
                int first = 0;
                while (a[first] == b[first])
                    ++first;
                int last = now.width() - 1;
                while (a[last] == b[last])
                    --last;
                const QRect span(first, y, last - first + 1, 1);
                record.changedBounds |= span;
                if (!(QRegion(span) - requested).isEmpty())
                    record.covered = false;
            }
        }
        m_previous = now;
        m_frames.append(record);
    }

    std::shared_ptr<PanelLog> m_panel;
    QMutex m_mutex;
    QImage m_previous;
    QList<FrameRecord> m_frames;
};

/// Waits until the window has drawn no frame for a while.
bool waitForQuiet(QQuickWindow *window)
{
    QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
    for (int i = 0; i < 40; ++i) {
        if (!swapped.wait(700))
            return true;
    }
    return false;
}

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
            EXPECT_GT(share, 0.3) << "frame " << i << ": a flash for a small change";
            continue;
        }
        if (share >= 0.5) {
            // A new view (the sent message replaces the empty conversation):
            // no flash, but no fast waveform for a whole screen either.
            for (const RefreshRequest &request : frame.requests)
                EXPECT_EQ(request.waveform, Waveform::Quality) << "frame " << i;
        }
        EXPECT_TRUE(frame.covered) << "frame " << i << ": changed pixels the panel was not asked to refresh";
        changed += areaOf(frame.changedBounds);
        requested += frame.requestedArea();
    }
    EXPECT_GE(pageTurns, 1) << "the reply is longer than a page";
    EXPECT_LE(requested, 2 * changed) << "panel area " << requested << " px, changed bounding boxes " << changed
                                      << " px";
    std::printf("%lld frames, %d page turns; partial updates: panel area %.2f %% of the screen per frame, "
                "changed bounding boxes %.2f %%\n",
                qlonglong(frames.size()), pageTurns, 100.0 * double(requested) / double(screen) / double(frames.size() - pageTurns),
                100.0 * double(changed) / double(screen) / double(frames.size() - pageTurns));
    app.quit(0);
}

} // namespace
