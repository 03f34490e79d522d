#include "display/display.h"
#include "display/refreshpanels.h"

#ifdef INKCHAT_HAVE_MXCFB
#include "display/mxcfbrefreshpanel.h"
#endif

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace inkchat::platform;
using namespace Qt::StringLiterals;

namespace {

struct RefreshCall
{
    Waveform waveform;
    QRect area;
};

/// Remembers every refresh it is asked for; the calls outlive the panel,
/// which the Display owns.
class RecordingPanel final : public RefreshPanel
{
public:
    explicit RecordingPanel(std::vector<RefreshCall> &calls) : m_calls(calls) {}
    void refresh(Waveform waveform, const QRect &area) override
    {
        m_calls.push_back({waveform, area});
    }

private:
    std::vector<RefreshCall> &m_calls;
};

/// A Display over a RecordingPanel.
struct Recorded
{
    std::vector<RefreshCall> calls;
    Display display{std::make_unique<RecordingPanel>(calls)};

    std::vector<Waveform> waveforms() const
    {
        std::vector<Waveform> result;
        for (const RefreshCall &call : calls)
            result.push_back(call.waveform);
        return result;
    }
};

void showFrames(Display &display, int frames)
{
    for (int i = 0; i < frames; ++i)
        display.partialUpdate();
}

constexpr Waveform P = Waveform::Partial;
constexpr Waveform F = Waveform::Full;

} // namespace

TEST(Display, DrawsTheSixthAndTwelfthFrameFullByDefault)
{
    Recorded r;
    ASSERT_EQ(r.display.fullRefreshEvery(), 6);

    showFrames(r.display, 13);

    // One refresh per frame; the Nth frame is full instead of partial.
    const std::vector<Waveform> expected{P, P, P, P, P, F, P, P, P, P, P, F, P};
    EXPECT_EQ(r.waveforms(), expected);
    EXPECT_EQ(r.display.fullRefreshes(), 2);
    EXPECT_EQ(r.display.partialUpdates(), 11);
    EXPECT_EQ(r.display.partialsSinceFullRefresh(), 1);
}

TEST(Display, SignalsEachFullRefresh)
{
    Recorded r;
    QSignalSpy requested(&r.display, &Display::fullRefreshRequested);

    showFrames(r.display, 5);
    EXPECT_EQ(requested.count(), 0);
    r.display.partialUpdate();
    EXPECT_EQ(requested.count(), 1);
    r.display.pageTurned();
    EXPECT_EQ(requested.count(), 2);
}

TEST(Display, PageTurnRefreshesFullAtOnceAndRestartsTheCount)
{
    Recorded r;
    showFrames(r.display, 4);

    r.display.pageTurned();
    ASSERT_EQ(r.calls.size(), 5u);
    EXPECT_EQ(r.calls.back().waveform, F);
    EXPECT_EQ(r.display.partialsSinceFullRefresh(), 0);

    // Five partial frames after the turn, the sixth is full again.
    showFrames(r.display, 6);
    const std::vector<Waveform> expected{P, P, P, P, F, P, P, P, P, P, F};
    EXPECT_EQ(r.waveforms(), expected);
    EXPECT_EQ(r.display.fullRefreshes(), 2);
    EXPECT_EQ(r.display.partialUpdates(), 9);
}

TEST(Display, EveryFrameIsFullWhenFullRefreshEveryIsOne)
{
    Recorded r;
    r.display.setFullRefreshEvery(1);

    showFrames(r.display, 3);

    EXPECT_EQ(r.waveforms(), (std::vector<Waveform>{F, F, F}));
    EXPECT_EQ(r.display.fullRefreshes(), 3);
    EXPECT_EQ(r.display.partialUpdates(), 0);
}

TEST(Display, FullRefreshEveryBelowOneBecomesOne)
{
    Recorded r;
    r.display.setFullRefreshEvery(0);
    EXPECT_EQ(r.display.fullRefreshEvery(), 1);
    r.display.setFullRefreshEvery(-3);
    EXPECT_EQ(r.display.fullRefreshEvery(), 1);
}

