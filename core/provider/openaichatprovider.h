#pragma once

#include "provider.h"

namespace inkchat::provider {

/// OpenAI Chat Completions (`POST {base}/chat/completions`, SSE), also the
/// wire format of most OpenAI-compatible servers (vLLM, llama.cpp, LM Studio,
/// DeepSeek, OpenRouter, ...). The reply is complete only when `data: [DONE]`
/// follows a finish_reason: a [DONE] alone is what some proxies send when the
/// upstream stream broke, so it does not vouch for a whole reply.
///
/// Rungs: Stream, then Single (the same request with "stream": false,
/// answered by one chat.completion object). OpenAI answers a trailing
/// assistant message afresh, so a dropped reply is restarted there; a
/// compatible server that carries on from one (Endpoint::server, see
/// Prefill) is asked to continue the partial reply its own way.
class OpenAiChatProvider : public Provider
{
public:
    OpenAiChatProvider();
    StreamRequest buildRequest(const chat::Conversation &conversation, const Endpoint &endpoint,
                               Rung rung) const override;
    std::unique_ptr<ReplyDecoder> createDecoder(Rung rung) const override;
    StreamRequest buildContinuationRequest(const chat::Conversation &conversation, const Endpoint &endpoint,
                                           Rung rung, const QString &partialReply) const override;
    /// `GET {base}/models`, answered by {"data": [{"id"}]}: OpenAI and the
    /// compatible servers (LM Studio, vLLM, llama.cpp, OpenRouter).
    std::optional<StreamRequest> buildModelListRequest(const Endpoint &endpoint) const override;
    Result<QStringList> parseModelList(const QByteArray &body) const override;
};

} // namespace inkchat::provider
