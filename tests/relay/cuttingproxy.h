#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

namespace inkchat::test::relay {

/// A loopback TCP proxy that cuts connections: the connection that carries
/// request k (0-based; connections that carry none count for nothing) is
/// aborted, both ways, once cuts[k] bytes of its response body went through
/// to the client; requests from cuts.size() on pass untouched. A bad Wi-Fi
/// between an e-reader and its relay, at chosen bytes.
class CuttingProxy : public QObject
{
    Q_OBJECT

public:
    CuttingProxy(quint16 targetPort, QList<qsizetype> cuts);
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    int cutsMade() const { return m_cutsMade; }
    /// Each request that ended without being cut, for a failure's message.
    QString log() const { return m_log.join(u'\n'); }

private:
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_targetPort;
    QList<qsizetype> m_cuts;
    int m_connections = 0;
    int m_requests = 0;
    QStringList m_log;
    int m_cutsMade = 0;
};

} // namespace inkchat::test::relay
