#pragma once

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <memory>

#include <QQuickWindow>

namespace inkchat::platform {
class Display;
}

namespace inkchat::app {

class ThemeController;

/// Tells the display about every frame the window shows, so an e-ink panel
/// gets a full refresh every N frames and on every page turn; on a desktop
/// profile the display does nothing.
class DisplayController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the display controller")

    Q_PROPERTY(int fullRefreshes READ fullRefreshes NOTIFY refreshed)

public:
    explicit DisplayController(ThemeController &theme, QObject *parent = nullptr);
    ~DisplayController() override;

    void watch(QQuickWindow *window);
    platform::Display &display() { return *m_display; }
    int fullRefreshes() const;

    /// The view turned a page: the frame that shows it gets a full refresh
    /// instead of a partial one.
    Q_INVOKABLE void pageTurned();

Q_SIGNALS:
    void refreshed();

private:
    void onFrameSwapped();
    void configure();

    ThemeController &m_theme;
    std::unique_ptr<platform::Display> m_display;
    QPointer<QQuickWindow> m_window;
    bool m_pageTurnPending = false;
};

} // namespace inkchat::app
