#include "displaycontroller.h"

#include "controllers/themecontroller.h"
#include "display/display.h"

#include <QQuickWindow>

namespace inkchat::app {

DisplayController::DisplayController(ThemeController &theme, QObject *parent)
    : QObject(parent), m_theme(theme)
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
    if (m_window)
        connect(m_window, &QQuickWindow::frameSwapped, this, &DisplayController::onFrameSwapped);
}

int DisplayController::fullRefreshes() const
{
    return int(m_display->fullRefreshes());
}

void DisplayController::pageTurned()
{
    m_pageTurnPending = true;
    if (m_window)
        m_window->update();
}

void DisplayController::onFrameSwapped()
{
    if (m_pageTurnPending) {
        m_pageTurnPending = false;
        m_display->pageTurned();
    } else {
        m_display->partialUpdate();
    }
    Q_EMIT refreshed();
}

void DisplayController::configure()
{
    // The device's panel is chosen when the e-ink profile is turned on.
    if (!m_display || m_display->isEnabled() != m_theme.isEink())
        m_display = platform::Display::create(m_theme.isEink());
    m_display->setFullRefreshEvery(m_theme.fullRefreshEvery());
}

} // namespace inkchat::app
