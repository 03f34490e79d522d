#pragma once

#include "genericendpointprovider.h"

namespace inkchat::provider {

/// An endpoint that answers with the reply as a plain (usually chunked)
/// text body (the request is GenericEndpointProvider's).
///
/// Plain text has no end signal of its own: the clean end of the body is
/// the end of the reply, and only the transport sees it. ReplyReader::finish()
/// runs only after a clean end, and a broken connection is reported by the
/// transport as its own error, so the decoder has nothing to wait for and
/// isComplete() is always true. The price: a server that closes early, but
/// cleanly, cannot be told apart from a short answer.
class PlainTextProvider final : public GenericEndpointProvider
{
public:
    PlainTextProvider();
    QString id() const override;
    std::unique_ptr<ReplyDecoder> createDecoder() const override;
};

} // namespace inkchat::provider
