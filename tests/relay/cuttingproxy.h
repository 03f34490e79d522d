#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

namespace inkchat::test::relay {

/// A loopback TCP proxy that cuts streamed answers: a bad Wi-Fi between an
/// e-reader and its relay, at chosen bytes. Each cut belongs to a response
/// that streams (text/event-stream), in turn: the connection carrying it
/// is aborted, both ways, once the cut's byte went through to the client.
/// A stream that ends before its cut hands the cut on to the next stream,
/// so every cut falls in a reply (answers that do not stream, connections
/// Qt opens and never uses, or keeps alive for later, take none).
class CuttingProxy : public QObject
{
    Q_OBJECT

public:
    struct Cut
    {
        /// Bytes of the body let through...
        qsizetype bytes = 0;
        /// ... after the end (the blank line) of this event of the stream;
        /// 0: from the first byte of the body.
        int afterEvent = 0;
    };

    CuttingProxy(quint16 targetPort, QList<Cut> cuts);
    /// Cuts after so many bytes of each stream's body.
    CuttingProxy(quint16 targetPort, const QList<qsizetype> &bodyBytes);

    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    /// Streamed responses that began, cut or not.
    int streams() const { return m_streams; }
    int cutsMade() const { return m_cutsMade; }
    /// What became of each stream, for a failure's message.
    QString log() const { return m_log.join(u'\n'); }

private:
    struct Exchange;
    void onNewConnection();
    void forwardResponse(QTcpSocket *client, QTcpSocket *upstream, Exchange &exchange);
    /// Sends a response's body bytes on; false once it cut the stream there.
    bool forwardBody(QTcpSocket *client, QTcpSocket *upstream, Exchange &exchange, QByteArray bytes);
    void onConnectionEnded(Exchange &exchange);

    QTcpServer m_server;
    quint16 m_targetPort;
    /// Cuts not yet made, the next first.
    QList<Cut> m_cuts;
    int m_connections = 0;
    int m_streams = 0;
    int m_cutsMade = 0;
    QStringList m_log;
};

} // namespace inkchat::test::relay
