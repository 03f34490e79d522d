#pragma once

#include "session/endpointsource.h"

#include <QString>

namespace inkchat::relay {

/// The upstream of a headless relay: a provider and base URL given on the
/// command line, and the key in a file only its owner may read (as ssh
/// wants of a private key). The file is read for every reply, so a new key
/// takes effect without a restart, and refused when others could read it.
class KeyFileEndpointSource final : public session::EndpointSource
{
public:
    KeyFileEndpointSource(session::ResolvedEndpoint endpoint, QString keyFile);

    void resolve(std::function<void(Result<session::ResolvedEndpoint>)> done) override;

    /// The key in `path`, trimmed; an Error when the file is missing, empty,
    /// not the user's own, or readable by group or others.
    static Result<QString> readKey(const QString &path);

private:
    session::ResolvedEndpoint m_endpoint;
    QString m_keyFile;
};

} // namespace inkchat::relay
