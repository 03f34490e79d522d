// The display controller: every frame a window swaps reaches the e-ink
// display once, as a partial update, a promoted full refresh or a page turn.

#include "apptesting.h"

#include "controllers/displaycontroller.h"
#include "controllers/themecontroller.h"
#include "display/display.h"

#include <QQuickWindow>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using inkchat::app::DisplayController;
using inkchat::app::ThemeController;
using inkchat::test::app::kWaitMs;
using inkchat::test::app::TempSettings;
using Kind = inkchat::chat::DisplayProfile::Kind;

namespace {

struct DisplayControllerTest : ::testing::Test
{
    void TearDown() override
    {
        theme->setProfileName(u"desktop"_s); // the app-wide font and palette outlive the theme
    }

    /// Shows the window and waits until its first frames are on screen, so
    /// the frames the test draws are the only ones counted.
    void SetUp() override
    {
        window.resize(200, 120);
        window.setColor(Qt::white);
        window.show();
        QSignalSpy swapped(&window, &QQuickWindow::frameSwapped);
        ASSERT_TRUE(swapped.wait(kWaitMs)) << "the window never rendered a frame";
        controller->watch(&window);
    }

    /// Changes what the window shows and waits for the frame that shows it.
    bool drawFrame()
    {
        QSignalSpy refreshed(controller.get(), &DisplayController::refreshed);
        window.setColor(window.color() == Qt::white ? Qt::black : Qt::white);
        return refreshed.wait(kWaitMs) && refreshed.count() == 1;
    }

    inkchat::platform::Display &display() { return controller->display(); }

    TempSettings temp;
    std::unique_ptr<ThemeController> theme = std::make_unique<ThemeController>(temp.settings, Kind::Eink);
    std::unique_ptr<DisplayController> controller = std::make_unique<DisplayController>(*theme);
    QQuickWindow window;
};

TEST_F(DisplayControllerTest, EinkCountsEveryFrameAndMakesEverySixthAFullRefresh)
{
    ASSERT_TRUE(display().isEnabled());
    EXPECT_EQ(display().fullRefreshEvery(), 6);
    QSignalSpy full(&display(), &inkchat::platform::Display::fullRefreshRequested);

    for (int frame = 1; frame <= 5; ++frame) {
        ASSERT_TRUE(drawFrame()) << "frame " << frame;
        EXPECT_EQ(display().partialUpdates(), frame);
        EXPECT_EQ(display().fullRefreshes(), 0);
    }
    ASSERT_TRUE(drawFrame());
    EXPECT_EQ(display().partialUpdates(), 5) << "the 6th frame is not also drawn partially";
    EXPECT_EQ(display().fullRefreshes(), 1);
    EXPECT_EQ(controller->fullRefreshes(), 1);
    EXPECT_EQ(full.count(), 1);

    ASSERT_TRUE(drawFrame());
    EXPECT_EQ(display().partialsSinceFullRefresh(), 1) << "the count starts again";
}

TEST_F(DisplayControllerTest, APageTurnMakesTheNextFrameAFullRefreshAndRestartsTheCount)
{
    ASSERT_TRUE(drawFrame());
    ASSERT_TRUE(drawFrame());
    ASSERT_EQ(display().partialsSinceFullRefresh(), 2);

    QSignalSpy refreshed(controller.get(), &DisplayController::refreshed);
    controller->pageTurned(); // asks the window for a frame itself
    ASSERT_TRUE(refreshed.wait(kWaitMs));
    EXPECT_EQ(display().fullRefreshes(), 1);
    EXPECT_EQ(display().partialUpdates(), 2);
    EXPECT_EQ(display().partialsSinceFullRefresh(), 0);

    for (int frame = 1; frame <= 5; ++frame)
        ASSERT_TRUE(drawFrame()) << "frame " << frame;
    EXPECT_EQ(display().fullRefreshes(), 1) << "five partial frames after the page turn";
    EXPECT_EQ(display().partialUpdates(), 7);
    ASSERT_TRUE(drawFrame());
    EXPECT_EQ(display().fullRefreshes(), 2);
}

TEST_F(DisplayControllerTest, FullRefreshEveryFollowsTheThemeSetting)
{
    theme->setFullRefreshEvery(3);
    EXPECT_EQ(display().fullRefreshEvery(), 3);

    ASSERT_TRUE(drawFrame());
    ASSERT_TRUE(drawFrame());
    EXPECT_EQ(display().fullRefreshes(), 0);
    ASSERT_TRUE(drawFrame());
    EXPECT_EQ(display().fullRefreshes(), 1);
    EXPECT_EQ(display().partialUpdates(), 2);
}

TEST_F(DisplayControllerTest, ANewControllerTakesTheSavedFullRefreshSetting)
{
    theme->setFullRefreshEvery(2);
    DisplayController other(*theme);
    EXPECT_EQ(other.display().fullRefreshEvery(), 2);
}

TEST_F(DisplayControllerTest, DesktopCountsNothing)
{
    theme->setProfileName(u"desktop"_s);
    EXPECT_FALSE(display().isEnabled());

    for (int frame = 1; frame <= 7; ++frame)
        ASSERT_TRUE(drawFrame()) << "frame " << frame;
    QSignalSpy refreshed(controller.get(), &DisplayController::refreshed);
    controller->pageTurned();
    ASSERT_TRUE(refreshed.wait(kWaitMs));

    EXPECT_EQ(display().partialUpdates(), 0);
    EXPECT_EQ(display().fullRefreshes(), 0);
    EXPECT_EQ(controller->fullRefreshes(), 0);
}

TEST_F(DisplayControllerTest, SwitchingToEinkStartsCounting)
{
    theme->setProfileName(u"desktop"_s);
    ASSERT_TRUE(drawFrame());
    theme->setProfileName(u"eink"_s);
    ASSERT_TRUE(display().isEnabled());

    ASSERT_TRUE(drawFrame());
    EXPECT_EQ(display().partialUpdates(), 1);
}

} // namespace
