#include "idleincubationcontroller.h"

namespace inkchat::app {

namespace {
/// Long enough to build a few delegates, short enough that input and
/// network events are not held up noticeably.
constexpr int kSliceMs = 8;
} // namespace

IdleIncubationController::IdleIncubationController(QObject *parent) : QObject(parent)
{
    // A zero timer fires when the event loop has nothing else to do.
    m_timer.setInterval(0);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleIncubationController::incubateSome);
}

void IdleIncubationController::incubatingObjectCountChanged(int incubatingObjectCount)
{
    if (incubatingObjectCount > 0 && !m_timer.isActive())
        m_timer.start();
}

void IdleIncubationController::incubateSome()
{
    incubateFor(kSliceMs);
    if (incubatingObjectCount() > 0)
        m_timer.start();
}

} // namespace inkchat::app
