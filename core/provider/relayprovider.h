#pragma once

#include "provider.h"

namespace inkchat::provider {

/// An inkchat-relay (relay/, docs/relay.md): it asks the real provider and
/// stores the reply as numbered events, so whatever the provider behind it,
/// a reply the network cut off is picked up by event id with nothing lost
/// or repeated. The key is the device token that `inkchat-relay pair` gave
/// this device.
///
/// Stream rung: `POST {base}/v1/replies` answered with SSE: `event: reply`
/// names the reply, each `event: text` (`{"t": ...}`, id N) is a piece,
/// `event: restart` says the text after it replaces the text before it
/// (the upstream answered afresh), `event: end` says how it ended. Every
/// POST of one reply carries the connector's Idempotency-Key, so a POST
/// cut before `event: reply` is answered with the reply it started. Resumed with `GET
/// {base}/v1/replies/ID/events` and `Last-Event-ID: N`. Poll rung: the same
/// as long polls (`?mode=poll`, then `/poll`); a poll that ends before the
/// reply does is not a failure, only "ask again".
class RelayProvider final : public Provider
{
public:
    RelayProvider();

    StreamRequest buildRequest(const chat::Conversation &conversation, const Endpoint &endpoint,
                               Rung rung) const override;
    std::unique_ptr<ReplyDecoder> createDecoder(Rung rung) const override;
    /// From the event after `resume.position` (or the first) of the reply
    /// `resume.responseId`; nullopt before the relay named the reply.
    std::optional<StreamRequest> buildResumeRequest(const chat::Conversation &conversation,
                                                    const Endpoint &endpoint, Rung rung,
                                                    const ResumeState &resume) const override;

    /// `POST {base}/v1/pair`: trades the one-time code `inkchat-relay pair`
    /// showed for this device's token. Carries no key.
    static StreamRequest buildPairRequest(const Endpoint &endpoint, const QString &code,
                                          const QString &deviceName);
    /// The token in the relay's answer to buildPairRequest().
    static Result<QString> parsePairAnswer(const QByteArray &body);
};

} // namespace inkchat::provider
