#pragma once

#include "genericendpointprovider.h"

namespace inkchat::provider {

/// Any endpoint that streams the reply text as Server-Sent Events (the
/// request is GenericEndpointProvider's); the data of every event is reply
/// text. `data: [DONE]` is the end signal: a body that ends without it
/// was interrupted. An `event: error` event, or the non-standard `error:`
/// field of older llama.cpp servers, is a provider error. Each event id
/// becomes a ResumePoint (the Last-Event-ID to reconnect with).
///
/// Rungs: Stream (the POST), then Poll: a GET of the base URL, which a
/// long-polling server answers with the events it has ready before it
/// closes; the next poll asks for the rest with Last-Event-ID.
class GenericSseProvider final : public GenericEndpointProvider
{
public:
    GenericSseProvider();
    StreamRequest buildRequest(const chat::Conversation &conversation, const Endpoint &endpoint,
                               Rung rung) const override;
    std::unique_ptr<ReplyDecoder> createDecoder(Rung rung) const override;

    /// The rung's request again with `Last-Event-ID: <position>`, read on
    /// by the same decoder; nullopt before the server sent an event id.
    std::optional<StreamRequest> buildResumeRequest(const chat::Conversation &conversation,
                                                    const Endpoint &endpoint, Rung rung,
                                                    const ResumeState &resume) const override;
};

} // namespace inkchat::provider
