#include "eventstreamer.h"

#include "heartbeat.h"
#include "sseformat.h"

#include "http/responsestream.h"
#include "replies/replyhub.h"

namespace inkchat::relay {

namespace {

/// Events read from the log at once while catching up.
constexpr int kBatch = 256;
/// Catching up waits for the client to take this much before reading on,
/// so a long reply replayed to a slow client is never all in memory.
constexpr qsizetype kCatchUpBuffer = 64 * 1024;

} // namespace

EventStreamer::EventStreamer(ResponseStream &stream, ReplyHub &hub, Heartbeat &heartbeat, QString replyId,
                             qint64 afterSeq, Options options)
    : QObject(&stream),
      m_stream(&stream),
      m_hub(hub),
      m_replyId(std::move(replyId)),
      m_lastSeq(afterSeq),
      m_options(std::move(options))
{
    connect(&hub, &ReplyHub::eventAdded, this, &EventStreamer::onEventAdded);
    connect(&stream, &ResponseStream::drained, this, [this] {
        if (std::exchange(m_waitingForDrain, false))
            pump();
    });
    if (m_options.mode == Mode::Stream) {
        connect(&heartbeat, &Heartbeat::beat, this, &EventStreamer::onBeat);
    } else {
        m_pollTimer.setSingleShot(true);
        connect(&m_pollTimer, &QTimer::timeout, this, [this] {
            if (m_stream)
                m_stream->write(sse::pending());
            finish();
        });
    }
}

void EventStreamer::begin()
{
    pump();
    if (m_options.mode == Mode::LongPoll && m_stream && m_stream->isOpen())
        m_pollTimer.start(m_options.pollWait);
}

void EventStreamer::pump()
{
    while (m_stream && m_stream->isOpen()) {
        if (m_stream->pendingSize() > kCatchUpBuffer) {
            m_waitingForDrain = true;
            return;
        }
        const Result<QList<ReplyEvent>> events = m_hub.log().eventsAfter(m_replyId, m_lastSeq, kBatch);
        if (!events) {
            finish();
            return;
        }
        m_caughtUp = events->isEmpty();
        if (m_caughtUp) {
            if (m_options.mode == Mode::LongPoll && m_sent > 0)
                finish();
            return;
        }
        for (const ReplyEvent &event : *events) {
            if (!send(event))
                return;
        }
    }
}

void EventStreamer::onEventAdded(const QString &replyId, const ReplyEvent &event)
{
    if (replyId != m_replyId || !m_caughtUp || !m_stream || !m_stream->isOpen())
        return;
    if (event.seq == m_lastSeq + 1) {
        if (send(event) && m_options.mode == Mode::LongPoll)
            finish();
    } else if (event.seq > m_lastSeq + 1) {
        pump(); // missed some (the log is ahead): read them from there
    }
}

bool EventStreamer::send(const ReplyEvent &event)
{
    if (!m_stream || !m_stream->write(sse::event(event)))
        return false;
    m_lastSeq = event.seq;
    ++m_sent;
    if (event.kind == ReplyEvent::Kind::End) {
        finish();
        return false;
    }
    return true;
}

void EventStreamer::checkAllowed()
{
    if (m_stream && m_stream->isOpen() && m_options.stillAllowed && !m_options.stillAllowed())
        finish();
}

void EventStreamer::onBeat()
{
    checkAllowed();
    if (m_stream && m_stream->isOpen())
        m_stream->write(sse::heartbeat());
}

void EventStreamer::finish()
{
    m_pollTimer.stop();
    if (m_stream)
        m_stream->finish();
}

} // namespace inkchat::relay
