#pragma once

#include "frame.h"
#include "streamevent.h"

namespace inkchat::provider {

/// Turns the frames of one reply into stream events. Stateful (one per
/// reply), pure: no I/O, no clock.
class ReplyDecoder
{
public:
    virtual ~ReplyDecoder() = default;

    /// Appends the events this frame carries to out. A frame the decoder
    /// cannot understand becomes a ProviderError with Error::Kind::Protocol.
    virtual void decode(const Frame &frame, StreamEvents &out) = 0;

    /// The body ended cleanly: the transport saw its whole length or final
    /// chunk. A format without an end signal of its own (plain text) takes
    /// this as the end of the reply; the others ignore it.
    virtual void bodyEnded() {}

    /// True once the provider's own end signal has been seen ([DONE] after a
    /// finish reason, message_stop, response.completed, "done": true, ...).
    /// A reply that ends without it was interrupted.
    virtual bool isComplete() const = 0;

    /// True when the server said the reply is still being written and has
    /// none of it to give yet (a background response polled while queued or
    /// in progress): the body ended without the end signal, but nothing was
    /// lost; ask again later.
    virtual bool isPending() const { return false; }
};

} // namespace inkchat::provider
