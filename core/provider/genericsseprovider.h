#pragma once

#include "genericendpointprovider.h"

namespace inkchat::provider {

/// Any endpoint that streams the reply text as Server-Sent Events (the
/// request is GenericEndpointProvider's); the data of every event is reply
/// text. `data: [DONE]` is the end signal: a body that ends without it
/// was interrupted. An `event: error` event, or the non-standard `error:`
/// field of older llama.cpp servers, is a provider error. Each event id
/// becomes a ResumePoint (the Last-Event-ID to reconnect with).
class GenericSseProvider final : public GenericEndpointProvider
{
public:
    GenericSseProvider();
    QString id() const override;
    std::unique_ptr<ReplyDecoder> createDecoder() const override;
};

} // namespace inkchat::provider
