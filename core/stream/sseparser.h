#pragma once

#include "linesplitter.h"
#include "sseevent.h"
#include "streamlimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <string>

namespace inkchat::stream {

/// Receives what SseParser finds. Only onEvent is required; the rest are
/// hooks for callers that care (reconnect delay, heartbeats, servers that
/// put errors where the standard says to ignore them).
class SseHandler
{
public:
    virtual ~SseHandler() = default;
    virtual void onEvent(const SseEvent &event) = 0;
    /// A `retry` field whose value is all ASCII digits, in milliseconds.
    virtual void onRetry(qint64 milliseconds) { Q_UNUSED(milliseconds) }
    /// A comment line (starts with ':'), without the colon. Servers send
    /// these as heartbeats.
    virtual void onComment(QByteArrayView text) { Q_UNUSED(text) }
    /// A line whose field name is none of data/event/id/retry. The standard
    /// ignores it; some servers put errors there (an `error:` field, or a bare
    /// JSON object written into the stream). `line` is the whole line, UTF-8.
    virtual void onUnknownField(QByteArrayView name, QByteArrayView value, QByteArrayView line)
    {
        Q_UNUSED(name)
        Q_UNUSED(value)
        Q_UNUSED(line)
    }
};

/// Incremental parser for the WHATWG HTML "event stream interpretation".
///
/// Pure: bytes in, handler calls out; no event loop, no clock. Feed it chunks
/// split anywhere (one byte at a time, a UTF-8 character cut in two, CR and
/// LF in different chunks): the events are the same.
class SseParser
{
public:
    explicit SseParser(Limits limits = {});

    /// Parses a chunk. Returns false once a limit has been broken; from then
    /// on the parser ignores input and error() names the limit. Events
    /// dispatched before the violation stay dispatched.
    bool feed(QByteArrayView chunk, SseHandler &handler);

    /// End of stream: an unterminated event is discarded, as the standard
    /// says (an unterminated last line with an unknown field still reaches
    /// onUnknownField). The last event id is kept for a reconnection.
    void finish(SseHandler &handler);

    /// Forgets everything but the last event id, for a new connection.
    void reset();

    /// The last event id of the last dispatched event (what a reconnection
    /// sends as Last-Event-ID).
    const QByteArray &lastEventId() const { return m_lastEventId; }
    const std::optional<QString> &error() const { return m_lines.error(); }
    BrokenLimit brokenLimit() const { return m_lines.brokenLimit(); }

    /// Bytes of an event not dispatched yet: its data lines and the line
    /// still arriving. Growing, they are a large event on its way, not a
    /// heartbeat. A comment still arriving is a heartbeat: a flood of them
    /// splits lines at every read, and must not pass for a reply coming.
    qsizetype pendingSize() const
    {
        const QByteArrayView line = m_lines.pending();
        return (line.startsWith(':') ? 0 : line.size()) + qsizetype(m_data.size());
    }

private:
    bool feedLines(QByteArrayView chunk, SseHandler &handler);
    void processLine(QByteArrayView line, SseHandler &handler);
    void processValidLine(QByteArrayView line, SseHandler &handler);
    void dispatch(SseHandler &handler);

    LineSplitter m_lines;
    Limits m_limits;
    std::string m_data;             ///< data buffer: data lines, each followed by LF
    QByteArray m_type;              ///< event type buffer
    QByteArray m_lastEventIdBuffer; ///< set by `id`, committed on dispatch
    QByteArray m_lastEventId;       ///< the last event ID string
    SseEvent m_event;               ///< reused for every dispatch
    QByteArray m_bomPrefix;         ///< leading bytes that may still be a BOM
    bool m_bomChecked = false;
};

} // namespace inkchat::stream
