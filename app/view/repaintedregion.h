#pragma once

#include <QRegion>

#include <optional>

class QQuickWindow;

namespace inkchat::app {

/// The region of `window` (logical coordinates) that Qt Quick's software
/// renderer repainted and flushed in the frame it swapped last. Call it from
/// a slot connected to QQuickWindow::frameSwapped with Qt::DirectConnection:
/// under the threaded render loop that is the render thread, the only one
/// that may look at the renderer. nullopt when the window does not use the
/// software renderer, or when Inkchat was built without Qt Quick's private
/// headers, which is where that region lives.
std::optional<QRegion> repaintedRegion(QQuickWindow *window);

} // namespace inkchat::app
