#pragma once

#include "provider.h"

namespace inkchat::provider {

/// OpenAI Responses API (`{base}/responses`, typed events). The reply is
/// complete at `response.completed` or `response.incomplete` (a deliberate
/// stop, e.g. max_output_tokens).
///
/// Rungs: WebSocket (the same events as WebSocket messages, asked for with a
/// `response.create` message), Stream (SSE), Poll (a background response
/// fetched with `GET /responses/{id}` until it is done), Single. Stream and
/// Poll ask for a stored background response so that a dropped reply can be
/// picked up: every streamed event's sequence_number becomes a ResumePoint
/// for `starting_after`, with the response id.
class OpenAiResponsesProvider : public Provider
{
public:
    OpenAiResponsesProvider();
    StreamRequest buildRequest(const chat::Conversation &conversation, const Endpoint &endpoint,
                               Rung rung) const override;
    std::unique_ptr<ReplyDecoder> createDecoder(Rung rung) const override;

    /// Stream: `GET {base}/responses/{id}?stream=true&starting_after={position}`;
    /// Poll: `GET {base}/responses/{id}`. Both need the response id.
    std::optional<StreamRequest> buildResumeRequest(const chat::Conversation &conversation,
                                                    const Endpoint &endpoint, Rung rung,
                                                    const ResumeState &resume) const override;
    /// OpenAI's `GET {base}/models`, as for Chat Completions.
    std::optional<StreamRequest> buildModelListRequest(const Endpoint &endpoint) const override;
    Result<QStringList> parseModelList(const QByteArray &body) const override;
};

} // namespace inkchat::provider
