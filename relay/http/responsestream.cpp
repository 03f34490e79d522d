#include "responsestream.h"

#include <cstring>

namespace inkchat::relay {

ResponseStream::ResponseStream(qsizetype maxBuffered, QObject *parent)
    : QObject(parent),
      m_maxBuffered(maxBuffered)
{
}

bool ResponseStream::write(const QByteArray &bytes)
{
    if (!isOpen() || m_overflow)
        return false;
    if (m_buffer.size() - m_offset + bytes.size() > m_maxBuffered) {
        m_overflow = true;
        Q_EMIT readyToSend(); // the server ends the connection
        return false;
    }
    // What went out is dropped before the buffer grows.
    if (m_offset > 0 && m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    }
    m_buffer.append(bytes);
    Q_EMIT readyToSend();
    return true;
}

void ResponseStream::finish()
{
    if (!isOpen())
        return;
    m_finished = true;
    Q_EMIT readyToSend();
}

qsizetype ResponseStream::take(char *out, qsizetype max)
{
    const qsizetype n = std::min(max, m_buffer.size() - m_offset);
    std::memcpy(out, m_buffer.constData() + m_offset, size_t(n));
    m_offset += n;
    if (m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
        // A long-lived stream must not keep the capacity of its largest burst.
        m_buffer.squeeze();
        // Not from inside libmicrohttpd's callback: a writer may answer with more.
        QMetaObject::invokeMethod(this, &ResponseStream::drained, Qt::QueuedConnection);
    }
    return n;
}

void ResponseStream::markClosed()
{
    if (m_closed)
        return;
    m_closed = true;
    Q_EMIT closed();
}

} // namespace inkchat::relay
