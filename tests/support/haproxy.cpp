#include "haproxy.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace inkchat::test {

namespace {

const QString kHaproxy = u"/usr/sbin/haproxy"_s;

// `timeout server` is haproxy's limit on the server's silence, in the
// middle of a response too; `timeout client` likewise for the client.
constexpr auto kConfig = R"(defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server %3s

frontend inkchat
    bind 127.0.0.1:%1
    default_backend upstream

backend upstream
    server model %2
)"_L1;

} // namespace

Haproxy::Haproxy(const QUrl &upstream, std::chrono::seconds serverTimeout)
    : m_upstream(upstream),
      m_serverTimeout(serverTimeout),
      m_daemon(kHaproxy)
{
}

bool Haproxy::isAvailable()
{
    return LoopbackDaemon(kHaproxy).isAvailable();
}

bool Haproxy::start(std::chrono::milliseconds timeout)
{
    return m_daemon.start([this](quint16 port) { return configure(port); }, timeout);
}

QStringList Haproxy::configure(quint16 port) const
{
    const QString config = QString(kConfig).arg(QString::number(port),
                                                u"%1:%2"_s.arg(m_upstream.host()).arg(m_upstream.port()),
                                                QString::number(m_serverTimeout.count()));
    QFile file(m_daemon.filePath(u"haproxy.cfg"_s));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0)
        return {};
    // -db: foreground, no daemon; logs (none configured) would go to stderr.
    return {u"-db"_s, u"-f"_s, m_daemon.filePath(u"haproxy.cfg"_s)};
}

} // namespace inkchat::test
