#pragma once

#include <QByteArray>

namespace inkchat::stream {

/// One dispatched Server-Sent Event. All fields are valid UTF-8: invalid
/// input bytes have already become U+FFFD, as the WHATWG decoding step says.
struct SseEvent
{
    QByteArray type;        ///< the `event` field, "message" when absent
    QByteArray data;        ///< `data` lines joined with LF, final LF removed
    QByteArray lastEventId; ///< the last event id, which persists across events

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

} // namespace inkchat::stream
