#pragma once

#include "provider.h"

#include "util/error.h"

#include <QDateTime>

namespace inkchat::provider {

/// The default reading of an HTTP error response, with the clock injected:
/// "HTTP 429 Too Many Requests: Rate limit reached (rate_limit_exceeded)".
/// Kind Http, the status, retryable for statuses where a later attempt can
/// succeed (408, 409, 425, 429, 500, 502, 503, 504, 529) and the Retry-After
/// wait. The message may echo server text: callers redact() it.
Error httpError(const HttpErrorResponse &response, const QDateTime &now);

/// The standard reason phrase of a status ("Not Found"), empty when unknown.
QString httpReasonPhrase(int status);

} // namespace inkchat::provider