TEST(Display, LoweringFullRefreshEveryTakesEffectOnTheNextFrame)
{
    Recorded r;
    showFrames(r.display, 4);

    r.display.setFullRefreshEvery(3);
    r.display.partialUpdate();

    EXPECT_EQ(r.waveforms(), (std::vector<Waveform>{P, P, P, P, F}));
}

TEST(Display, PartialFramesKeepTheirAreaAndFullRefreshesCoverTheScreen)
{
    Recorded r;
    r.display.setFullRefreshEvery(2);
    const QRect dirty(10, 20, 300, 40);

    r.display.partialUpdate(dirty);
    r.display.partialUpdate(dirty);

    ASSERT_EQ(r.calls.size(), 2u);
    EXPECT_EQ(r.calls[0].area, dirty);
    EXPECT_TRUE(r.calls[1].area.isEmpty()); // empty: the whole screen
}

TEST(Display, DisabledDisplayNeverAsksThePanel)
{
    Recorded r;
    QSignalSpy requested(&r.display, &Display::fullRefreshRequested);
    r.display.setEnabled(false);

    showFrames(r.display, 20);
    r.display.pageTurned();

    EXPECT_TRUE(r.calls.empty());
    EXPECT_EQ(requested.count(), 0);
    EXPECT_EQ(r.display.fullRefreshes(), 0);
    EXPECT_EQ(r.display.partialUpdates(), 0);
}

TEST(Display, DesktopDisplayIsDisabledAndDoesNothing)
{
    const std::unique_ptr<Display> display = Display::create(false);
    QSignalSpy requested(display.get(), &Display::fullRefreshRequested);
    EXPECT_FALSE(display->isEnabled());

    showFrames(*display, 20);
    display->pageTurned();

    EXPECT_EQ(requested.count(), 0);
    EXPECT_EQ(display->fullRefreshes(), 0);
    EXPECT_EQ(display->partialUpdates(), 0);
}

TEST(RefreshPanels, DesktopGetsTheNullPanel)
{
    const std::unique_ptr<RefreshPanel> panel = createRefreshPanel(false);
    EXPECT_NE(dynamic_cast<NullRefreshPanel *>(panel.get()), nullptr);
}

TEST(RefreshPanels, EinkWithoutAUsableDeviceFallsBackToTheNullPanel)
{
    // Only matters with INKCHAT_MXCFB; without it e-ink gets the null panel anyway.
    qputenv("INKCHAT_FB_DEVICE", "/nonexistent/inkchat-test-fb");
    const std::unique_ptr<RefreshPanel> panel = createRefreshPanel(true);
    qunsetenv("INKCHAT_FB_DEVICE");

    EXPECT_NE(dynamic_cast<NullRefreshPanel *>(panel.get()), nullptr);
}

#ifdef INKCHAT_HAVE_MXCFB

TEST(MxcfbRefreshPanel, MissingDeviceIsAClearError)
{
    const QString path = u"/nonexistent/inkchat-test-fb"_s;
    const auto panel = MxcfbRefreshPanel::open(path);

    ASSERT_FALSE(panel);
    const QString message = panel.error().message;
    EXPECT_TRUE(message.contains(u"Cannot open the e-ink framebuffer"_s)) << qPrintable(message);
    EXPECT_TRUE(message.contains(path)) << qPrintable(message);
    EXPECT_TRUE(message.contains(u"No such file or directory"_s)) << qPrintable(message);
}

TEST(MxcfbRefreshPanel, DeviceThatIsNoFramebufferIsRefused)
{
    const auto panel = MxcfbRefreshPanel::open(u"/dev/null"_s);

    ASSERT_FALSE(panel);
    EXPECT_TRUE(panel.error().message.startsWith(u"Not a framebuffer device: /dev/null"_s))
        << qPrintable(panel.error().message);
}

TEST(MxcfbRefreshPanel, DevicePathComesFromTheEnvironment)
{
    qunsetenv("INKCHAT_FB_DEVICE");
    EXPECT_EQ(MxcfbRefreshPanel::defaultDevicePath(), u"/dev/fb0"_s);
    qputenv("INKCHAT_FB_DEVICE", "/dev/fb1");
    EXPECT_EQ(MxcfbRefreshPanel::defaultDevicePath(), u"/dev/fb1"_s);
    qunsetenv("INKCHAT_FB_DEVICE");
}

#endif
