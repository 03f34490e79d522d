// FrameStats against a real offscreen QQuickWindow (the software scene
// graph). Only counts and relations are checked, never how long things took.

#include "stats/framestats.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSGRendererInterface>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using inkchat::app::FrameStats;

namespace {

constexpr int kWaitMs = 5'000;

const QRegularExpression kSummary(
    uR"(^stats: frames=\d+ updates=\d+ mean_update_ms=\d+\.\d\d max_update_ms=\d+\.\d\d$)"_s);

/// A shown offscreen window with one Text item, watched by a FrameStats.
struct FrameStatsTest : ::testing::Test
{
    void SetUp() override
    {
        QQmlComponent component(&engine);
        component.setData(R"(
            import QtQuick
            Rectangle {
                width: 200; height: 100
                color: "white"
                Text { objectName: "label"; anchors.fill: parent; wrapMode: Text.Wrap; text: "start" }
            })",
                          QUrl::fromLocalFile(u"/inline/framestats.qml"_s));
        item.reset(qobject_cast<QQuickItem *>(component.create()));
        ASSERT_TRUE(item) << qPrintable(component.errorString());
        label = item->childItems().value(0);
        ASSERT_TRUE(label);
        item->setParentItem(window.contentItem());
        window.resize(200, 100);
        stats.watch(&window);

        QSignalSpy frames(&stats, &FrameStats::framesChanged);
        window.show();
        ASSERT_TRUE(frames.wait(kWaitMs)) << "the window never rendered a frame";
    }

    /// Changes what the window shows and waits until FrameStats has counted
    /// the frame.
    bool renderFrame()
    {
        QSignalSpy frames(&stats, &FrameStats::framesChanged);
        shaded = !shaded;
        item->setProperty("color", shaded ? u"#eeeeee"_s : u"white"_s);
        return frames.wait(kWaitMs);
    }

    /// One text update of the view, bracketed as the app brackets it.
    void applyUpdate(const QString &text)
    {
        stats.beginUpdate();
        label->setProperty("text", text);
        // The synchronous layout an update triggers belongs to it.
        (void)label->property("contentHeight");
        stats.endUpdate();
    }

    QQmlEngine engine;
    FrameStats stats; // outlives the window it watches
    QQuickWindow window;
    std::unique_ptr<QQuickItem> item;
    QQuickItem *label = nullptr;
    bool shaded = false;
};

TEST_F(FrameStatsTest, CountsEveryFrameThatRepaintedSomething)
{
    const qint64 before = stats.frames();
    EXPECT_GE(before, 1);
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(renderFrame()) << "frame " << i;
    EXPECT_GE(stats.frames(), before + 3);
    EXPECT_EQ(stats.updates(), 0);
}

// The e-ink profile's render loop draws a frame after a polish that moved
// an item; it repaints nothing, and neither a person nor a panel sees it.
TEST_F(FrameStatsTest, AFrameThatRepaintedNothingIsNotCounted)
{
    ASSERT_EQ(window.rendererInterface()->graphicsApi(), QSGRendererInterface::Software)
        << "only the software renderer tells what a frame repainted";
    const qint64 before = stats.frames();
    QSignalSpy swapped(&window, &QQuickWindow::frameSwapped);
    window.update();
    ASSERT_TRUE(swapped.wait(kWaitMs));
    QCoreApplication::processEvents(); // what FrameStats does after the swap
    EXPECT_EQ(stats.frames(), before);

    ASSERT_TRUE(renderFrame());
    EXPECT_EQ(stats.frames(), before + 1);
}

