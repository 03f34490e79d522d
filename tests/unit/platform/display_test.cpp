// platform::Display: what an e-ink panel is asked to refresh after each
// frame, with which waveform, and when it flashes.

#include "display/display.h"
#include "display/refreshpanels.h"

#ifdef INKCHAT_HAVE_MXCFB
#include "display/mxcfbrefreshpanel.h"
#endif

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <algorithm>
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
    void refresh(Waveform waveform, const QRect &area) override { m_calls.push_back({waveform, area}); }

private:
    std::vector<RefreshCall> &m_calls;
};

constexpr QSize kScreen(1000, 1000);

/// A Display over a RecordingPanel, on a 1000×1000 screen.
struct Recorded
{
    Recorded() { display.setScreenSize(kScreen); }

    std::vector<RefreshCall> calls;
    Display display{std::make_unique<RecordingPanel>(calls)};

    std::vector<Waveform> waveforms() const
    {
        std::vector<Waveform> result;
        for (const RefreshCall &call : calls)
            result.push_back(call.waveform);
        return result;
    }
    int count(Waveform waveform) const
    {
        return int(std::count_if(calls.begin(), calls.end(),
                                 [waveform](const RefreshCall &call) { return call.waveform == waveform; }));
    }
};

QRegion regionOf(std::initializer_list<QRect> rects)
{
    QRegion region;
    for (const QRect &rect : rects)
        region += rect;
    return region;
}

/// A line of streamed text: 300×40 pixels, 1.2 % of the screen.
const QRect kLine(100, 500, 300, 40);

constexpr Waveform Fast = Waveform::Fast;
constexpr Waveform Quality = Waveform::Quality;
constexpr Waveform Full = Waveform::Full;

} // namespace

TEST(Display, TextAppearingIsRefreshedFastAndOnlyWhereItChanged)
{
    Recorded r;
    const QRect word(400, 500, 60, 40);
    const QRect status(100, 560, 120, 30);

    r.display.showFrame(regionOf({word, status}));

    ASSERT_EQ(r.calls.size(), 2u);
    EXPECT_EQ(r.calls[0].waveform, Fast);
    EXPECT_EQ(r.calls[0].area, word);
    EXPECT_EQ(r.calls[1].waveform, Fast);
    EXPECT_EQ(r.calls[1].area, status);
    EXPECT_EQ(r.display.partialUpdates(), 1);
    EXPECT_DOUBLE_EQ(r.display.ghosting(), (60.0 * 40 + 120 * 30) / 1e6);
}

TEST(Display, SmallUpdatesDoNotFlashEverySixthFrame)
{
    Recorded r;
    QSignalSpy flashes(&r.display, &Display::fullRefreshRequested);

    for (int frame = 0; frame < 100; ++frame)
        r.display.showFrame(regionOf({kLine}));

    EXPECT_EQ(r.count(Full), 0) << "100 lines of text are 1.2 screens' worth of ghosts";
    EXPECT_EQ(r.count(Fast), 100);
    EXPECT_EQ(flashes.count(), 0);
    EXPECT_NEAR(r.display.ghosting(), 1.2, 1e-9);
}

TEST(Display, GhostsThatAddUpToSixScreensBringAFlash)
{
    Recorded r;
    QSignalSpy flashes(&r.display, &Display::fullRefreshRequested);
    const QRect quarter(0, 0, 500, 500);

    // 23 quarter screens are 5.75 screens; the 24th frame fills the budget
    // and is drawn with the flash instead of partially.
    for (int frame = 0; frame < 24; ++frame)
        r.display.showFrame(regionOf({quarter}));

    ASSERT_EQ(r.calls.size(), 24u);
    EXPECT_EQ(r.count(Fast), 23);
    EXPECT_EQ(r.calls.back().waveform, Full);
    EXPECT_TRUE(r.calls.back().area.isEmpty()) << "a flash covers the whole screen";
    EXPECT_EQ(flashes.count(), 1);
    EXPECT_EQ(r.display.ghosting(), 0.0);
}

TEST(Display, WholeScreenFramesFlashEverySixthFrameAtMost)
{
    Recorded r;

    // Where a frame changed is not known (another renderer): each frame is
    // a whole screen, refreshed with the quality waveform, and KOReader's
    // rule of 6 is what remains.
    for (int frame = 0; frame < 12; ++frame)
        r.display.showFrame(std::nullopt);

    const std::vector<Waveform> expected{Quality, Quality, Quality, Quality, Quality, Full,
                                         Quality, Quality, Quality, Quality, Quality, Full};
    EXPECT_EQ(r.waveforms(), expected);
    EXPECT_TRUE(r.calls.front().area.isEmpty());
}

