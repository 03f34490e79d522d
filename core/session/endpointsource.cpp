#include "endpointsource.h"

#include <QTimer>

namespace inkchat::session {

void FixedEndpointSource::resolve(std::function<void(Result<ResolvedEndpoint>)> done)
{
    QTimer::singleShot(0, [endpoint = m_endpoint, done = std::move(done)] { done(endpoint); });
}

} // namespace inkchat::session
