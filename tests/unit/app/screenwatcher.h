#pragma once

// What really changed on screen, frame by frame, beside what the e-ink
// panel was asked to refresh: every pixel of each frame is compared with the
// frame before, independently of what the display controller was told.
// For the e-ink display tests and einkpanel_bench.

#include "recordingpanel.h"

#include <QEventLoop>
#include <QImage>
#include <QMutex>
#include <QMutexLocker>
#include <QQuickWindow>
#include <QRegion>
#include <QScreen>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <memory>

namespace inkchat::test::app {

inline qint64 areaOf(const QRect &rect)
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
    /// The first run of changed pixels on a row outside them, if any.
    QRect uncovered;

    bool isFull() const
    {
        return std::any_of(requests.begin(), requests.end(), [](const RefreshRequest &request) {
            return request.waveform == platform::Waveform::Full;
        });
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
/// thread, after the display controller has handled it (connect it after
/// the controller).
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
                // Each run of changed pixels on its own: the span from the
                // first to the last would also take in unchanged pixels
                // between two refreshed areas.
                for (int x = 0; x < now.width();) {
                    if (a[x] == b[x]) {
                        ++x;
                        continue;
                    }
                    const int first = x;
                    while (x < now.width() && a[x] != b[x])
                        ++x;
                    const QRect run(first, y, x - first, 1);
                    record.changedBounds |= run;
                    if (record.covered && !(QRegion(run) - requested).isEmpty()) {
                        record.covered = false;
                        record.uncovered = run;
                    }
                }
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

/// Waits until the window has drawn no frame for `quietMs`; false when it
/// kept drawing for `limitMs`.
inline bool waitForQuiet(QQuickWindow *window, int quietMs = 700, int limitMs = 30'000)
{
    QEventLoop loop;
    QTimer quiet;
    quiet.setSingleShot(true);
    QTimer limit;
    limit.setSingleShot(true);
    bool wasQuiet = false;
    QObject::connect(&quiet, &QTimer::timeout, &loop, [&] {
        wasQuiet = true;
        loop.quit();
    });
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &quiet, [&quiet, quietMs] { quiet.start(quietMs); },
        Qt::QueuedConnection);
    quiet.start(quietMs);
    limit.start(limitMs);
    loop.exec();
    return wasQuiet;
}

} // namespace inkchat::test::app
