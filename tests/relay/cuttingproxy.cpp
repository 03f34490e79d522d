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
        const qsizetype cut = m_connections < m_cuts.size() ? m_cuts.at(m_connections) : -1;
        ++m_connections;
        auto *upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        struct State
        {
            bool headDone = false;
            QByteArray head;
            qsizetype bodySent = 0;
        };
        auto state = std::make_shared<State>();
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, cut, state] {
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
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, [client] { client->deleteLater(); });
    }
}

} // namespace inkchat::test::relay
