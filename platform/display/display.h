#pragma once

#include "refreshpanel.h"

#include <QObject>
#include <QRect>

#include <memory>

namespace inkchat::platform {

/// E-ink refresh control. Partial updates are fast but leave ghosts that
/// add up, so, like e-readers, every Nth frame is drawn with a full
/// (flashing) refresh instead, and so is every page turn. On a desktop the
/// display is disabled and never asks its panel for anything.
///
/// One frame is one change of what the screen shows, pushed to the panel
/// once: one text update of the streaming reply, one scroll step, one opened
/// page. Not a token, not a repaint of one item: the app calls partialUpdate()
/// (or, for a new page, pageTurned()) exactly once per frame, after the frame
/// is in the framebuffer.
class Display : public QObject
{
    Q_OBJECT

public:
    /// Like e-readers: a flash every 6 frames.
    static constexpr int kDefaultFullRefreshEvery = 6;

    /// Takes `panel` (never null). Enabled: counts frames and refreshes.
    explicit Display(std::unique_ptr<RefreshPanel> panel, QObject *parent = nullptr);
    ~Display() override;

    /// The display for this device. E-ink: the best panel built in (see
    /// createRefreshPanel()), enabled. Desktop: a null panel, disabled, so
    /// nothing is ever counted, refreshed or signalled.
    static std::unique_ptr<Display> create(bool eink);

    /// A disabled display ignores partialUpdate() and pageTurned() entirely.
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    /// Every Nth frame is a full refresh (N - 1 partial frames, then one
    /// full); 1 makes every frame full. Values below 1 become 1.
    int fullRefreshEvery() const { return m_fullRefreshEvery; }
    void setFullRefreshEvery(int frames);

    /// A frame was drawn into `area` (empty: anywhere). Refreshes it with the
    /// partial waveform, or, if this is the Nth frame since the last full
    /// refresh, refreshes the whole screen with the full waveform instead.
    void partialUpdate(const QRect &area = {});
    /// The frame showing a new page was drawn: a full refresh now, and the
    /// count of partial frames starts again. Call it instead of
    /// partialUpdate() for that frame, not in addition to it.
    void pageTurned();

    /// Full refreshes asked for since construction (promoted frames and page
    /// turns), for tests and stats.
    qint64 fullRefreshes() const { return m_fullRefreshes; }
    /// Frames refreshed with the partial waveform since construction.
    qint64 partialUpdates() const { return m_partialUpdates; }
    /// Partial frames since the last full refresh (0 .. fullRefreshEvery() - 1).
    int partialsSinceFullRefresh() const { return m_partialsSinceFull; }

Q_SIGNALS:
    /// The panel was just asked for a full refresh.
    void fullRefreshRequested();

private:
    void refreshFull();

    std::unique_ptr<RefreshPanel> m_panel;
    int m_fullRefreshEvery = kDefaultFullRefreshEvery;
    int m_partialsSinceFull = 0;
    qint64 m_fullRefreshes = 0;
    qint64 m_partialUpdates = 0;
    bool m_enabled = true;
};

} // namespace inkchat::platform
