#pragma once

#include "provider.h"

namespace inkchat::provider {

/// Ollama's native chat API: POST {base}/api/chat with "stream": true; the
/// reply is newline-delimited JSON. The reply is complete on the object with
/// "done": true, which also carries the stop reason and the token counts.
/// A key, when given (Ollama behind a proxy, ollama.com), goes in an
/// Authorization: Bearer header.
class OllamaProvider final : public Provider
{
public:
    QString id() const override;
    StreamRequest buildRequest(const chat::Conversation &conversation,
                               const Endpoint &endpoint) const override;
    std::unique_ptr<ReplyDecoder> createDecoder() const override;
};

} // namespace inkchat::provider
