#include "commands.h"

#include "relayserver.h"
#include "upstreamoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace inkchat::relay {

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "inkchat-relay: %s\n", qPrintable(message));
}

/// A thousand sleeping e-readers need a thousand sockets: the soft limit
/// on open files (often 1024) is raised to the hard one.
void raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

/// SIGTERM (systemd) and SIGINT quit through the event loop, so replies
/// stay "streaming" in the log and the next start carries them on.
int s_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char byte = 1;
    if (::write(s_signalPipe[1], &byte, 1) < 0)
        return; // the pipe is full: a quit is on its way already
}
void quitOnSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}

std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString &value)
{
    const qsizetype colon = value.lastIndexOf(u':');
    if (colon < 0)
        return std::nullopt;
    QString host = value.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = value.mid(colon + 1).toUInt(&ok);
    const QHostAddress address(host.isEmpty() ? u"0.0.0.0"_s : host);
    if (!ok || port > 65535 || address.isNull())
        return std::nullopt;
    return std::pair(address, quint16(port));
}

std::chrono::milliseconds seconds(const QString &value, std::chrono::milliseconds fallback)
{
    bool ok = false;
    const double s = value.toDouble(&ok);
    return ok && s > 0 ? std::chrono::milliseconds(qint64(s * 1000)) : fallback;
}

} // namespace

int runServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Serves replies to paired devices: keeps generating while they sleep, and lets them resume by "
        "event id."_s);
    const QCommandLineOption listen(u"listen"_s, u"Address and port to listen on (default 127.0.0.1:8417)."_s,
                                    u"ADDR:PORT"_s, u"127.0.0.1:8417"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Where the relay keeps its database."_s, u"DIR"_s,
                                     defaultDataDir());
    const QCommandLineOption tlsCert(u"tls-cert"_s, u"PEM certificate chain: serve HTTPS."_s, u"FILE"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"PEM private key of --tls-cert."_s, u"FILE"_s);
    const QCommandLineOption allowPlain(u"allow-plain-http"_s,
                                        u"Serve plain HTTP on an address other machines reach (tokens and "
                                        "replies cross the network readable)."_s);
    const QCommandLineOption heartbeat(
        u"heartbeat"_s, u"Seconds between SSE heartbeat comments (default 15)."_s, u"S"_s, u"15"_s);
    const QCommandLineOption retry(u"retry"_s, u"Reconnection delay sent to clients, seconds (default 3)."_s,
                                   u"S"_s, u"3"_s);
    const QCommandLineOption pollWait(
        u"poll-wait"_s, u"How long a long poll waits for news, seconds (default 25)."_s, u"S"_s, u"25"_s);
    const QCommandLineOption rateLimit(u"rate-limit"_s, u"Requests per minute per device (default 120)."_s,
                                       u"N"_s, u"120"_s);
    const QCommandLineOption keepDays(
        u"keep-days"_s,
        u"Forget replies that ended and were started more than N days ago (default 30; 0 keeps them all)."_s,
        u"N"_s, u"30"_s);
    parser.addOptions(
        {listen, dataDir, tlsCert, tlsKey, allowPlain, heartbeat, retry, pollWait, rateLimit, keepDays});
    const UpstreamOptions upstreamOptions;
    upstreamOptions.addTo(parser);
    parser.addHelpOption();
    parser.process(arguments);

    RelayServerOptions options;
    options.dataDir = parser.value(dataDir);
    const auto address = parseListen(parser.value(listen));
    if (!address) {
        printError(u"--listen wants ADDRESS:PORT, e.g. 127.0.0.1:8417 or [::]:8417"_s);
        return 64;
    }
    options.http.address = address->first;
    options.http.port = address->second;
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        printError(u"--tls-cert and --tls-key go together"_s);
        return 64;
    }
    for (const auto &[option, target] :
         {std::pair(&tlsCert, &options.http.tlsCertificate), std::pair(&tlsKey, &options.http.tlsKey)}) {
        if (!parser.isSet(*option))
            continue;
        QFile file(parser.value(*option));
        if (!file.open(QIODevice::ReadOnly)) {
            printError(u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
            return 66;
        }
        *target = file.readAll();
    }
    const bool tls = !options.http.tlsCertificate.isEmpty();
    if (!tls && !options.http.address.isLoopback()) {
        if (!parser.isSet(allowPlain)) {
            printError(
                u"refusing plain HTTP on %1, which other machines reach: device tokens and replies would "
                "cross the network readable. Use --tls-cert/--tls-key, a TLS reverse proxy in front of "
                "127.0.0.1, or --allow-plain-http on a network you trust."_s.arg(
                    options.http.address.toString()));
            return 64;
        }
        std::fprintf(stderr,
                     "\n*** WARNING: inkchat-relay serves PLAIN HTTP on %s. ***\n"
                     "*** Anyone on this network can read device tokens and replies. ***\n"
                     "*** Use it only on a network you trust, or put TLS in front. ***\n\n",
                     qPrintable(options.http.address.toString()));
    }
    options.heartbeat = seconds(parser.value(heartbeat), options.heartbeat);
    options.http.idleTimeoutSeconds = int(std::max<qint64>(120, 4 * options.heartbeat.count() / 1000));
    options.api.retry = seconds(parser.value(retry), options.api.retry);
    options.api.pollWait = seconds(parser.value(pollWait), options.api.pollWait);
    const double perMinute = std::max(1.0, parser.value(rateLimit).toDouble());
    options.api.perDevice = {std::max(1.0, perMinute / 2), perMinute};
    bool keepDaysOk = false;
    options.keepDays = parser.value(keepDays).toInt(&keepDaysOk);
    if (!keepDaysOk || options.keepDays < 0) {
        printError(u"--keep-days wants a number of days, 0 to keep every reply"_s);
        return 64;
    }

    Result<std::unique_ptr<session::EndpointSource>> upstream = upstreamOptions.read(parser);
    if (!upstream) {
        printError(upstream.error().message);
        return upstream.error().kind == Error::Kind::Usage ? 64 : 66;
    }

    raiseOpenFileLimit();
    quitOnSignals();
    RelayServer server(options, std::move(upstream).value());
    if (auto error = server.start()) {
        printError(error->message);
        return 69;
    }
    std::printf("inkchat-relay: listening on %s://%s:%u\n", tls ? "https" : "http",
                qPrintable(options.http.address.protocol() == QAbstractSocket::IPv6Protocol
                               ? u"[%1]"_s.arg(options.http.address.toString())
                               : options.http.address.toString()),
                unsigned(server.port()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace inkchat::relay
