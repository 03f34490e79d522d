#pragma once

#include "provider.h"

namespace inkchat::provider {

/// Anthropic Messages API (`POST {base}/v1/messages`, SSE). The reply is
/// complete at `message_stop`; `ping` events are heartbeats; an `error`
/// event (e.g. overloaded_error) ends the reply as a ProviderError that is
/// retryable when the error type is transient.
///
/// Rungs: Stream, then Single (the same request with "stream": false,
/// answered by one message object). A dropped reply is continued with the
/// partial text as assistant prefill, which the model carries on.
class AnthropicProvider : public Provider
{
public:
    AnthropicProvider();
    /// Sent as `max_tokens`, which the API requires.
    static constexpr int kMaxTokens = 4096;

    StreamRequest buildRequest(const chat::Conversation &conversation, const Endpoint &endpoint,
                               Rung rung) const override;
    std::unique_ptr<ReplyDecoder> createDecoder(Rung rung) const override;
};

} // namespace inkchat::provider
