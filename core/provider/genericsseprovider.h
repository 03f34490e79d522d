#pragma once

#include "provider.h"

namespace inkchat::provider {

/// Any endpoint that streams the reply text as Server-Sent Events: POST the
/// base URL as given with {"messages": [...]}; the data of every event is
/// reply text. `data: [DONE]` is the end signal: a body that ends without it
/// was interrupted. An `event: error` event, or the non-standard `error:`
/// field of older llama.cpp servers, is a provider error. Each event id
/// becomes a ResumePoint (the Last-Event-ID to reconnect with).
class GenericSseProvider final : public Provider
{
public:
    QString id() const override;
    bool needsModel() const override { return false; }
    StreamRequest buildRequest(const chat::Conversation &conversation,
                               const Endpoint &endpoint) const override;
    std::unique_ptr<ReplyDecoder> createDecoder() const override;
};

} // namespace inkchat::provider