TEST_F(FrameStatsTest, MeasuresAnUpdateWhenTheNextFrameShowsIt)
{
    QSignalSpy measured(&stats, &FrameStats::updateMeasured);
    applyUpdate(u"Hello, world"_s);
    EXPECT_EQ(stats.updates(), 1);
    // Waiting for its frame; the apply time already counts.
    EXPECT_GE(stats.maxUpdateMs(), 0.0);

    ASSERT_TRUE(measured.count() > 0 || measured.wait(kWaitMs));
    ASSERT_EQ(measured.count(), 1);
    const double ms = measured.constFirst().constFirst().toDouble();
    EXPECT_GE(ms, 0.0);
    EXPECT_EQ(stats.lastUpdateMs(), ms);
    EXPECT_EQ(stats.maxUpdateMs(), ms);
    EXPECT_DOUBLE_EQ(stats.meanUpdateMs(), ms);
}

TEST_F(FrameStatsTest, UpdatesBetweenTwoFramesShareTheFrame)
{
    QSignalSpy measured(&stats, &FrameStats::updateMeasured);
    applyUpdate(u"one"_s);
    applyUpdate(u"one two"_s);
    applyUpdate(u"one two three"_s);
    EXPECT_EQ(stats.updates(), 3);

    while (measured.count() < 3)
        ASSERT_TRUE(measured.wait(kWaitMs));
    EXPECT_EQ(measured.count(), 3);
    double sum = 0;
    for (const QList<QVariant> &arguments : std::as_const(measured))
        sum += arguments.constFirst().toDouble();
    EXPECT_NEAR(stats.meanUpdateMs(), sum / 3, 1e-9);
    EXPECT_LE(stats.meanUpdateMs(), stats.maxUpdateMs());
}

TEST_F(FrameStatsTest, KeepsMeanAtMostMaxOverManyUpdates)
{
    QSignalSpy measured(&stats, &FrameStats::updateMeasured);
    QString text;
    for (int i = 0; i < 10; ++i) {
        text += u"word "_s;
        applyUpdate(text);
        while (measured.count() < i + 1)
            ASSERT_TRUE(measured.wait(kWaitMs)) << "update " << i;
    }
    EXPECT_EQ(stats.updates(), 10);
    EXPECT_GE(stats.frames(), 10);
    EXPECT_GE(stats.meanUpdateMs(), 0.0);
    EXPECT_LE(stats.meanUpdateMs(), stats.maxUpdateMs());
    EXPECT_TRUE(kSummary.match(stats.summaryLine()).hasMatch()) << qPrintable(stats.summaryLine());
}

TEST_F(FrameStatsTest, CountsNestedBracketsAsOneUpdate)
{
    stats.beginUpdate();
    applyUpdate(u"inner"_s);
    stats.endUpdate();
    EXPECT_EQ(stats.updates(), 1);
}

TEST(FrameStats, ReportsZeroWithoutUpdates)
{
    FrameStats stats;
    EXPECT_EQ(stats.frames(), 0);
    EXPECT_EQ(stats.updates(), 0);
    EXPECT_EQ(stats.meanUpdateMs(), 0.0);
    EXPECT_EQ(stats.maxUpdateMs(), 0.0);
    EXPECT_EQ(stats.lastUpdateMs(), 0.0);
    EXPECT_EQ(stats.summaryLine(), u"stats: frames=0 updates=0 mean_update_ms=0.00 max_update_ms=0.00"_s);
}

TEST(FrameStats, MeasuresTheApplyTimeAloneWithoutAWindow)
{
    FrameStats stats;
    QSignalSpy measured(&stats, &FrameStats::updateMeasured);
    stats.beginUpdate();
    stats.endUpdate();
    EXPECT_EQ(stats.updates(), 1);
    ASSERT_EQ(measured.count(), 1);
    EXPECT_GE(stats.lastUpdateMs(), 0.0);
    EXPECT_EQ(stats.meanUpdateMs(), stats.maxUpdateMs());
}

TEST(FrameStats, WritesTheSummaryWithADotInAnyLocale)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    FrameStats stats;
    stats.beginUpdate();
    stats.endUpdate();
    const QString line = stats.summaryLine();
    QLocale::setDefault(previous);

    EXPECT_TRUE(kSummary.match(line).hasMatch()) << qPrintable(line);
    EXPECT_FALSE(line.contains(u','));
}

} // namespace
