#pragma once

#include "util/clock.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <chrono>

class QNetworkAccessManager;

namespace inkchat::transport {

/// A thread of its own for the network side of replies (see
/// ThreadedTransport), so that the GUI thread wakes for what it shows, not
/// for every read of the socket: Qt's network thread posts one event per
/// read to the thread of the QNetworkAccessManager, and at 30 tokens a
/// second that was 15 wake-ups of the GUI thread per e-ink frame.
///
/// It has its own QNetworkAccessManager (a manager and its replies live in
/// one thread); the application's proxy factory applies to it as to any.
/// Started on construction, stopped on destruction; outlives every
/// transport that uses it.
class NetworkThread final
{
public:
    NetworkThread();
    ~NetworkThread();
    NetworkThread(const NetworkThread &) = delete;
    NetworkThread &operator=(const NetworkThread &) = delete;

    /// Text is handed to the reply's thread at most once per `interval`
    /// (the repaint throttler's, e-ink); 0 hands on every read at once.
    /// Any thread; applies to batches started from now on.
    void setDeliveryInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds deliveryInterval() const;
    /// The reply's text was just shown (any thread): the next batch comes
    /// an interval after this, so that it finds the throttler ready to show
    /// it at once. Batches timed from their own flushes alone drift out of
    /// phase with the display whenever it shows one late (a page turn
    /// that blocks it), and then each one waits for the throttler's timer:
    /// two wake-ups per frame instead of one.
    void markShown();
    /// When markShown() was last called, on clock() (0: never).
    std::chrono::milliseconds lastShownAt() const;
    /// The clock of both (the system's).
    Clock &clock() const { return m_clock; }

    /// An object living in the thread: what is invoked on it runs there.
    QObject *context() const { return m_context; }
    /// The thread's own network manager, created on first use. Only from
    /// the thread itself.
    QNetworkAccessManager *network();
    /// Forgets the kept-alive connections (the TLS settings changed). Any thread.
    void clearConnectionCache();

private:
    QThread m_thread;
    QObject *m_context; ///< moved to m_thread, deleted (with the manager) when it ends
    QNetworkAccessManager *m_network = nullptr;
    Clock &m_clock = Clock::system();
    std::atomic<qint64> m_intervalMs{0};
    std::atomic<qint64> m_lastShownAtMs{0};
};

} // namespace inkchat::transport
