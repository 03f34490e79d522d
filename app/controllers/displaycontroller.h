#pragma once

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <functional>
#include <memory>

#include <QQuickWindow>

namespace inkchat::platform {
class Display;
class RefreshPanel;
} // namespace inkchat::platform

namespace inkchat::app {

class ThemeController;

/// Tells the display what every frame of the window changed, so an e-ink
/// panel refreshes only that, with a waveform that suits it, and flashes
/// on page turns and when ghosts have added up (platform::Display); on a
/// desktop profile the display does nothing.
///
/// What changed comes from Qt Quick's software renderer (the e-ink
/// profile's): the region it repainted and flushed, the items whose nodes
/// changed. (Comparing frames pixel by pixel was not needed: over the demo
/// reply that region is about half the changed pixels' bounding boxes, see
/// einkreply_test.) The window is taken to fill the panel from its top left
/// corner, as the kiosk does. With another renderer the whole window counts
/// as changed.
///
/// The panel is asked on the thread that swapped the frame (the render
/// thread under the threaded render loop), right after the frame reached
/// the framebuffer, so the GUI thread is not woken for it.
class DisplayController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the display controller")

    Q_PROPERTY(int fullRefreshes READ fullRefreshes NOTIFY refreshed)

public:
    using PanelFactory = std::function<std::unique_ptr<platform::RefreshPanel>(bool eink)>;

    explicit DisplayController(ThemeController &theme, QObject *parent = nullptr);
    ~DisplayController() override;

    void watch(QQuickWindow *window);
    platform::Display &display() { return *m_display; }
    int fullRefreshes() const;

    /// Tests and benchmarks: where the display's panels come from from now
    /// on (default: platform::createRefreshPanel()). Makes a new display.
    void setPanelFactory(PanelFactory factory);

    /// The view turned a page: the frame that shows it gets a full refresh
    /// instead of a partial one.
    Q_INVOKABLE void pageTurned();

Q_SIGNALS:
    /// A frame reached the display (on this object's thread).
    void refreshed();

private:
    /// On the thread that swapped the frame.
    void onFrameSwapped(QQuickWindow *window);
    void configure();
    void createDisplay();

    ThemeController &m_theme;
    PanelFactory m_panelFactory;
    /// Held while a frame is handed to the display and while the display is
    /// replaced: the two happen on different threads.
    QMutex m_frameMutex;
    std::unique_ptr<platform::Display> m_display;
    QPointer<QQuickWindow> m_window;
    std::atomic<bool> m_pageTurnPending = false;
};

} // namespace inkchat::app
