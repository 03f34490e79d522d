#pragma once

#include "genericendpointprovider.h"

namespace inkchat::provider {

/// An endpoint that answers with the reply as a plain (usually chunked)
/// text body (the request is GenericEndpointProvider's).
///
/// Plain text has no end signal of its own: the clean end of the body is
/// the end of the reply, which the decoder learns from ReplyReader::finish()
/// (ReplyDecoder::bodyEnded()). A connection that breaks before it is an
/// interrupted reply. The price: a server that closes early, but cleanly,
/// cannot be told apart from a short answer.
///
/// Rungs: Stream, then Single. Both send the same request and read the body
/// the same way: a proxy that buffers the whole body changes only when the
/// text shows up. Nothing can resume or continue a plain-text reply.
class PlainTextProvider final : public GenericEndpointProvider
{
public:
    PlainTextProvider();
    std::unique_ptr<ReplyDecoder> createDecoder(Rung rung) const override;
};

} // namespace inkchat::provider
