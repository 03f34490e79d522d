#pragma once

#include <QByteArray>
#include <QUrl>

#include <atomic>
#include <thread>

namespace inkchat::test {

/// A loopback HTTP server that answers its one request with `head` and then
/// `body` over and over, `total` bytes in all, from a thread of its own with
/// blocking writes: as fast as the kernel takes them, whatever the test's
/// event loop does. StreamServer, which writes from that event loop, is
/// slower than a hostile server on its own machine; some client bugs show
/// only at full speed (a reader that never gets back to its event loop).
class FastFlood
{
public:
    FastFlood(QByteArray head, QByteArray body, qint64 total);
    ~FastFlood();
    FastFlood(const FastFlood &) = delete;
    FastFlood &operator=(const FastFlood &) = delete;

    QUrl url(const QString &path) const;

private:
    void serve();

    int m_listener = -1;
    quint16 m_port = 0;
    QByteArray m_head;
    QByteArray m_body;
    qint64 m_total;
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

} // namespace inkchat::test
