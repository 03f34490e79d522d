#include "display.h"

#include "refreshpanels.h"

#include <algorithm>

namespace inkchat::platform {

Display::Display(std::unique_ptr<RefreshPanel> panel, QObject *parent)
    : QObject(parent), m_panel(std::move(panel))
{
    Q_ASSERT(m_panel);
}

Display::~Display() = default;

std::unique_ptr<Display> Display::create(bool eink)
{
    auto display = std::make_unique<Display>(createRefreshPanel(eink));
    display->setEnabled(eink);
    return display;
}

void Display::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

void Display::setFullRefreshEvery(int frames)
{
    m_fullRefreshEvery = std::max(1, frames);
}

void Display::partialUpdate(const QRect &area)
{
    if (!m_enabled)
        return;
    // The Nth frame itself is drawn full rather than partial-then-full: the
    // flash shows the new content once, instead of a fast update that is
    // wiped again a moment later.
    if (m_partialsSinceFull + 1 >= m_fullRefreshEvery) {
        refreshFull();
        return;
    }
    ++m_partialsSinceFull;
    ++m_partialUpdates;
    m_panel->refresh(Waveform::Partial, area);
}

void Display::pageTurned()
{
    if (!m_enabled)
        return;
    refreshFull();
}

void Display::refreshFull()
{
    // Always the whole screen: ghosts are left wherever earlier partial
    // updates drew, not only where this frame did.
    m_partialsSinceFull = 0;
    ++m_fullRefreshes;
    m_panel->refresh(Waveform::Full, QRect());
    Q_EMIT fullRefreshRequested();
}

} // namespace inkchat::platform