TEST(Display, LargeChangesUseTheQualityWaveform)
{
    Recorded r;

    r.display.showFrame(regionOf({QRect(0, 0, 1000, 500)}));
    r.display.showFrame(regionOf({QRect(0, 0, 1000, 100), QRect(0, 900, 1000, 100)}));

    const std::vector<Waveform> expected{Quality, Quality, Quality};
    EXPECT_EQ(r.waveforms(), expected) << "a change whose bounds span half the screen or more";
}

TEST(Display, APageTurnIsAFullRefreshAndClearsTheGhosts)
{
    Recorded r;
    QSignalSpy flashes(&r.display, &Display::fullRefreshRequested);
    for (int frame = 0; frame < 10; ++frame)
        r.display.showFrame(regionOf({QRect(0, 0, 500, 500)}));
    ASSERT_DOUBLE_EQ(r.display.ghosting(), 2.5);

    r.display.pageTurned();

    EXPECT_EQ(r.calls.back().waveform, Full);
    EXPECT_TRUE(r.calls.back().area.isEmpty());
    EXPECT_EQ(r.display.fullRefreshes(), 1);
    EXPECT_EQ(flashes.count(), 1);
    EXPECT_EQ(r.display.ghosting(), 0.0);
}

TEST(Display, AFrameThatChangedNothingIsNotRefreshed)
{
    Recorded r;

    r.display.showFrame(QRegion());
    r.display.showFrame(regionOf({QRect(2000, 2000, 10, 10)})); // off the screen

    EXPECT_TRUE(r.calls.empty());
    EXPECT_EQ(r.display.partialUpdates(), 0);
}

TEST(Display, ManyRectanglesAreMergedIntoFewThatCoverThemAll)
{
    Recorded r;
    QRegion change;
    qint64 changedArea = 0;
    for (int i = 0; i < 10; ++i)
        change += QRect(10 + 20 * i, 100, 10, 10); // a row of words
    change += QRect(10, 900, 50, 10);              // the status line, far below
    for (const QRect &rect : change)
        changedArea += qint64(rect.width()) * rect.height();

    r.display.showFrame(change);

    ASSERT_LE(r.calls.size(), size_t(Display::kMaxRectsPerFrame));
    for (const QRect &rect : change) {
        EXPECT_TRUE(std::any_of(r.calls.begin(), r.calls.end(), [&](const RefreshCall &call) {
            return call.area.contains(rect);
        })) << "nothing changed is left out";
    }
    qint64 area = 0;
    for (const RefreshCall &call : r.calls)
        area += qint64(call.area.width()) * call.area.height();
    EXPECT_LE(area, 2 * changedArea) << "the row and the status line are not one rectangle";
}

TEST(Display, RectanglesAreClippedToTheScreen)
{
    Recorded r;

    r.display.showFrame(regionOf({QRect(900, 980, 200, 40)}));

    ASSERT_EQ(r.calls.size(), 1u);
    EXPECT_EQ(r.calls[0].area, QRect(900, 980, 100, 20));
}

TEST(Display, FullRefreshEveryIsTheGhostBudgetInScreens)
{
    Recorded r;
    r.display.setFullRefreshEvery(1);
    EXPECT_EQ(r.display.fullRefreshEvery(), 1);

    for (int frame = 0; frame < 4; ++frame)
        r.display.showFrame(regionOf({QRect(0, 0, 500, 500)}));

    EXPECT_EQ(r.waveforms(), (std::vector<Waveform>{Fast, Fast, Fast, Full}));

    r.display.setFullRefreshEvery(0);
    EXPECT_EQ(r.display.fullRefreshEvery(), 1);
    r.display.setFullRefreshEvery(-3);
    EXPECT_EQ(r.display.fullRefreshEvery(), 1);
}

TEST(Display, DisabledDisplayNeverAsksThePanel)
{
    Recorded r;
    QSignalSpy requested(&r.display, &Display::fullRefreshRequested);
    r.display.setEnabled(false);

    for (int frame = 0; frame < 20; ++frame) {
        r.display.showFrame(std::nullopt);
        r.display.showFrame(regionOf({kLine}));
    }
    r.display.pageTurned();

    EXPECT_TRUE(r.calls.empty());
    EXPECT_EQ(requested.count(), 0);
    EXPECT_EQ(r.display.fullRefreshes(), 0);
    EXPECT_EQ(r.display.partialUpdates(), 0);
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
