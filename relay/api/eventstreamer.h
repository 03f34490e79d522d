#pragma once

#include "store/eventlog.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace inkchat::relay {

class Heartbeat;
class ReplyHub;
class ResponseStream;

/// Sends one client the events of one reply after the one it saw last:
/// first those stored (every missed event exactly once, in order, read in
/// batches as the client takes them), then each new one as the hub adds
/// it, until the end event. A stream (SSE) stays open, with heartbeat
/// comments, until the reply ends or the client goes; a long poll ends
/// with the first events it sends, or says `pending` when there were none
/// for `pollWait`. Deletes itself when its response closes.
class EventStreamer : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Stream, LongPoll };

    struct Options
    {
        Mode mode = Mode::Stream;
        std::chrono::milliseconds pollWait{25'000};
        /// Asked at each heartbeat and by checkAllowed(): false (the device
        /// was revoked) ends the stream.
        std::function<bool()> stillAllowed;
    };

    EventStreamer(ResponseStream &stream, ReplyHub &hub, Heartbeat &heartbeat, QString replyId,
                  qint64 afterSeq, Options options);

    /// Sends what is stored, then waits for more.
    void begin();
    /// Ends the stream if the client may no longer be served.
    void checkAllowed();

private:
    void pump();
    void onEventAdded(const QString &replyId, const ReplyEvent &event);
    /// Writes one event; false once the stream is done with.
    bool send(const ReplyEvent &event);
    void onBeat();
    void finish();

    QPointer<ResponseStream> m_stream;
    ReplyHub &m_hub;
    QString m_replyId;
    qint64 m_lastSeq = 0;
    Options m_options;
    bool m_caughtUp = false;
    bool m_waitingForDrain = false;
    int m_sent = 0;
    QTimer m_pollTimer;
};

} // namespace inkchat::relay
