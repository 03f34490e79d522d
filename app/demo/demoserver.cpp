#include "demoserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDemo, "inkchat.demo", QtInfoMsg)

namespace inkchat::demo {

namespace {

// Generous for any conversation a person types, yet a stray local client
// cannot make us buffer without end.
constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;
/// The longest question quoted back; a longer one is not quoted at all.
constexpr qsizetype kMaxQuotedChars = 80;
/// A word longer than this goes out a few characters at a time, as models
/// stream identifiers and URLs.
constexpr qsizetype kMaxTokenChars = 12;
constexpr qsizetype kTokenSliceChars = 6;

constexpr char kCompletionsPath[] = "/v1/chat/completions";

QString loadReply()
{
    QFile file(u":/inkchat/demo/reply.md"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDemo) << "the built-in reply is missing:" << file.errorString();
        return u"This is Inkchat's offline demo."_s;
    }
    QString text = QString::fromUtf8(file.readAll());
    // The file's final newline is not part of the reply.
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

/// Backslash-escapes what CommonMark reads as inline markup, so the quoted
/// question shows as it was typed.
QString escapedMarkdown(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (QStringView(u"\\`*_[]<>~").contains(c))
            result += u'\\';
        result += c;
    }
    return result;
}

/// A message's text: a plain string, or the text parts of a content array.
QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    const QJsonArray array = content.toArray();
    for (const QJsonValue &part : array) {
        const QJsonObject object = part.toObject();
        if (object.value("type"_L1).toString() == "text"_L1)
            parts.append(object.value("text"_L1).toString());
    }
    return parts.join(u' ');
}

QString lastUserMessage(const QJsonArray &messages)
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        if (message.value("role"_L1).toString() == "user"_L1)
            return contentText(message.value("content"_L1));
    }
    return {};
}

/// The built-in reply, after a line quoting a short question.
QString replyTo(const QString &question, const QString &reply)
{
    const QString quote = question.simplified();
    if (quote.isEmpty() || quote.size() > kMaxQuotedChars)
        return reply;
    return u"You asked: “"_s + escapedMarkdown(quote) + u"”\n\n"_s + reply;
}

/// What a model would stream: each word with the whitespace before it, a
/// long word a few characters at a time, never half a surrogate pair.
QStringList tokens(const QString &text)
{
    QStringList pieces;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        qsizetype pos = i;
        while (i < size && text.at(i).isSpace())
            ++i;
        const qsizetype wordStart = i;
        while (i < size && !text.at(i).isSpace())
            ++i;
        if (i - wordStart > kMaxTokenChars) {
            for (qsizetype cut = wordStart + kTokenSliceChars; cut < i; cut += kTokenSliceChars) {
                if (text.at(cut).isLowSurrogate())
                    ++cut;
                if (cut >= i)
                    break;
                pieces.append(text.sliced(pos, cut - pos));
                pos = cut;
            }
        }
        pieces.append(text.sliced(pos, i - pos));
    }
    return pieces;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// An error body as OpenAI writes it, which the provider's error describer reads.
QByteArray errorBody(const QString &message, const QString &type)
{
    const QJsonObject error{{"message"_L1, message},
                            {"type"_L1, type},
                            {"param"_L1, QJsonValue::Null},
                            {"code"_L1, QJsonValue::Null}};
    return compact({{"error"_L1, error}});
}

} // namespace

/// One client connection: reads one request, answers it, closes. Owns its
/// socket and its pacing timer, so a client that goes away mid-stream takes
/// both with it.
class DemoServer::Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, DemoServer *server) : QObject(server), m_socket(socket), m_server(server)
    {
        m_socket->setParent(this);
        // Each token leaves as its own segment, as a provider's would.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &Connection::close);
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                qCDebug(lcDemo) << "connection error:" << m_socket->errorString();
            close();
        });
        connect(&m_timer, &QTimer::timeout, this, &Connection::sendDueTokens);
    }

