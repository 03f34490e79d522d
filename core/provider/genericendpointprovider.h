#pragma once

#include "provider.h"

#include <QByteArray>

namespace inkchat::provider {

/// Base of the generic endpoints: POST the base URL as given with
/// {"messages": [...]} (the system prompt first), "model" only when one is
/// set, and the key as an Authorization: Bearer header. Subclasses say how
/// the reply streams and decode it.
///
/// A generic endpoint is not known to carry on from a partial assistant
/// turn, so a dropped reply cannot be continued (see the catalogue).
class GenericEndpointProvider : public Provider
{
public:
    /// The POST above, whatever the rung: the endpoint has one way to ask.
    StreamRequest buildRequest(const chat::Conversation &conversation, const Endpoint &endpoint,
                               Rung rung) const override;

protected:
    /// `accept` is the Accept header that asks for this framing.
    GenericEndpointProvider(ProviderKind kind, Framing framing, QByteArray accept);

    /// A GET of the base URL, with the same headers as the POST.
    StreamRequest buildGetRequest(const Endpoint &endpoint) const;

private:
    void appendHeaders(StreamRequest &request, const Endpoint &endpoint) const;

    Framing m_framing;
    QByteArray m_accept;
};

} // namespace inkchat::provider
