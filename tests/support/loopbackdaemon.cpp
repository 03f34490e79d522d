#include "loopbackdaemon.h"

#include <QDeadlineTimer>
#include <QEventLoop>
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

constexpr int kPortAttempts = 5;
constexpr auto kProbeInterval = 20ms;
constexpr int kStopTimeoutMs = 5000;

// A port nobody listens on right now. Another process may take it before
// the program binds it; start() then tries another.
quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

// Whether something accepts connections on 127.0.0.1:port. Asks from the
// event loop (a test helper may nest it, as QSignalSpy::wait() does), so
// the program's QProcess and the upstream server keep being served meanwhile.
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

LoopbackDaemon::LoopbackDaemon(QString program) : m_program(std::move(program))
{
    m_process.setProgram(m_program);
    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
#ifdef Q_OS_LINUX
    // This stops the program when the test process dies without running
    // destructors (a crash, a timeout's SIGKILL).
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

LoopbackDaemon::~LoopbackDaemon()
{
    stop();
}

bool LoopbackDaemon::isAvailable() const
{
    return QFileInfo(m_program).isExecutable();
}

bool LoopbackDaemon::start(const Configure &configure, std::chrono::milliseconds timeout)
{
    Q_ASSERT_X(m_process.state() == QProcess::NotRunning, "LoopbackDaemon", "started twice");
    if (!m_dir.isValid())
        return false;
    const QDeadlineTimer deadline(timeout);
    for (int attempt = 0; attempt < kPortAttempts && !deadline.hasExpired(); ++attempt) {
        const quint16 port = freePort();
        const QStringList arguments = port != 0 ? configure(port) : QStringList();
        if (arguments.isEmpty())
            continue;
        m_process.setArguments(arguments);
        m_process.start();
        // A program exits at once when the port was taken; otherwise it
        // accepts as soon as it has read its config.
        while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            if (accepts(port, std::chrono::milliseconds(deadline.remainingTime()))) {
                m_port = m_lastPort = port;
                return true;
            }
            pause(kProbeInterval);
        }
        stop();
    }
    return false;
}

void LoopbackDaemon::stop()
{
    m_port = 0;
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(kStopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(kStopTimeoutMs);
    }
}

QUrl LoopbackDaemon::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_lastPort).arg(path));
}

QString LoopbackDaemon::launchError() const
{
    if (m_process.error() == QProcess::FailedToStart)
        return m_program + u": "_s + m_process.errorString() + u'\n';
    return {};
}

} // namespace inkchat::test
