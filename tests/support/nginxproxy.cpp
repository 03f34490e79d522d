#include "nginxproxy.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>

#include <csignal>
#endif

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace inkchat::test {

namespace {

const QString kNginx = u"/usr/sbin/nginx"_s;
constexpr int kPortAttempts = 5;
constexpr auto kProbeInterval = 20ms;
constexpr int kStopTimeoutMs = 5000;

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

// A port nobody listens on right now. Another process may take it before
// nginx binds it; start() then tries another.
quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

// Whether something accepts connections on 127.0.0.1:port. Asks from the
// event loop (a test helper may nest it, as QSignalSpy::wait() does), so
// nginx's QProcess and the upstream server keep being served meanwhile.
bool accepts(quint16 port, std::chrono::milliseconds timeout)
{
    QTcpSocket probe;
    QEventLoop loop;
    QObject::connect(&probe, &QTcpSocket::connected, &loop, &QEventLoop::quit);
    QObject::connect(&probe, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    probe.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (probe.state() != QAbstractSocket::UnconnectedState)
        loop.exec();
    return probe.state() == QAbstractSocket::ConnectedState;
}

// Lets the event loop run for `duration`: a pause that does not block the thread.
void pause(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

NginxProxy::NginxProxy(const QUrl &upstream, Buffering buffering, ClientProtocol protocol)
    : m_upstream(upstream),
      m_buffering(buffering),
      m_protocol(protocol)
{
    m_process.setProgram(kNginx);
    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
#ifdef Q_OS_LINUX
    // The destructor stops nginx; this stops it when the test process dies
    // without running destructors (a crash, a timeout's SIGKILL).
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

NginxProxy::~NginxProxy()
{
    stop();
}

bool NginxProxy::isAvailable()
{
    return QFileInfo(kNginx).isExecutable();
}

bool NginxProxy::start(std::chrono::milliseconds timeout)
{
    Q_ASSERT_X(m_process.state() == QProcess::NotRunning, "NginxProxy", "started twice");
    if (!m_dir.isValid())
        return false;
    const QDeadlineTimer deadline(timeout);
    for (int attempt = 0; attempt < kPortAttempts && !deadline.hasExpired(); ++attempt) {
        const quint16 port = freePort();
        if (port == 0 || !launch(port))
            continue;
        // nginx exits at once when the port was taken; otherwise it accepts
        // as soon as it has read its config.
        while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            if (accepts(port, std::chrono::milliseconds(deadline.remainingTime()))) {
                m_port = port;
                return true;
            }
            pause(kProbeInterval);
        }
        stop();
    }
    return false;
}

QUrl NginxProxy::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
}

QString NginxProxy::errorLog() const
{
    QFile log(m_dir.filePath(u"error.log"_s));
    QString text = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    if (m_process.error() == QProcess::FailedToStart)
        text += kNginx + u": "_s + m_process.errorString() + u'\n';
    return text;
}

bool NginxProxy::launch(quint16 port)
{
    if (!writeConfig(port))
        return false;
    const QString dir = m_dir.path();
    // -e: nginx opens its compiled-in error log (/var/log/nginx) before it
    // reads the config, and an unprivileged user may not write there.
    m_process.setArguments(
        {u"-p"_s, dir + u'/', u"-c"_s, dir + u"/nginx.conf"_s, u"-e"_s, dir + u"/error.log"_s});
    m_process.start();
    return m_process.state() != QProcess::NotRunning;
}

bool NginxProxy::writeConfig(quint16 port) const
{
    const QUrl upstream = m_upstream.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                                              | QUrl::RemoveFragment);
    const QString config = QString(kConfig).arg(
        m_dir.path(), QString::number(port), upstream.toString(QUrl::FullyEncoded),
        m_buffering == Buffering::On ? u"on"_s : u"off"_s,
        m_protocol == ClientProtocol::Http2 ? u" http2"_s : QString());
    QFile file(m_dir.filePath(u"nginx.conf"_s));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(config.toUtf8()) >= 0;
}

void NginxProxy::stop()
{
    m_port = 0;
    if (m_process.state() == QProcess::NotRunning)
        return;
    // SIGTERM is nginx's fast shutdown; SIGKILL only if it hangs.
    m_process.terminate();
    if (!m_process.waitForFinished(kStopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(kStopTimeoutMs);
    }
}

} // namespace inkchat::test
