#include "displaycontroller.h"

#include "controllers/themecontroller.h"
#include "display/display.h"
#include "display/refreshpanels.h"
#include "view/repaintedregion.h"

#include <QMutexLocker>
#include <QQuickWindow>

#include <cmath>

namespace inkchat::app {

namespace {

/// `region` (logical pixels) in device pixels, grown to whole pixels.
QRegion toDevicePixels(const QRegion &region, qreal ratio)
{
    if (ratio == 1.0)
        return region;
    QRegion scaled;
    for (const QRect &rect : region) {
        const QRectF device(rect.x() * ratio, rect.y() * ratio, rect.width() * ratio, rect.height() * ratio);
        scaled += device.toAlignedRect();
    }
    return scaled;
}

/// Where the frame changed (device pixels), or nullopt when that is not known.
std::optional<QRegion> changeOf(QQuickWindow *window)
{
    const std::optional<QRegion> repainted = repaintedRegion(window);
    if (!repainted)
        return std::nullopt;
    return toDevicePixels(*repainted, window->devicePixelRatio());
}

} // namespace

DisplayController::DisplayController(ThemeController &theme, QObject *parent)
    : QObject(parent),
      m_theme(theme),
      m_panelFactory(&platform::createRefreshPanel)
{
    connect(&m_theme, &ThemeController::changed, this, &DisplayController::configure);
    configure();
}

DisplayController::~DisplayController() = default;

void DisplayController::watch(QQuickWindow *window)
{
    if (m_window)
        disconnect(m_window, nullptr, this, nullptr);
    m_window = window;
    if (m_window) {
        connect(
            m_window, &QQuickWindow::frameSwapped, this, [this, window] { onFrameSwapped(window); },
            Qt::DirectConnection);
    }
}

int DisplayController::fullRefreshes() const
{
    return int(m_display->fullRefreshes());
}

void DisplayController::setPanelFactory(PanelFactory factory)
{
    m_panelFactory = std::move(factory);
    createDisplay();
}

void DisplayController::pageTurned()
{
    m_pageTurnPending = true;
    if (m_window)
        m_window->update();
}

void DisplayController::onFrameSwapped(QQuickWindow *window)
{
    {
        QMutexLocker lock(&m_frameMutex);
        if (m_display->isEnabled()) {
            const std::optional<QRegion> change = changeOf(window);
            const qreal ratio = window->devicePixelRatio();
            m_display->setScreenSize(
                QSize(qRound(window->width() * ratio), qRound(window->height() * ratio)));
            if (m_pageTurnPending.exchange(false))
                m_display->pageTurned();
            else
                m_display->showFrame(change);
        } else {
            m_pageTurnPending = false;
        }
    }
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT refreshed(); }, Qt::AutoConnection);
}

void DisplayController::configure()
{
    // The device's panel is chosen when the e-ink profile is turned on.
    if (!m_display || m_display->isEnabled() != m_theme.isEink())
        createDisplay();
    m_display->setFullRefreshEvery(m_theme.fullRefreshEvery());
}

void DisplayController::createDisplay()
{
    const bool eink = m_theme.isEink();
    auto display = std::make_unique<platform::Display>(m_panelFactory(eink));
    display->setEnabled(eink);
    display->setFullRefreshEvery(m_theme.fullRefreshEvery());
    QMutexLocker lock(&m_frameMutex);
    m_display = std::move(display);
}

} // namespace inkchat::app
