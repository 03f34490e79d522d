#pragma once

#include "provider/optionalparameter.h"
#include "util/error.h"

#include <QByteArray>

#include <optional>

namespace inkchat::transport {

/// Learns, one reply at a time, which optional request parameters an
/// endpoint refuses (see provider::OptionalParameter), so that the reply
/// is asked for once more without them instead of failing.
///
/// A refusal is only suspected from the answer: a 400 or 422 whose body
/// names `stream_options`; any 4xx or 5xx but those about the key or the
/// rate (401, 403, 407, 429) to a background request, or no answer to it
/// at all. It is confirmed when the request without the parameter gets an
/// answer; a server that fails that request too was not refusing the
/// parameter, and nothing is remembered.
class RequestConformance
{
public:
    /// A request carrying these optional parameters went out.
    void requestSent(provider::OptionalParameters carried);
    /// The request's HTTP error body (before the attempt fails with it).
    void errorBodyReceived(const QByteArray &body);
    /// The attempt failed with `error` before any of the reply came: the
    /// parameters the next attempt goes without; none when the failure is
    /// not theirs.
    provider::OptionalParameters refusedBy(const Error &error);
    /// A request got an answer: the parameters whose refusal that proves,
    /// to remember for the endpoint (once).
    provider::OptionalParameters takeConfirmed();
    /// The failure that made the parameters of takeConfirmed() suspected.
    const std::optional<Error> &refusal() const { return m_refusal; }

private:
    provider::OptionalParameters m_carried;
    provider::OptionalParameters m_namedInError; ///< carried, and named by the error body
    provider::OptionalParameters m_suspected;    ///< dropped; the next answer confirms
    std::optional<Error> m_refusal;              ///< the answer that made them suspected
};

} // namespace inkchat::transport
