#pragma once

#include "provider.h"

namespace inkchat::provider {

/// Anthropic Messages API (`POST {base}/v1/messages`, SSE). The reply is
/// complete at `message_stop`; `ping` events are heartbeats; an `error`
/// event (e.g. overloaded_error) ends the reply as a ProviderError that is
/// retryable when the error type is transient.
class AnthropicProvider : public Provider
{
public:
    /// Sent as `max_tokens`, which the API requires.
    static constexpr int kMaxTokens = 4096;

    QString id() const override;
    StreamRequest buildRequest(const chat::Conversation &conversation,
                               const Endpoint &endpoint) const override;
    std::unique_ptr<ReplyDecoder> createDecoder() const override;
};

} // namespace inkchat::provider
