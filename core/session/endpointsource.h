#pragma once

#include "provider/provider.h"
#include "transport/tlstrust.h"
#include "util/result.h"

#include <QString>

#include <functional>

namespace inkchat::session {

/// Where a reply goes: a provider, its endpoint (with the key) and the
/// authorities to trust besides the system's.
struct ResolvedEndpoint
{
    QString providerId;
    provider::Endpoint endpoint;
    transport::TlsTrust tls;
};

/// Says where the next reply goes. Asked once per reply, when it starts,
/// so a key read from the keychain lives no longer than the reply.
class EndpointSource
{
public:
    virtual ~EndpointSource() = default;

    /// Answers once, later, from the event loop; never before returning.
    virtual void resolve(std::function<void(Result<ResolvedEndpoint>)> done) = 0;
};

/// An endpoint known up front: `inkchat-cli chat --provider ... --base-url ...`.
class FixedEndpointSource final : public EndpointSource
{
public:
    explicit FixedEndpointSource(ResolvedEndpoint endpoint) : m_endpoint(std::move(endpoint)) {}

    void resolve(std::function<void(Result<ResolvedEndpoint>)> done) override;

private:
    ResolvedEndpoint m_endpoint;
};

} // namespace inkchat::session
