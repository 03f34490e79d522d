#include "provider.h"

#include "httperror.h"

#include <QDateTime>

namespace inkchat::provider {

// The one place a provider reads the clock: the interface keeps
// describeHttpError simple for callers, httpError() takes `now` for tests.
Error Provider::describeHttpError(const HttpErrorResponse &response) const
{
    return httpError(response, QDateTime::currentDateTimeUtc());
}

} // namespace inkchat::provider
