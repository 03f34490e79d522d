#pragma once

#include "refreshpanel.h"

#include <QMutex>
#include <QObject>
#include <QRect>
#include <QRegion>
#include <QSize>

#include <memory>
#include <optional>

namespace inkchat::platform {

/// E-ink refresh control: which part of the panel to refresh after each
/// frame, with which waveform, and when to flash.
///
///  - A frame refreshes only what it changed: with the fast two-level
///    waveform when that is a small part of the screen (text appearing: the
///    e-ink profile draws pure black on white), with the quality waveform
///    when it covers much of the screen (a new view).
///  - A page turn refreshes the whole screen with the flashing waveform.
///  - Partial refreshes leave ghosts that add up. Like e-readers, a flash
///    clears them, but it is scheduled by the area refreshed since the last
///    one, not by counting frames: after fullRefreshEvery() screens' worth
///    of partial refreshes (KOReader flashes every 6 page turns; 6 whole
///    screens is the most this waits), the next frame flashes instead.
///    A reply whose updates touch a few lines each flashes rarely; frames
///    that redraw the whole screen flash as often as that rule says.
///
/// One frame is one change of what the screen shows, pushed to the panel
/// once, after it is in the framebuffer: showFrame() (or, for a new page,
/// pageTurned()) exactly once per frame. Safe to call from the render
/// thread while the GUI thread changes the settings; on a desktop the
/// display is disabled and never asks its panel for anything.
class Display : public QObject
{
    Q_OBJECT

public:
    /// Screens' worth of partial refreshes between two flashes, by default.
    static constexpr int kDefaultFullRefreshEvery = 6;
    /// A change whose bounding box covers this share of the screen or more
    /// is drawn with the quality waveform: fast updates of a whole new
    /// screen of content ghost too much.
    static constexpr double kLargeChange = 0.5;
    /// Refresh requests per frame at most; more changed rectangles are
    /// merged (the panel driver queues each one on its own).
    static constexpr int kMaxRectsPerFrame = 4;
    /// Changed rectangles this close (pixels) are refreshed as one.
    static constexpr int kClusterGap = 8;

    /// Takes `panel` (never null). Enabled: counts frames and refreshes.
    explicit Display(std::unique_ptr<RefreshPanel> panel, QObject *parent = nullptr);
    ~Display() override;

    /// A disabled display ignores showFrame() and pageTurned() entirely.
    bool isEnabled() const;
    void setEnabled(bool enabled);

    /// The screen in device pixels: what a full refresh covers and what
    /// refreshed areas are measured against.
    QSize screenSize() const;
    void setScreenSize(QSize size);

    /// A flash after this many screens' worth of partial refreshes; 1 makes
    /// every frame that refreshes as much as a screen flash. Values below 1
    /// become 1.
    int fullRefreshEvery() const;
    void setFullRefreshEvery(int screens);

    /// A frame is in the framebuffer. `changed` is where it changed (device
    /// pixels); nullopt when that is not known, which refreshes the whole
    /// screen with the quality waveform. A frame that changed nothing is
    /// not refreshed.
    void showFrame(const std::optional<QRegion> &changed);
    /// The frame showing a new page is in the framebuffer: a full refresh of
    /// the whole screen, and the ghosts start from nothing again. Call it
    /// instead of showFrame() for that frame, not in addition to it.
    void pageTurned();

    /// Full refreshes asked for since construction (page turns and
    /// scheduled flashes), for tests and stats.
    qint64 fullRefreshes() const;
    /// Frames refreshed in part (fast or quality) since construction.
    qint64 partialUpdates() const;
    /// Screens' worth of partial refreshes since the last full one.
    double ghosting() const;

Q_SIGNALS:
    /// The panel was just asked for a full refresh (on the calling thread).
    void fullRefreshRequested();

private:
    /// Called with m_mutex held.
    void refreshFull();
    double screenArea() const;

    mutable QMutex m_mutex;
    std::unique_ptr<RefreshPanel> m_panel;
    QSize m_screenSize;
    int m_fullRefreshEvery = kDefaultFullRefreshEvery;
    double m_ghosting = 0;
    qint64 m_fullRefreshes = 0;
    qint64 m_partialUpdates = 0;
    bool m_enabled = true;
};

} // namespace inkchat::platform
