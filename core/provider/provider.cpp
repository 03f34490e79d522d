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

std::optional<StreamRequest> Provider::buildResumeRequest(const chat::Conversation &, const Endpoint &,
                                                          Rung, const ResumeState &) const
{
    return std::nullopt;
}

StreamRequest Provider::buildContinuationRequest(const chat::Conversation &conversation,
                                                 const Endpoint &endpoint, Rung rung,
                                                 const QString &partialReply) const
{
    QString prefill = partialReply;
    while (!prefill.isEmpty() && prefill.back().isSpace())
        prefill.chop(1);
    // Nothing but white space came: there is nothing to carry on, and an
    // empty assistant turn is rejected.
    if (prefill.isEmpty())
        return buildRequest(conversation, endpoint, rung);
    chat::Conversation continued = conversation;
    continued.messages.append({chat::Role::Assistant, prefill});
    return buildRequest(continued, endpoint, rung);
}

} // namespace inkchat::provider
