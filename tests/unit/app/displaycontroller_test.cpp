// The display controller on a real window drawn by the software renderer:
// each frame reaches the panel once, as the pixels it changed, with the
// waveform that suits them, or as a full refresh for a page turn.

#include "apptesting.h"
#include "recordingpanel.h"

#include "controllers/displaycontroller.h"
#include "controllers/themecontroller.h"
#include "display/display.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using inkchat::app::DisplayController;
using inkchat::app::ThemeController;
using inkchat::platform::Waveform;
using inkchat::test::app::kWaitMs;
using inkchat::test::app::PanelLog;
using inkchat::test::app::RefreshRequest;
using inkchat::test::app::TempSettings;
using Kind = inkchat::chat::DisplayProfile::Kind;

namespace {

/// A white window with a small black box on it.
constexpr auto kScene = R"(
import QtQuick
Window {
    width: 400; height: 300; color: "white"; visible: true
    Rectangle { objectName: "box"; x: 20; y: 20; width: 40; height: 20; color: "black" }
}
)";

struct DisplayControllerTest : ::testing::Test
{
    /// Shows the window and waits until its first frames are on screen, so
    /// the frames the test draws are the only ones recorded.
    void SetUp() override
    {
        controller->setPanelFactory(inkchat::test::app::recordingPanels(panel));
        QQmlComponent component(&engine);
        component.setData(kScene, QUrl());
        window.reset(qobject_cast<QQuickWindow *>(component.create()));
        ASSERT_TRUE(window) << qPrintable(component.errorString());
        box = window->findChild<QQuickItem *>(u"box"_s);
        ASSERT_TRUE(box);
        QSignalSpy swapped(window.get(), &QQuickWindow::frameSwapped);
        ASSERT_TRUE(swapped.wait(kWaitMs)) << "the window never rendered a frame";
        controller->watch(window.get());
        window->update();
        ASSERT_TRUE(waitForRefresh());
        panel->take();
    }

    void TearDown() override
    {
        // As the app quits (Application::quit()), should QSG_RENDER_LOOP=
        // threaded choose Qt 6.4's loop that hangs when a window is destroyed
        // while its render thread is awake: hidden, the thread sleeps first.
        window->hide();
        QTest::qWait(100);
        window.reset();                      // before the controller it reports to
        theme->setProfileName(u"desktop"_s); // the app-wide font and palette outlive the theme
    }

    bool waitForRefresh()
    {
        QSignalSpy refreshed(controller.get(), &DisplayController::refreshed);
        return refreshed.wait(kWaitMs);
    }

    /// Sets a property of the box and waits for the frame that shows it;
    /// returns what the panel was asked for that frame.
    QList<RefreshRequest> change(const char *property, const QVariant &value)
    {
        QSignalSpy refreshed(controller.get(), &DisplayController::refreshed);
        box->setProperty(property, value);
        if (!refreshed.wait(kWaitMs))
            ADD_FAILURE() << "no frame showed the change";
        return panel->take();
    }

    inkchat::platform::Display &display() { return controller->display(); }

    TempSettings temp;
    std::unique_ptr<ThemeController> theme = std::make_unique<ThemeController>(temp.settings, Kind::Eink);
    std::unique_ptr<DisplayController> controller = std::make_unique<DisplayController>(*theme);
    std::shared_ptr<PanelLog> panel = std::make_shared<PanelLog>();
    QQmlEngine engine;
    std::unique_ptr<QQuickWindow> window;
    QQuickItem *box = nullptr;
};

TEST_F(DisplayControllerTest, AFrameRefreshesOnlyThePixelsItChangedWithTheFastWaveform)
{
    const QList<RefreshRequest> requests = change("color", QColor(Qt::white));

    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests[0].waveform, Waveform::Fast);
    EXPECT_EQ(requests[0].area, QRect(20, 20, 40, 20));
    EXPECT_EQ(display().partialUpdates(), 1);
    EXPECT_EQ(display().fullRefreshes(), 0);
}

TEST_F(DisplayControllerTest, AMovedBoxRefreshesWhereItWasAndWhereItIsNotBetween)
{
    const QList<RefreshRequest> requests = change("y", 200);

    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests[0].area, QRect(20, 20, 40, 20));
    EXPECT_EQ(requests[1].area, QRect(20, 200, 40, 20));
}

TEST_F(DisplayControllerTest, SmallChangesNeverFlash)
{
    for (int frame = 0; frame < 30; ++frame) {
        const QList<RefreshRequest> requests = change("color", QColor(frame % 2 ? Qt::black : Qt::white));
        ASSERT_EQ(requests.size(), 1) << "frame " << frame;
        EXPECT_EQ(requests[0].waveform, Waveform::Fast) << "frame " << frame;
    }
    EXPECT_EQ(display().fullRefreshes(), 0);
    EXPECT_EQ(controller->fullRefreshes(), 0);
}

TEST_F(DisplayControllerTest, APageTurnMakesTheNextFrameAFullRefresh)
{
    QSignalSpy refreshed(controller.get(), &DisplayController::refreshed);
    controller->pageTurned(); // asks the window for a frame itself
    ASSERT_TRUE(refreshed.wait(kWaitMs));

    const QList<RefreshRequest> requests = panel->take();
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests[0].waveform, Waveform::Full);
    EXPECT_TRUE(requests[0].area.isEmpty()) << "the whole screen";
    EXPECT_EQ(controller->fullRefreshes(), 1);

    EXPECT_EQ(change("color", QColor(Qt::white)).value(0).waveform, Waveform::Fast) << "one frame only";
}

TEST_F(DisplayControllerTest, WholeWindowChangesFlashAfterTheThemesBudget)
{
    theme->setFullRefreshEvery(2);
    EXPECT_EQ(display().fullRefreshEvery(), 2);
    panel->take();

    // The box grows over the whole window and back: each frame repaints
    // much of the screen.
    QList<Waveform> waveforms;
    for (int frame = 0; frame < 4; ++frame) {
        const QList<RefreshRequest> requests = change("width", frame % 2 ? 40 : 400);
        change("height", frame % 2 ? 20 : 300);
        for (const RefreshRequest &request : requests)
            waveforms.append(request.waveform);
    }
    EXPECT_TRUE(waveforms.contains(Waveform::Quality));
    EXPECT_GE(display().fullRefreshes(), 1) << "2 screens' worth of changes bring a flash";
}

TEST_F(DisplayControllerTest, DesktopAsksThePanelForNothing)
{
    theme->setProfileName(u"desktop"_s);
    EXPECT_FALSE(display().isEnabled());

    for (int frame = 0; frame < 7; ++frame)
        change("color", QColor(frame % 2 ? Qt::black : Qt::white));
    QSignalSpy refreshed(controller.get(), &DisplayController::refreshed);
    controller->pageTurned();
    ASSERT_TRUE(refreshed.wait(kWaitMs));

    EXPECT_TRUE(panel->take().isEmpty());
    EXPECT_EQ(controller->fullRefreshes(), 0);
}

TEST_F(DisplayControllerTest, SwitchingToEinkStartsRefreshing)
{
    theme->setProfileName(u"desktop"_s);
    change("color", QColor(Qt::white));
    theme->setProfileName(u"eink"_s);
    ASSERT_TRUE(display().isEnabled());

    // The first frame of a new display counts as new wherever it was drawn.
    EXPECT_EQ(change("color", QColor(Qt::black)).size(), 1);
    EXPECT_EQ(change("color", QColor(Qt::white)).value(0).area, QRect(20, 20, 40, 20));
}

} // namespace