private:
    void onReadyRead()
    {
        if (m_closed)
            return;
        if (m_answered) {
            m_socket->readAll(); // unread bytes would turn our FIN into a reset
            return;
        }
        m_buffer += m_socket->readAll();
        if (m_headEnd < 0) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > kMaxHeadBytes)
                    respondError(431, "Request Header Fields Too Large", u"the request head is too large"_s);
                return;
            }
            m_headEnd = end + 4;
            if (!parseHead(QByteArrayView(m_buffer).first(end)))
                return;
        }
        if (m_buffer.size() - m_headEnd < m_contentLength)
            return;
        answer(m_buffer.sliced(m_headEnd, m_contentLength));
    }

    /// Reads the request line and the headers we need; answers a request
    /// we cannot read and returns false.
    bool parseHead(QByteArrayView head)
    {
        const QList<QByteArray> lines = head.toByteArray().split('\n');
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            respondError(400, "Bad Request", u"malformed request line"_s);
            return false;
        }
        m_method = requestLine.at(0);
        const QByteArray &target = requestLine.at(1);
        const qsizetype query = target.indexOf('?');
        m_path = query < 0 ? target : target.first(query);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.first(colon).trimmed().toLower();
            const QByteArray value = line.sliced(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                m_contentLength = value.toLongLong(&ok);
                if (!ok || m_contentLength < 0) {
                    respondError(400, "Bad Request", u"invalid Content-Length"_s);
                    return false;
                }
                if (m_contentLength > kMaxBodyBytes) {
                    respondError(413, "Payload Too Large", u"the request body is too large"_s);
                    return false;
                }
            }
        }
        return true;
    }

    void answer(const QByteArray &body)
    {
        if (m_path != kCompletionsPath) {
            respondError(404, "Not Found",
                         u"Unknown request URL: %1 %2. The Inkchat demo server only answers POST %3."_s.arg(
                             QString::fromLatin1(m_method), QString::fromLatin1(m_path),
                             QString::fromLatin1(kCompletionsPath)));
            return;
        }
        if (m_method != "POST") {
            respondError(405, "Method Not Allowed",
                         u"use POST for %1"_s.arg(QString::fromLatin1(kCompletionsPath)), "Allow: POST\r\n");
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        const QJsonObject request = document.object();
        if (parseError.error != QJsonParseError::NoError || !document.isObject()
            || !request.value("messages"_L1).isArray()) {
            respondError(400, "Bad Request", u"the body must be a JSON object with a \"messages\" array"_s);
            return;
        }
        const QJsonArray messages = request.value("messages"_L1).toArray();
        m_model = request.value("model"_L1).toString(u"demo"_s);
        m_id = u"chatcmpl-demo-%1"_s.arg(++m_server->m_replyCount);
        m_created = QDateTime::currentSecsSinceEpoch();
        const QString text = replyTo(lastUserMessage(messages), m_server->m_reply);
        // No usage counts, in either form: the demo has no tokenizer, and
        // made-up numbers would end up in the user's statistics.
        if (request.value("stream"_L1).toBool(false))
            startStream(text);
        else
            respondWhole(text);
    }

    QJsonObject completionHead(const QString &object) const
    {
        return {{"id"_L1, m_id}, {"object"_L1, object}, {"created"_L1, m_created}, {"model"_L1, m_model}};
    }

    void respondWhole(const QString &text)
    {
        const QJsonObject message{{"role"_L1, u"assistant"_s}, {"content"_L1, text}};
        const QJsonObject choice{{"index"_L1, 0}, {"message"_L1, message}, {"finish_reason"_L1, u"stop"_s}};
        QJsonObject completion = completionHead(u"chat.completion"_s);
        completion.insert("choices"_L1, QJsonArray{choice});
        respond(200, "OK", "application/json", compact(completion));
    }

    void startStream(const QString &text)
    {
        m_answered = true;
        m_tokens = tokens(text);
        const double rate = m_server->m_tokensPerSecond;
        m_tokensPerSecond = std::isfinite(rate) && rate > 0 ? rate : 0.0;
        m_socket->write("HTTP/1.1 200 OK\r\n"
                        "Content-Type: text/event-stream; charset=utf-8\r\n"
                        "Cache-Control: no-cache\r\n"
                        "Transfer-Encoding: chunked\r\n"
                        "Connection: close\r\n\r\n");
        writeChunk({{"role"_L1, u"assistant"_s}, {"content"_L1, QString()}});
        m_clock.start();
        sendDueTokens();
        if (m_closed || m_sent == m_tokens.size())
            return;
        m_timer.start(m_tokensPerSecond > 0 ? int(std::clamp(1000.0 / m_tokensPerSecond, 1.0, 1000.0)) : 0);
    }

    /// Sends the tokens whose time has come: the pace follows the clock, not
    /// the count of timer ticks, which a busy event loop delays.
    void sendDueTokens()
    {
        if (m_closed)
            return;
        qsizetype due = m_sent + 1;
        if (m_tokensPerSecond > 0)
            due = 1 + qsizetype(double(m_clock.elapsed()) * m_tokensPerSecond / 1000.0);
        due = std::min(due, m_tokens.size());
        while (m_sent < due)
            writeChunk({{"content"_L1, m_tokens.at(m_sent++)}});
        if (m_sent == m_tokens.size())
            finishStream();
    }

    void finishStream()
    {
        m_timer.stop();
        writeChunk({}, u"stop"_s);
        writeEvent("[DONE]");
        m_socket->write("0\r\n\r\n");
        m_socket->disconnectFromHost();
    }

    void writeChunk(const QJsonObject &delta, const QJsonValue &finishReason = QJsonValue::Null)
    {
        QJsonObject chunk = completionHead(u"chat.completion.chunk"_s);
        const QJsonObject choice{{"index"_L1, 0}, {"delta"_L1, delta}, {"finish_reason"_L1, finishReason}};
        chunk.insert("choices"_L1, QJsonArray{choice});
        writeEvent(compact(chunk));
    }

    /// One SSE event in one HTTP chunk.
    void writeEvent(const QByteArray &data)
    {
        const QByteArray event = "data: " + data + "\n\n";
        m_socket->write(QByteArray::number(event.size(), 16) + "\r\n" + event + "\r\n");
    }

    void respondError(int status, const QByteArray &reason, const QString &message,
                      const QByteArray &extraHeaders = {})
    {
        const QString type = status == 404 ? u"not_found"_s : u"invalid_request_error"_s;
        respond(status, reason, "application/json", errorBody(message, type), extraHeaders);
    }

    void respond(int status, const QByteArray &reason, const QByteArray &contentType, const QByteArray &body,
                 const QByteArray &extraHeaders = {})
    {
        m_answered = true;
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + "Content-Type: "
                        + contentType + "\r\n" + "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
                        + extraHeaders + "Connection: close\r\n\r\n" + body);
        m_socket->readAll();
        m_socket->disconnectFromHost();
    }

    /// Stops for good, whoever ended the connection; safe to call twice.
    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_timer.stop();
        m_server->onConnectionClosed();
        // We may be inside one of the socket's signals.
        deleteLater();
    }

    QTcpSocket *m_socket;
    DemoServer *m_server;
    QTimer m_timer;
    QElapsedTimer m_clock;

    QByteArray m_buffer;
    qsizetype m_headEnd = -1;
    qsizetype m_contentLength = 0;
    QByteArray m_method;
    QByteArray m_path;
    bool m_answered = false;
    bool m_closed = false;

    QString m_id;
    QString m_model;
    qint64 m_created = 0;
    QStringList m_tokens;
    qsizetype m_sent = 0;
    double m_tokensPerSecond = 0;
};

DemoServer::DemoServer(QObject *parent) : QObject(parent), m_server(this), m_reply(loadReply())
{
    connect(&m_server, &QTcpServer::newConnection, this, &DemoServer::onNewConnection);
}

DemoServer::~DemoServer() = default;

bool DemoServer::listen()
{
    if (m_server.isListening())
        return true;
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        qCWarning(lcDemo) << "cannot listen on 127.0.0.1:" << m_server.errorString();
        return false;
    }
    qCDebug(lcDemo) << "listening on" << baseUrl().toDisplayString();
    return true;
}

QUrl DemoServer::baseUrl() const
{
    if (!m_server.isListening())
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server.serverPort());
    url.setPath(u"/v1"_s);
    return url;
}

void DemoServer::setTokensPerSecond(double tokensPerSecond)
{
    m_tokensPerSecond = tokensPerSecond;
}

void DemoServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        new Connection(socket, this);
        ++m_connectionCount;
        Q_EMIT connectionCountChanged(m_connectionCount);
    }
}

void DemoServer::onConnectionClosed()
{
    --m_connectionCount;
    Q_EMIT connectionCountChanged(m_connectionCount);
}

} // namespace inkchat::demo
