#pragma once

#include "provider.h"

namespace inkchat::provider {

/// OpenAI Responses API (`POST {base}/responses`, SSE with typed events).
/// The reply is complete at `response.completed` or `response.incomplete`
/// (a deliberate stop, e.g. max_output_tokens); every event's
/// sequence_number becomes a ResumePoint for `starting_after`.
class OpenAiResponsesProvider : public Provider
{
public:
    QString id() const override;
    StreamRequest buildRequest(const chat::Conversation &conversation,
                               const Endpoint &endpoint) const override;
    std::unique_ptr<ReplyDecoder> createDecoder() const override;
};

} // namespace inkchat::provider
