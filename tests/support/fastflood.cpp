#include "fastflood.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace inkchat::test {

FastFlood::FastFlood(QByteArray head, QByteArray body, qint64 total)
    : m_head(std::move(head)),
      m_body(std::move(body)),
      m_total(total)
{
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) != 0
        || ::listen(m_listener, 1) != 0
        || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return; // url() has port 0: the client's connection fails, and so does the test
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { serve(); });
}

FastFlood::~FastFlood()
{
    m_stopping = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listener >= 0)
        ::close(m_listener);
}

QUrl FastFlood::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
}

void FastFlood::serve()
{
    // Every wait is short, so the destructor is never kept waiting.
    pollfd waiting{m_listener, POLLIN, 0};
    while (!m_stopping && ::poll(&waiting, 1, 50) == 0) {
    }
    if (m_stopping)
        return;
    const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
    if (client < 0)
        return;
    // The request itself does not matter: the answer starts as it arrives.
    char request[4096];
    pollfd reading{client, POLLIN, 0};
    if (::poll(&reading, 1, 5000) > 0)
        (void)::recv(client, request, sizeof request, 0);
    const auto sendAll = [&](const QByteArray &bytes) {
        for (qsizetype sent = 0; sent < bytes.size() && !m_stopping;) {
            pollfd writable{client, POLLOUT, 0};
            if (::poll(&writable, 1, 50) <= 0)
                continue;
            const ssize_t n = ::send(client, bytes.constData() + sent, size_t(bytes.size() - sent),
                                     MSG_NOSIGNAL);
            if (n <= 0)
                return false; // the client is gone
            sent += n;
        }
        return !m_stopping;
    };
    if (sendAll(m_head)) {
        for (qint64 sent = 0; sent < m_total && sendAll(m_body); sent += m_body.size()) {
        }
    }
    ::close(client);
}

} // namespace inkchat::test
