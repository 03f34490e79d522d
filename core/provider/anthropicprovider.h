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
/// partial text as assistant prefill, which the model carries on; models
/// that refuse a prefill (Claude 4.6 and later answer 400) get the reply
/// asked for again instead (see Connector).
class AnthropicProvider : public Provider
{
public:
    AnthropicProvider();
    /// Sent as `max_tokens`, which the API requires, when the conversation
    /// sets no maximum.
    static constexpr int kMaxTokens = 4096;
    /// The `anthropic-version` header: the current API version. Its breaking
    /// changes over 2023-06-01 (sampling parameters, documents in assistant
    /// turns, citations in user turns rejected) touch nothing Inkchat sends,
    /// and 2023-06-01 "may be unavailable for new users" (Anthropic's
    /// versioning page).
    static constexpr QByteArrayView kApiVersion = "2026-10-21";

    StreamRequest buildRequest(const chat::Conversation &conversation, const Endpoint &endpoint,
                               Rung rung) const override;
    std::unique_ptr<ReplyDecoder> createDecoder(Rung rung) const override;
    /// `GET {base}/v1/models?limit=1000`, answered by {"data": [{"id"}]}.
    std::optional<StreamRequest> buildModelListRequest(const Endpoint &endpoint) const override;
    Result<QStringList> parseModelList(const QByteArray &body) const override;

private:
    static void appendAuthentication(StreamRequest &request, const Endpoint &endpoint);
};

} // namespace inkchat::provider
