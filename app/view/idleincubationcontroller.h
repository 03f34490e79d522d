#pragma once

#include <QObject>
#include <QQmlIncubationController>
#include <QTimer>

namespace inkchat::app {

/// Builds asynchronously created QML objects (a list view's delegates made
/// ahead of a page turn) from the event loop rather than from frames.
///
/// A window's own incubation controller creates such objects a few
/// milliseconds per frame and asks for frames until it is done: a dozen
/// frames in which nothing visible changes. On an e-ink panel each of
/// those is a refresh. This one works in idle time and asks for none; the
/// window draws once when something visible has changed.
class IdleIncubationController : public QObject, public QQmlIncubationController
{
public:
    explicit IdleIncubationController(QObject *parent = nullptr);

protected:
    void incubatingObjectCountChanged(int incubatingObjectCount) override;

private:
    void incubateSome();

    QTimer m_timer;
};

} // namespace inkchat::app
