#include "cuttingproxy.h"

#include <QTcpSocket>

#include <memory>
#include <optional>

namespace inkchat::test::relay {

namespace {

QByteArray headerValue(const QByteArray &head, QByteArrayView name)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.sliced(colon + 1).trimmed();
    }
    return {};
}

/// Where `cut` falls in a stream's `body`, once enough of it is known.
std::optional<qsizetype> cutOffset(const QByteArray &body, const CuttingProxy::Cut &cut)
{
    qsizetype from = 0;
    for (int event = 0; event < cut.afterEvent; ++event) {
        const qsizetype end = body.indexOf("\n\n", from);
        if (end < 0)
            return std::nullopt;
        from = end + 2;
    }
    return from + cut.bytes;
}

} // namespace

/// One connection: the response being passed on, and the cut it carries.
struct CuttingProxy::Exchange
{
    bool readingHead = true;
    QByteArray head;
    /// Body bytes still to come; -1: until the connection closes.
    qsizetype bodyLeft = -1;
    int stream = -1;
    std::optional<Cut> cut;
    /// The stream's body so far, while it carries a cut.
    QByteArray body;
};

CuttingProxy::CuttingProxy(quint16 targetPort, QList<Cut> cuts)
    : m_targetPort(targetPort),
      m_cuts(std::move(cuts))
{
    connect(&m_server, &QTcpServer::newConnection, this, &CuttingProxy::onNewConnection);
    m_server.listen(QHostAddress::LocalHost);
}

CuttingProxy::CuttingProxy(quint16 targetPort, const QList<qsizetype> &bodyBytes)
    : CuttingProxy(targetPort, [&bodyBytes] {
          QList<Cut> cuts;
          for (const qsizetype bytes : bodyBytes)
              cuts.append({bytes, 0});
          return cuts;
      }())
{
}

void CuttingProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        auto *upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        auto exchange = std::make_shared<Exchange>();
        connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client,
                [this, client, upstream, exchange] { forwardResponse(client, upstream, *exchange); });
        connect(upstream, &QTcpSocket::disconnected, client, [this, client, exchange] {
            onConnectionEnded(*exchange);
            client->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, client, [this, client, exchange] {
            onConnectionEnded(*exchange);
            client->deleteLater();
        });
    }
}

void CuttingProxy::forwardResponse(QTcpSocket *client, QTcpSocket *upstream, Exchange &exchange)
{
    QByteArray bytes = upstream->readAll();
    while (!bytes.isEmpty()) {
        if (exchange.readingHead) {
            exchange.head += bytes;
            const qsizetype end = exchange.head.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = exchange.head.first(end + 4);
            bytes = exchange.head.sliced(end + 4);
            exchange.head.clear();
            exchange.readingHead = false;
            client->write(head);
            const int status = head.mid(9, 3).toInt();
            const QByteArray length = headerValue(head, "Content-Length");
            exchange.bodyLeft = status < 200 || status == 204 || status == 304 ? 0
                                : length.isEmpty()                             ? -1
                                                                               : length.toLongLong();
            if (headerValue(head, "Content-Type").startsWith("text/event-stream")) {
                exchange.stream = m_streams++;
                if (!m_cuts.isEmpty())
                    exchange.cut = m_cuts.takeFirst();
                exchange.body.clear();
            }
        }
        const qsizetype take = exchange.bodyLeft < 0 ? bytes.size()
                                                     : std::min(exchange.bodyLeft, bytes.size());
        if (!forwardBody(client, upstream, exchange, bytes.first(take)))
            return;
        bytes.remove(0, take);
        if (exchange.bodyLeft >= 0) {
            exchange.bodyLeft -= take;
            // The connection is kept alive: what follows is the next response.
            exchange.readingHead = exchange.bodyLeft == 0;
        }
    }
}

bool CuttingProxy::forwardBody(QTcpSocket *client, QTcpSocket *upstream, Exchange &exchange, QByteArray bytes)
{
    if (!exchange.cut) {
        client->write(bytes);
        return true;
    }
    const qsizetype sentBefore = exchange.body.size();
    exchange.body += bytes;
    const std::optional<qsizetype> cut = cutOffset(exchange.body, *exchange.cut);
    if (!cut || exchange.body.size() < *cut) {
        client->write(bytes);
        return true;
    }
    client->write(bytes.first(*cut - sentBefore));
    client->flush();
    ++m_cutsMade;
    m_log.append(QStringLiteral("stream %1 cut after %2 body bytes").arg(exchange.stream).arg(*cut));
    exchange.cut.reset();
    upstream->abort();
    client->abort();
    client->deleteLater();
    return false;
}

void CuttingProxy::onConnectionEnded(Exchange &exchange)
{
    if (!exchange.cut)
        return;
    m_log.append(QStringLiteral("stream %1 ended after %2 body bytes, before its cut (%3 after event %4)")
                     .arg(exchange.stream)
                     .arg(exchange.body.size())
                     .arg(exchange.cut->bytes)
                     .arg(exchange.cut->afterEvent));
    // The next stream carries it.
    m_cuts.prepend(*exchange.cut);
    exchange.cut.reset();
}

} // namespace inkchat::test::relay
