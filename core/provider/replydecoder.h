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

    /// True once the provider's own end signal has been seen ([DONE] after a
    /// finish reason, message_stop, response.completed, "done": true, ...).
    /// A reply that ends without it was interrupted.
    virtual bool isComplete() const = 0;
};

} // namespace inkchat::provider
