#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QFile;
class QQuickWindow;

namespace inkchat::app {

/// Counts the frames a window swaps and measures what each text update of
/// the view costs, for `inkchat --stats` (one summaryLine() on stderr at
/// exit, read by scripts) and for the adaptive display profile
/// (updateMeasured()).
///
/// The cost of an update is its apply time (beginUpdate() to endUpdate():
/// the model change and the text layout it triggers synchronously) plus its
/// share of the next frame that shows it, from the window's
/// beforeSynchronizing to its frameSwapped (sync, render and swap). Updates
/// applied between two frames share that frame's time equally, so the costs
/// add up to the time really spent. An update no frame shows (hidden window)
/// counts with its apply time only.
///
/// Works with the threaded render loop too: the render thread only takes
/// timestamps, everything else happens on this object's thread. The
/// FrameStats must outlive the windows it watches.
///
/// For benchmarks in another process (scripts/bench.sh): when the
/// environment variable INKCHAT_FRAME_LOG names a file, each swapped frame
/// appends `frame <ns>` and each applied update `update <ns>` to it, in
/// nanoseconds of the system-wide monotonic clock (std::chrono::steady_clock),
/// so the reader can tell e.g. how long after it started the process the
/// first frame appeared.
class FrameStats : public QObject
{
    Q_OBJECT

public:
    explicit FrameStats(QObject *parent = nullptr);
    ~FrameStats() override;

    /// Counts this window's frames and charges its frames to the updates.
    /// Does not take ownership.
    void watch(QQuickWindow *window);

    /// Bracket one text update applied to the view, on the GUI thread.
    /// Nested pairs count as one update (the outermost).
    void beginUpdate();
    void endUpdate();

    /// Frames swapped by the watched windows.
    qint64 frames() const { return m_frames; }
    /// Text updates applied (endUpdate() calls that closed an update).
    qint64 updates() const { return m_updates; }
    /// Mean and largest cost of an update, in milliseconds; 0 without updates.
    double meanUpdateMs() const;
    double maxUpdateMs() const { return m_maxMs; }
    /// Cost of the latest measured update, in milliseconds; 0 before any.
    double lastUpdateMs() const { return m_lastMs; }

    /// `stats: frames=N updates=M mean_update_ms=X max_update_ms=Y`, the
    /// times with two decimals and a '.' whatever the locale.
    QString summaryLine() const;

Q_SIGNALS:
    /// A watched window swapped a frame; `frames` counts them all.
    void framesChanged(qint64 frames);
    /// An update's cost is known: `ms` milliseconds in all. Emitted when
    /// the frame that shows it swapped, or at endUpdate() while no window
    /// is watched. Always on this object's thread.
    void updateMeasured(double ms);

private:
    /// An applied update waiting for the frame that shows it.
    struct PendingUpdate
    {
        qint64 endNs = 0; ///< when endUpdate() closed it, on m_clock
        double applyMs = 0;
    };

    /// What one window's render thread writes: when the frame being
    /// synchronised started (on m_clock), kNoSync when no sync is under way.
    struct WindowClock
    {
        static constexpr qint64 kNoSync = -1;
        std::atomic<qint64> syncStartNs{kNoSync};
    };

    /// On this object's thread, for a frame of a watched window.
    void onFrameSwapped(qint64 syncStartNs, qint64 swappedNs);
    /// Appends `<what> <ns>` to the frame log, if there is one; `clockNs` is on m_clock.
    void log(const char *what, qint64 clockNs);

    QElapsedTimer m_clock;        ///< shared by all threads; only read after construction
    std::unique_ptr<QFile> m_log; ///< INKCHAT_FRAME_LOG, or null
    qint64 m_logOriginNs = 0;     ///< m_clock's start on the monotonic clock
    bool m_watching = false;
    QList<PendingUpdate> m_pending;
    qint64 m_beginNs = 0;
    int m_depth = 0;

    qint64 m_frames = 0;
    qint64 m_updates = 0;
    double m_totalMs = 0;
    double m_maxMs = 0;
    double m_lastMs = 0;
};

} // namespace inkchat::app
