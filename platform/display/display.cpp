#include "display.h"

#include <QMutexLocker>

#include <algorithm>

namespace inkchat::platform {

namespace {

qint64 areaOf(const QRect &rect)
{
    return qint64(rect.width()) * rect.height();
}

/// Rectangles that touch or nearly touch become their bounding rectangle.
/// A region comes as horizontal bands of rectangles; the panel is better
/// served by one request per cluster, and the cluster's bounds also cover
/// the odd pixel the software renderer changes in a gap between the
/// rectangles it reports (seen on a busy machine: a row inside a framed
/// block whose frame and neighbours were reported).
QList<QRect> clustered(QList<QRect> rects)
{
    for (bool merged = true; merged;) {
        merged = false;
        for (qsizetype a = 0; a < rects.size() && !merged; ++a) {
            const QRect near = rects[a].adjusted(-Display::kClusterGap, -Display::kClusterGap,
                                                 Display::kClusterGap, Display::kClusterGap);
            for (qsizetype b = a + 1; b < rects.size(); ++b) {
                if (near.intersects(rects[b])) {
                    rects[a] |= rects[b];
                    rects.removeAt(b);
                    merged = true;
                    break;
                }
            }
        }
    }
    return rects;
}

/// At most `count` rectangles covering `rects`: the pair whose union adds
/// the least area is merged first, so far-apart changes stay apart.
QList<QRect> mergedTo(QList<QRect> rects, int count)
{
    while (rects.size() > count) {
        qsizetype bestA = 0;
        qsizetype bestB = 1;
        qint64 bestCost = -1;
        for (qsizetype a = 0; a < rects.size(); ++a) {
            for (qsizetype b = a + 1; b < rects.size(); ++b) {
                const qint64 cost = areaOf(rects[a] | rects[b]) - areaOf(rects[a]) - areaOf(rects[b]);
                if (bestCost < 0 || cost < bestCost) {
                    bestCost = cost;
                    bestA = a;
                    bestB = b;
                }
            }
        }
        rects[bestA] |= rects[bestB];
        rects.removeAt(bestB);
    }
    return rects;
}

} // namespace

Display::Display(std::unique_ptr<RefreshPanel> panel, QObject *parent)
    : QObject(parent),
      m_panel(std::move(panel))
{
    Q_ASSERT(m_panel);
}

Display::~Display() = default;

bool Display::isEnabled() const
{
    QMutexLocker lock(&m_mutex);
    return m_enabled;
}

void Display::setEnabled(bool enabled)
{
    QMutexLocker lock(&m_mutex);
    m_enabled = enabled;
}

QSize Display::screenSize() const
{
    QMutexLocker lock(&m_mutex);
    return m_screenSize;
}

void Display::setScreenSize(QSize size)
{
    QMutexLocker lock(&m_mutex);
    m_screenSize = size;
}

int Display::fullRefreshEvery() const
{
    QMutexLocker lock(&m_mutex);
    return m_fullRefreshEvery;
}

void Display::setFullRefreshEvery(int screens)
{
    QMutexLocker lock(&m_mutex);
    m_fullRefreshEvery = std::max(1, screens);
}

qint64 Display::fullRefreshes() const
{
    QMutexLocker lock(&m_mutex);
    return m_fullRefreshes;
}

qint64 Display::partialUpdates() const
{
    QMutexLocker lock(&m_mutex);
    return m_partialUpdates;
}

double Display::ghosting() const
{
    QMutexLocker lock(&m_mutex);
    return m_ghosting;
}

double Display::screenArea() const
{
    return double(areaOf(QRect(QPoint(0, 0), m_screenSize)));
}

void Display::showFrame(const std::optional<QRegion> &changed)
{
    QMutexLocker lock(&m_mutex);
    if (!m_enabled)
        return;
    QList<QRect> rects;
    bool large = true;
    if (changed) {
        const QRegion onScreen = m_screenSize.isEmpty() ? *changed
                                                        : *changed & QRect(QPoint(0, 0), m_screenSize);
        if (onScreen.isEmpty())
            return;
        rects = mergedTo(clustered(QList<QRect>(onScreen.begin(), onScreen.end())), kMaxRectsPerFrame);
        large = screenArea() > 0 && double(areaOf(onScreen.boundingRect())) >= kLargeChange * screenArea();
    } else {
        rects.append(QRect()); // the whole screen
    }

    qint64 area = 0;
    for (const QRect &rect : rects)
        area += rect.isNull() ? qint64(screenArea()) : areaOf(rect);
    // Without a screen size every frame counts as a whole screen.
    m_ghosting += screenArea() > 0 ? double(area) / screenArea() : 1.0;
    // The flash comes with the frame that fills the budget, instead of a
    // partial update that is wiped again a moment later.
    if (m_ghosting >= m_fullRefreshEvery) {
        refreshFull();
        lock.unlock();
        Q_EMIT fullRefreshRequested();
        return;
    }
    ++m_partialUpdates;
    const Waveform waveform = large ? Waveform::Quality : Waveform::Fast;
    for (const QRect &rect : rects)
        m_panel->refresh(waveform, rect);
}

void Display::pageTurned()
{
    QMutexLocker lock(&m_mutex);
    if (!m_enabled)
        return;
    refreshFull();
    lock.unlock();
    Q_EMIT fullRefreshRequested();
}

void Display::refreshFull()
{
    // Always the whole screen: ghosts are left wherever earlier partial
    // updates drew, not only where this frame did.
    m_ghosting = 0;
    ++m_fullRefreshes;
    m_panel->refresh(Waveform::Full, QRect());
}

} // namespace inkchat::platform
