#pragma once

#include "provider.h"

namespace inkchat::provider {

/// Ollama's native chat API: POST {base}/api/chat with "stream": true; the
/// reply is newline-delimited JSON. The reply is complete on the object with
/// "done": true, which also carries the stop reason and the token counts.
/// A key, when given (Ollama behind a proxy, ollama.com), goes in an
/// Authorization: Bearer header.
///
/// Rungs: Stream, then Single ("stream": false, answered by one object
/// shaped like the last line of a stream). A dropped reply is continued with
/// the partial text as the last assistant message.
class OllamaProvider final : public Provider
{
public:
    OllamaProvider();
    StreamRequest buildRequest(const chat::Conversation &conversation, const Endpoint &endpoint,
                               Rung rung) const override;
    std::unique_ptr<ReplyDecoder> createDecoder(Rung rung) const override;
    /// `GET {base}/api/tags`, answered by {"models": [{"name"}]}: the
    /// models pulled on the server, most recently changed first.
    std::optional<StreamRequest> buildModelListRequest(const Endpoint &endpoint) const override;
    Result<QStringList> parseModelList(const QByteArray &body) const override;
};

} // namespace inkchat::provider
