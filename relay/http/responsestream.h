#pragma once

#include <QByteArray>
#include <QObject>

namespace inkchat::relay {

/// The body of one streamed response, written from the event loop as it
/// comes. The server sends what is written as fast as the client reads; a
/// client that reads slower than `maxBuffered` allows is dropped rather
/// than kept in memory. Owned by the server: it emits closed() once, when
/// the connection ends (finished, or the client went away), and is deleted
/// later; hold it by QPointer.
class ResponseStream : public QObject
{
    Q_OBJECT

public:
    explicit ResponseStream(qsizetype maxBuffered, QObject *parent = nullptr);

    /// Queues bytes for the client; false when the stream is closed or the
    /// client is too far behind (then the connection is dropped).
    bool write(const QByteArray &bytes);
    /// Ends the body once what was written has gone out.
    void finish();
    bool isOpen() const { return !m_closed && !m_finished; }

    // For the server.
    /// Takes up to `max` bytes that wait to go out.
    qsizetype take(char *out, qsizetype max);
    bool hasPending() const { return m_offset < m_buffer.size(); }
    qsizetype pendingSize() const { return m_buffer.size() - m_offset; }
    bool isFinished() const { return m_finished; }
    bool isOverflowing() const { return m_overflow; }
    void markClosed();

Q_SIGNALS:
    /// Data or the end is waiting for a suspended connection.
    void readyToSend();
    /// Everything written went out (emitted from the event loop).
    void drained();
    void closed();

private:
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    qsizetype m_maxBuffered;
    bool m_finished = false;
    bool m_closed = false;
    bool m_overflow = false;
};

} // namespace inkchat::relay
