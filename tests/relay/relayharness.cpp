#include "relayharness.h"

#include "signalwait.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace inkchat::test::relay {

QString ClientEvent::text() const
{
    return QJsonDocument::fromJson(data).object().value("t"_L1).toString();
}

class HttpClient::Handler final : public stream::SseHandler
{
public:
    explicit Handler(HttpClient &client) : m_client(client) {}
    void onEvent(const stream::SseEvent &event) override
    {
        m_client.m_events.append({event.type, event.lastEventId, event.data});
    }
    void onComment(QByteArrayView) override { ++m_client.m_comments; }

private:
    HttpClient &m_client;
};

HttpClient::HttpClient(quint16 port, QByteArray method, QByteArray target,
                       QList<std::pair<QByteArray, QByteArray>> headers, QByteArray body)
    : m_handler(std::make_unique<Handler>(*this))
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpClient::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        onReadyRead();
        m_closed = true;
        Q_EMIT progressed();
    });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
        m_closed = true;
        Q_EMIT progressed();
    });
    QByteArray out = method + ' ' + target + " HTTP/1.0\r\nHost: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (!body.isEmpty())
        out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
               + "\r\n";
    out += "\r\n" + body;
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    m_socket.write(out);
}

HttpClient::~HttpClient()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void HttpClient::onReadyRead()
{
    const QByteArray bytes = m_socket.readAll();
    if (bytes.isEmpty())
        return;
    m_received += bytes;
    QByteArray piece = bytes;
    if (!m_headDone) {
        m_head += bytes;
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        m_headDone = true;
        piece = m_head.mid(end + 4);
        m_head.truncate(end);
        m_status = m_head.split(' ').value(1).toInt();
    }
    m_body += piece;
    m_parser.feed(piece, *m_handler);
    Q_EMIT progressed();
}

int HttpClient::waitForStatus()
{
    waitUntil(
        this, &HttpClient::progressed, [this] { return m_headDone || m_closed; }, kWaitMs);
    return m_status;
}

bool HttpClient::waitForEvents(qsizetype count)
{
    return waitUntil(
               this, &HttpClient::progressed, [&] { return m_events.size() >= count || m_closed; }, kWaitMs)
           && m_events.size() >= count;
}

bool HttpClient::waitForEnd()
{
    return waitUntil(
        this, &HttpClient::progressed, [this] { return m_closed; }, kWaitMs);
}

QString HttpClient::text() const
{
    QString text;
    for (const ClientEvent &event : m_events) {
        if (event.type == "text")
            text += event.text();
    }
    return text;
}

Answer request(quint16 port, const QByteArray &method, const QByteArray &target, const QByteArray &token,
               const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QList<std::pair<QByteArray, QByteArray>> all = headers;
    if (!token.isEmpty())
        all.append({"Authorization", "Bearer " + token});
    HttpClient client(port, method, target, all, body);
    client.waitForEnd();
    return {client.status(), client.body(), client.received()};
}

RelayProcess::RelayProcess(const QString &dataDir, const QUrl &upstreamUrl, const QStringList &extraArguments,
                           Upstream upstream)
    : RelayProcess(
        dataDir,
        UpstreamArguments{
            QStringList{u"--provider"_s, u"openai"_s, u"--model"_s, u"test-model"_s, u"--base-url"_s,
                        upstreamUrl.toString(), u"--key-file"_s, writeKeyFile(dataDir)}
            + (upstream == Upstream::HonoursPrefill ? QStringList{u"--server"_s, u"vllm"_s} : QStringList())
            + extraArguments})
{
}

RelayProcess::RelayProcess(const QString &dataDir, const UpstreamArguments &upstream) : m_dataDir(dataDir)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral(INKCHAT_RELAY_PATH),
                    QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, dataDir}
                        + upstream.arguments);
    QSignalSpy ready(&m_process, &QProcess::readyRead);
    const QDeadlineTimer deadline(kWaitMs);
    while (!deadline.hasExpired()) {
        m_output += m_process.readAll();
        const qsizetype at = m_output.indexOf("listening on http://127.0.0.1:");
        const qsizetype end = m_output.indexOf('\n', at);
        if (at >= 0 && end > at) {
            m_port = quint16(m_output.mid(at + 30, end - at - 30).toUInt());
            return;
        }
        if (m_process.state() == QProcess::NotRunning || !ready.wait(int(deadline.remainingTime())))
            break;
    }
    ADD_FAILURE() << "inkchat-relay did not start: " << m_output.toStdString();
}

RelayProcess::~RelayProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        kill();
    // A sanitizer's report in the relay fails the test that ran it.
    const QByteArray out = output();
    if (out.contains("ERROR: AddressSanitizer") || out.contains("ERROR: LeakSanitizer")
        || out.contains("runtime error:"))
        ADD_FAILURE() << "inkchat-relay reported:\n" << out.toStdString();
}

QByteArray RelayProcess::output()
{
    m_output += m_process.readAll();
    return m_output;
}

bool RelayProcess::waitForOutput(const QByteArray &text)
{
    QSignalSpy ready(&m_process, &QProcess::readyRead);
    const QDeadlineTimer deadline(kWaitMs);
    while (!output().contains(text)) {
        if (deadline.hasExpired() || !ready.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
            return output().contains(text);
    }
    return true;
}

void RelayProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(kWaitMs);
    output();
    m_port = 0;
}

bool RelayProcess::terminate()
{
    m_process.terminate();
    const bool ended = m_process.waitForFinished(kWaitMs);
    output();
    m_port = 0;
    return ended && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

qint64 RelayProcess::residentKiB() const
{
    QFile status(u"/proc/%1/status"_s.arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int RelayProcess::runCommand(const QStringList &arguments, QByteArray *out) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(INKCHAT_RELAY_PATH), arguments + QStringList{u"--data-dir"_s, m_dataDir});
    process.waitForFinished(kWaitMs);
    if (out)
        *out = process.readAll();
    return process.exitCode();
}

QByteArray RelayProcess::pair(const QString &name)
{
    QByteArray out;
    EXPECT_EQ(runCommand({u"pair"_s}, &out), 0) << out.toStdString();
    const qsizetype at = out.indexOf("\"code\": \"");
    const QByteArray code = out.mid(at + 9, 8);
    const QJsonObject body{{u"code"_s, QString::fromLatin1(code)}, {u"name"_s, name}};
    const Answer answer = request(m_port, "POST", "/v1/pair", {}, QJsonDocument(body).toJson());
    EXPECT_EQ(answer.status, 200) << answer.body.toStdString();
    return QJsonDocument::fromJson(answer.body).object().value("token"_L1).toString().toLatin1();
}

QString writeKeyFile(const QString &dir)
{
    // Beside the data folder, not in it: the tests search that for the key.
    QDir().mkpath(dir);
    const QString path = dir + u"-upstream.key"_s;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(kUpstreamKey + '\n');
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    return path;
}

void raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace inkchat::test::relay
