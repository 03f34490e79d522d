#include "requestconformance.h"

#include <utility>

namespace inkchat::transport {

using provider::OptionalParameter;
using provider::OptionalParameters;

namespace {

/// Statuses about who asks or how often, never about what the body holds.
bool isAboutTheCaller(int status)
{
    return status == 401 || status == 403 || status == 407 || status == 429;
}

bool refusesBackground(const Error &error)
{
    if (error.kind == Error::Kind::Timeout)
        return true; // LM Studio takes the request and never answers
    return error.kind == Error::Kind::Http && error.httpStatus >= 400 && !isAboutTheCaller(error.httpStatus)
           && !error.retryAfter;
}

} // namespace

void RequestConformance::requestSent(OptionalParameters carried)
{
    m_carried = carried;
    m_namedInError = {};
}

void RequestConformance::errorBodyReceived(const QByteArray &body)
{
    // Azure's words differ by service ("Unrecognized request argument
    // supplied: stream_options", a 422 listing ["body","stream_options"]);
    // the parameter's name is what they share.
    if (m_carried.testFlag(OptionalParameter::StreamUsage)
        && (body.contains("stream_options") || body.contains("include_usage")))
        m_namedInError |= OptionalParameter::StreamUsage;
}

OptionalParameters RequestConformance::refusedBy(const Error &error)
{
    OptionalParameters refused;
    const bool badRequest = error.kind == Error::Kind::Http
                            && (error.httpStatus == 400 || error.httpStatus == 422);
    if (badRequest && m_namedInError.testFlag(OptionalParameter::StreamUsage))
        refused |= OptionalParameter::StreamUsage;
    if (m_carried.testFlag(OptionalParameter::Background) && refusesBackground(error))
        refused |= OptionalParameter::Background;
    // A request that went without what was suspected and failed anyway
    // clears the suspicion: the trouble was elsewhere.
    m_suspected = refused;
    m_refusal = refused ? std::optional(error) : std::nullopt;
    return refused;
}

OptionalParameters RequestConformance::takeConfirmed()
{
    return std::exchange(m_suspected, {});
}

} // namespace inkchat::transport
