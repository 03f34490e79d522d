#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace inkchat::test::relay {

/// A loopback TCP proxy that cuts connections: connection k (0-based) is
/// aborted, both ways, once cuts[k] bytes of its response body went through
/// to the client; connections from cuts.size() on pass untouched. A bad
/// Wi-Fi between an e-reader and its relay, at chosen bytes.
class CuttingProxy : public QObject
{
    Q_OBJECT

public:
    CuttingProxy(quint16 targetPort, QList<qsizetype> cuts);
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    int cutsMade() const { return m_cutsMade; }

private:
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_targetPort;
    QList<qsizetype> m_cuts;
    int m_connections = 0;
    int m_cutsMade = 0;
};

} // namespace inkchat::test::relay
