#include "nginxproxy.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace inkchat::test {

namespace {

const QString kNginx = u"/usr/sbin/nginx"_s;

// `user` is left out on purpose: nginx only honours it when started as root,
// and warns about it otherwise. Every path nginx would write outside the
// scratch directory by default (pid, logs, temp files) is set here.
constexpr auto kConfig = R"(daemon off;
master_process off;
worker_processes 1;
pid "%1/nginx.pid";
error_log "%1/error.log";

events {}

http {
    access_log off;
    client_body_temp_path "%1/client_body";
    proxy_temp_path "%1/proxy";
    fastcgi_temp_path "%1/fastcgi";
    uwsgi_temp_path "%1/uwsgi";
    scgi_temp_path "%1/scgi";

    server {
        listen 127.0.0.1:%2%5;
        location / {
            proxy_pass %3;
            proxy_http_version 1.1;
            proxy_buffering %4;
            proxy_set_header Connection "";
            gzip off;
        }
    }
}
)"_L1;

} // namespace

NginxProxy::NginxProxy(const QUrl &upstream, Buffering buffering, ClientProtocol protocol)
    : m_upstream(upstream),
      m_buffering(buffering),
      m_protocol(protocol),
      m_daemon(kNginx)
{
}

bool NginxProxy::isAvailable()
{
    return LoopbackDaemon(kNginx).isAvailable();
}

bool NginxProxy::start(std::chrono::milliseconds timeout)
{
    return m_daemon.start([this](quint16 port) { return configure(port); }, timeout);
}

QString NginxProxy::errorLog() const
{
    QFile log(m_daemon.filePath(u"error.log"_s));
    QString text = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    return text + m_daemon.launchError();
}

QStringList NginxProxy::configure(quint16 port) const
{
    const QUrl upstream = m_upstream.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                                              | QUrl::RemoveFragment);
    const QString dir = m_daemon.dir();
    const QString config = QString(kConfig).arg(
        dir, QString::number(port), upstream.toString(QUrl::FullyEncoded),
        m_buffering == Buffering::On ? u"on"_s : u"off"_s,
        m_protocol == ClientProtocol::Http2 ? u" http2"_s : QString());
    QFile file(m_daemon.filePath(u"nginx.conf"_s));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0)
        return {};
    // -e: nginx opens its compiled-in error log (/var/log/nginx) before it
    // reads the config, and an unprivileged user may not write there.
    return {u"-p"_s, dir + u'/', u"-c"_s, dir + u"/nginx.conf"_s, u"-e"_s, dir + u"/error.log"_s};
}

} // namespace inkchat::test
