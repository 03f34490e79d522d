#include "framestats.h"

#include "view/repaintedregion.h"

#include <QFile>
#include <QMetaObject>
#include <QQuickWindow>

#include <algorithm>
#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;

namespace inkchat::app {

namespace {

/// Updates kept waiting for a frame; a hidden window never shows them, and
/// their apply time is already counted.
constexpr qsizetype kMaxPending = 256;

double toMs(qint64 ns)
{
    return double(ns) / 1e6;
}

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// The file INKCHAT_FRAME_LOG names, opened for appending, or null. Unbuffered:
/// a reader in another process sees each line as soon as it is written.
std::unique_ptr<QFile> openFrameLog()
{
    const QString path = qEnvironmentVariable("INKCHAT_FRAME_LOG");
    if (path.isEmpty())
        return nullptr;
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return nullptr;
    return file;
}

} // namespace

FrameStats::FrameStats(QObject *parent) : QObject(parent), m_log(openFrameLog())
{
    m_clock.start();
    m_logOriginNs = monotonicNs();
}

FrameStats::~FrameStats() = default;

void FrameStats::watch(QQuickWindow *window)
{
    Q_ASSERT(window);
    m_watching = true;
    auto clock = std::make_shared<WindowClock>();
    // Both signals come from the render thread under the threaded render
    // loop: take the timestamps there, as close to the work as possible,
    // and hand the rest to our thread.
    connect(
        window, &QQuickWindow::beforeSynchronizing, this,
        [this, clock] { clock->syncStartNs.store(m_clock.nsecsElapsed()); }, Qt::DirectConnection);
    connect(
        window, &QQuickWindow::frameSwapped, this,
        [this, clock, window] {
            const qint64 swapped = m_clock.nsecsElapsed();
            const qint64 syncStart = clock->syncStartNs.exchange(WindowClock::kNoSync);
            // The software renderer's loop draws one more frame after a
            // polish that moved an item; it repaints nothing, and neither a
            // person nor a panel sees it.
            if (const std::optional<QRegion> repainted = repaintedRegion(window);
                repainted && repainted->isEmpty())
                return;
            QMetaObject::invokeMethod(
                this, [this, syncStart, swapped] { onFrameSwapped(syncStart, swapped); }, Qt::AutoConnection);
        },
        Qt::DirectConnection);
}

void FrameStats::beginUpdate()
{
    if (m_depth++ == 0)
        m_beginNs = m_clock.nsecsElapsed();
}

void FrameStats::endUpdate()
{
    Q_ASSERT_X(m_depth > 0, "FrameStats::endUpdate", "no beginUpdate() to end");
    if (m_depth == 0 || --m_depth > 0)
        return;
    const qint64 now = m_clock.nsecsElapsed();
    const double applyMs = toMs(now - m_beginNs);
    log("update", now);
    ++m_updates;
    m_totalMs += applyMs;
    m_maxMs = std::max(m_maxMs, applyMs);
    if (!m_watching) {
        // No frame will show it: the apply time is all it costs.
        m_lastMs = applyMs;
        Q_EMIT updateMeasured(applyMs);
        return;
    }
    if (m_pending.size() >= kMaxPending)
        m_pending.removeFirst();
    m_pending.append({now, applyMs});
}

void FrameStats::onFrameSwapped(qint64 syncStartNs, qint64 swappedNs)
{
    ++m_frames;
    log("frame", swappedNs);
    // A frame rendered without a sync (an animator on the render thread)
    // shows no new text.
    QList<double> costs;
    if (syncStartNs != WindowClock::kNoSync) {
        // The GUI thread is blocked during the sync, so an update ended
        // before the sync started is exactly one this frame shows.
        const auto shown = std::find_if(
            m_pending.cbegin(), m_pending.cend(),
            [syncStartNs](const PendingUpdate &u) { return u.endNs > syncStartNs; });
        const qsizetype count = shown - m_pending.cbegin();
        if (count > 0) {
            const double share = toMs(swappedNs - syncStartNs) / double(count);
            for (qsizetype i = 0; i < count; ++i) {
                const double cost = m_pending.at(i).applyMs + share;
                m_totalMs += share;
                m_maxMs = std::max(m_maxMs, cost);
                costs.append(cost);
            }
            m_lastMs = costs.constLast();
            m_pending.remove(0, count);
        }
    }
    // Receivers may start the next update; our state is settled by now.
    for (const double cost : std::as_const(costs))
        Q_EMIT updateMeasured(cost);
    Q_EMIT framesChanged(m_frames);
}

double FrameStats::meanUpdateMs() const
{
    return m_updates > 0 ? m_totalMs / double(m_updates) : 0.0;
}

void FrameStats::log(const char *what, qint64 clockNs)
{
    if (!m_log)
        return;
    const QByteArray line = QByteArray(what) + ' ' + QByteArray::number(m_logOriginNs + clockNs) + '\n';
    m_log->write(line);
}

QString FrameStats::summaryLine() const
{
    // QString::number ignores the locale: scripts always read a '.'.
    return u"stats: frames=%1 updates=%2 mean_update_ms=%3 max_update_ms=%4"_s.arg(m_frames)
        .arg(m_updates)
        .arg(QString::number(meanUpdateMs(), 'f', 2), QString::number(m_maxMs, 'f', 2));
}

} // namespace inkchat::app
