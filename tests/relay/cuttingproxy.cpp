#include "cuttingproxy.h"

namespace inkchat::test::relay {

CuttingProxy::CuttingProxy(quint16 targetPort, QList<qsizetype> cuts)
    : m_targetPort(targetPort),
      m_cuts(std::move(cuts))
{
    connect(&m_server, &QTcpServer::newConnection, this, &CuttingProxy::onNewConnection);
    m_server.listen(QHostAddress::LocalHost);
}

void CuttingProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        auto *upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        struct State
        {
            bool requested = false;
            int index = -1;
            qsizetype cut = -1;
            bool headDone = false;
            QByteArray head;
            qsizetype bodySent = 0;
        };
        auto state = std::make_shared<State>();
        connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, state] {
            // A cut belongs to a request: a client may open a connection it
            // never sends anything on (Qt's network access manager does).
            if (!std::exchange(state->requested, true)) {
                state->cut = m_requests < m_cuts.size() ? m_cuts.at(m_requests) : -1;
                state->index = m_requests;
                ++m_requests;
            }
            upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, state] {
            const qsizetype cut = state->cut;
            QByteArray bytes = upstream->readAll();
            if (!state->headDone) {
                state->head += bytes;
                const qsizetype end = state->head.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                state->headDone = true;
                client->write(state->head.first(end + 4));
                bytes = state->head.sliced(end + 4);
            }
            if (cut >= 0 && state->bodySent + bytes.size() >= cut) {
                client->write(bytes.first(cut - state->bodySent));
                client->flush();
                ++m_cutsMade;
                upstream->abort();
                client->abort();
                client->deleteLater();
                return;
            }
            state->bodySent += bytes.size();
            client->write(bytes);
        });
        connect(upstream, &QTcpSocket::disconnected, client, [this, client, state] {
            m_log.append(QStringLiteral("request %1 ended after %2 body bytes (cut at %3)")
                             .arg(state->index)
                             .arg(state->bodySent)
                             .arg(state->cut));
            client->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, client, [client] { client->deleteLater(); });
    }
}

} // namespace inkchat::test::relay
