// inkchat-cli in a network namespace without a default route, where the
// system reports no network (airplane mode, an air-gapped LAN): a server on
// this machine is still asked (issue 15, point 4).

#include "clirun.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat::test::cli;

namespace {

/// One OpenAI-like server for one request, on loopback inside the
/// namespace; writes its port to the file named by its argument.
constexpr auto kServer = R"PY(
import socket, sys
s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(1)
with open(sys.argv[1] + '.tmp', 'w') as f: f.write(str(s.getsockname()[1]))
import os; os.rename(sys.argv[1] + '.tmp', sys.argv[1])
s.settimeout(30)
c, _ = s.accept()
data = b''
while b'\r\n\r\n' not in data: data += c.recv(65536)
head, _, body = data.partition(b'\r\n\r\n')
length = int([l.split(b':')[1] for l in head.split(b'\r\n') if l.lower().startswith(b'content-length')][0])
while len(body) < length: body += c.recv(65536)
events = b''.join(b'data: {"choices":[{"index":0,"delta":{"content":"%s"}}]}\n\n' % w
                  for w in (b'Hallo', b' ohne', b' Netz.'))
events += b'data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n'
c.sendall(b'HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: %d\r\n\r\n' % len(events) + events)
c.close()
)PY"_L1;

/// Runs in the namespace: loopback up, no route beyond it, the server,
/// then the CLI against it.
constexpr auto kScript = R"SH(
ip link set lo up || exit 97
python3 "$DIR/server.py" "$DIR/port" &
while [ ! -s "$DIR/port" ]; do sleep 0.05; done
[ -z "$(ip route)" ] || exit 98
exec "$CLI" chat --provider openai --base-url "http://$HOST:$(cat "$DIR/port")/v1" --model m --no-store --idle-timeout 10 Hallo
)SH"_L1;

bool canUnshareTheNetwork()
{
    QProcess probe;
    probe.start(u"unshare"_s, {u"-rn"_s, u"ip"_s, u"link"_s, u"set"_s, u"lo"_s, u"up"_s});
    return probe.waitForFinished(5000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
}

} // namespace

TEST(CliOffline, AsksAServerOnThisMachineWithoutADefaultRoute)
{
    if (!canUnshareTheNetwork())
        GTEST_SKIP() << "no network namespaces here (unshare -rn; util-linux and iproute2)";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile server(dir.filePath(u"server.py"_s));
    ASSERT_TRUE(server.open(QIODevice::WriteOnly));
    server.write(QByteArray(kServer.data(), kServer.size()));
    server.close();

    for (const QString &host : {u"127.0.0.1"_s, u"localhost"_s}) {
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"DIR"_s, dir.path());
        environment.insert(u"CLI"_s, QStringLiteral(INKCHAT_CLI_PATH));
        environment.insert(u"HOST"_s, host);
        for (const QString &name : {u"http_proxy"_s, u"https_proxy"_s, u"all_proxy"_s, u"HTTP_PROXY"_s,
                                    u"HTTPS_PROXY"_s, u"ALL_PROXY"_s})
            environment.remove(name);
        QFile::remove(dir.filePath(u"port"_s));
        cli.setProcessEnvironment(environment);
        cli.start(u"unshare"_s, {u"-rn"_s, u"sh"_s, u"-c"_s, kScript});
        ASSERT_TRUE(cli.waitForFinished(kWaitMs)) << "inkchat-cli waited for a network it does not need";
        const QByteArray err = cli.readAllStandardError();
        EXPECT_EQ(cli.exitCode(), 0) << host.toStdString() << ": " << err.toStdString();
        EXPECT_EQ(cli.readAllStandardOutput(), "Hallo ohne Netz.\n") << err.toStdString();
        EXPECT_FALSE(err.contains("offline")) << err.toStdString();
    }
}
