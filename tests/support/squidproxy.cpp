#include "squidproxy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace inkchat::test {

namespace {

const QString kSquid = u"/usr/sbin/squid"_s;

// Nothing is cached or written outside the scratch directory. squid refuses
// to run as root; then it runs as nobody, who must write the directory.
constexpr auto kConfig = R"(http_port 127.0.0.1:%2
pid_filename %1/squid.pid
cache_log %1/cache.log
hosts_file %1/hosts
dns_nameservers 127.0.0.1
access_log stdio:%1/access.log
coredump_dir %1
netdb_filename none
cache deny all
cache_mem 0 MB
shutdown_lifetime 0 seconds
http_access allow localhost
http_access deny all
%3)"_L1;

} // namespace

SquidProxy::SquidProxy()
    : m_serviceName(u"inkchat%1x%2"_s.arg(QCoreApplication::applicationPid()).arg(quintptr(this), 0, 16)),
      m_daemon(kSquid)
{
}

SquidProxy::~SquidProxy()
{
    stop();
}

bool SquidProxy::isAvailable()
{
    return LoopbackDaemon(kSquid).isAvailable();
}

bool SquidProxy::start(std::chrono::milliseconds timeout)
{
    return m_daemon.start([this](quint16 port) { return configure(port); }, timeout);
}

void SquidProxy::stop()
{
    m_daemon.stop();
    removeSharedMemory();
}

QString SquidProxy::log() const
{
    QFile log(m_daemon.filePath(u"cache.log"_s));
    QString text = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    return text + m_daemon.launchError();
}

QStringList SquidProxy::configure(quint16 port) const
{
    const bool root = ::geteuid() == 0;
    if (root) {
        QFile::setPermissions(m_daemon.dir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                  | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                  | QFileDevice::WriteOther | QFileDevice::ExeOther);
    }
    const QString config = QString(kConfig).arg(m_daemon.dir(), QString::number(port),
                                                root ? u"cache_effective_user nobody\n"_s : QString());
    QFile file(m_daemon.filePath(u"squid.conf"_s));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0)
        return {};
    QFile hosts(m_daemon.filePath(u"hosts"_s));
    if (!hosts.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || hosts.write(QByteArray("127.0.0.1 ") + kProviderHost + '\n') < 0)
        return {};
    removeSharedMemory(); // a squid killed earlier under this name left its segments
    return {u"-N"_s, u"-n"_s, m_serviceName, u"-f"_s, m_daemon.filePath(u"squid.conf"_s)};
}

void SquidProxy::removeSharedMemory() const
{
    QDir shm(u"/dev/shm"_s);
    for (const QString &name : shm.entryList({m_serviceName + u"-*"_s}, QDir::Files))
        shm.remove(name);
}

} // namespace inkchat::test
