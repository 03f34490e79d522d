#pragma once

#include "provider.h"

#include <QByteArray>

namespace inkchat::provider {

/// Base of the generic endpoints: POST the base URL as given with
/// {"messages": [...]} (the system prompt first), "model" only when one is
/// set, and the key as an Authorization: Bearer header. Subclasses say how
/// the reply streams and decode it.
class GenericEndpointProvider : public Provider
{
public:
    bool needsModel() const override { return false; }
    StreamRequest buildRequest(const chat::Conversation &conversation,
                               const Endpoint &endpoint) const override;

protected:
    /// `accept` is the Accept header that asks for this framing.
    GenericEndpointProvider(Framing framing, QByteArray accept);

private:
    Framing m_framing;
    QByteArray m_accept;
};

} // namespace inkchat::provider
