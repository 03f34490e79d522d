#include "repaintedregion.h"

#include <QQuickWindow>
#include <QSGRendererInterface>

#ifdef INKCHAT_HAVE_QUICK_PRIVATE
// Qt has no public way to learn what a frame repainted; the software
// renderer keeps it for its own QBackingStore::flush(). Private API: it is
// checked for at configure time, and the e-ink display tests fail if it
// stops telling the truth.
#include <QtQuick/private/qquickwindow_p.h>
#include <QtQuick/private/qsgsoftwarerenderer_p.h>
#endif

namespace inkchat::app {

std::optional<QRegion> repaintedRegion(QQuickWindow *window)
{
#ifdef INKCHAT_HAVE_QUICK_PRIVATE
    if (!window || window->rendererInterface()->graphicsApi() != QSGRendererInterface::Software)
        return std::nullopt;
    // The software adaptation only ever gives a window this renderer.
    const auto *renderer = static_cast<QSGSoftwareRenderer *>(QQuickWindowPrivate::get(window)->renderer);
    if (!renderer)
        return std::nullopt;
    return renderer->flushRegion();
#else
    Q_UNUSED(window)
    return std::nullopt;
#endif
}

} // namespace inkchat::app
