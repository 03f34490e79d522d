#pragma once

#include "application.h"

#include <QDir>
#include <QList>
#include <QPointF>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

#include <ostream>

/// GoogleTest prints these as text, not as lists of QChar.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '[' << list.join(QStringLiteral(", ")).toStdString() << ']';
}

namespace inkchat::journey {

/// The real app as a user meets it: the composition root `inkchat` uses
/// (Application, the real keychain, a conversation file of its own) with
/// Main.qml in a window of the given size. Tests drive it only through
/// input events and read only what the window shows: item text,
/// visibility, geometry and pixels. Nothing here calls a controller.
///
/// Every QML warning (a broken binding, a component that failed to load)
/// is collected; the test fixture fails on any.
class JourneyApp
{
public:
    /// `options.databasePath` empty: a file in the test's scratch home.
    explicit JourneyApp(app::AppOptions options, QSize size = {1280, 800});
    ~JourneyApp();

    JourneyApp(const JourneyApp &) = delete;
    JourneyApp &operator=(const JourneyApp &) = delete;

    QQuickWindow *window() const { return m_window; }
    /// Where settings, data and the conversation file live (the test's HOME).
    QDir home() const;
    QStringList qmlWarnings() const { return m_warnings; }

    // -- finding what is shown ------------------------------------------------

    /// Every item called `objectName` that is visible on screen (it and its
    /// ancestors visible, inside the window), in scene order.
    QList<QQuickItem *> visibleItems(const QString &objectName) const;
    /// The first visible item called `objectName`, or null.
    QQuickItem *visibleItem(const QString &objectName) const;
    /// A visible text item (Text, TextEdit, TextField, TextArea, a control's
    /// label) whose text is `text`, or null; only inside `within` if given.
    QQuickItem *visibleText(const QString &text, QQuickItem *within = nullptr) const;
    /// A visible text item whose text contains `part`, or null.
    QQuickItem *visibleTextContaining(const QString &part, QQuickItem *within = nullptr) const;
    /// The item that has keyboard focus.
    QQuickItem *focusItem() const { return m_window->activeFocusItem(); }
    /// The item's rectangle in window coordinates.
    static QRectF sceneRect(const QQuickItem *item);

    // -- input ----------------------------------------------------------------

    void click(QQuickItem *item);
    void clickAt(QPointF windowPoint);
    /// Types `text` as key presses into whatever has focus.
    void type(const QString &text);
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void resize(QSize size);

    // -- time -----------------------------------------------------------------

    /// Runs the event loop until `done()` holds or `timeoutMs` passed.
    bool waitFor(const std::function<bool()> &done, int timeoutMs = 15'000);
    /// Waits until the window has drawn what changed.
    void settle();

    // -- evidence -------------------------------------------------------------

    /// Saves what the window shows as NN-step.png in the shots folder:
    /// $JOURNEY_SHOTS/<test name>/ or <build>/tests/journey/shots/<test name>/.
    QImage shot(const QString &step);

    /// Hides the window and lets the render thread go idle, then destroys
    /// the QML (as `inkchat` quits).
    void close();

private:
    QQuickItem *rootItem() const;
    void visit(QQuickItem *item, const std::function<void(QQuickItem *)> &visitor) const;
    bool isShown(const QQuickItem *item) const;

    QString m_scratch;
    std::unique_ptr<app::Application> m_app;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QPointer<QQuickWindow> m_window;
    QStringList m_warnings;
    int m_shots = 0;
};

} // namespace inkchat::journey
