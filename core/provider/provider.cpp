#include "provider.h"

#include "httperror.h"
#include "providerregistry.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

// The one place a provider reads the clock: the interface keeps
// describeHttpError simple for callers, httpError() takes `now` for tests.
Error Provider::describeHttpError(const HttpErrorResponse &response) const
{
    return httpError(response, QDateTime::currentDateTimeUtc());
}

std::optional<StreamRequest> Provider::buildResumeRequest(const chat::Conversation &, const Endpoint &, Rung,
                                                          const ResumeState &) const
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

std::optional<StreamRequest> Provider::buildModelListRequest(const Endpoint &) const
{
    return std::nullopt;
}

Result<QStringList> Provider::parseModelList(const QByteArray &) const
{
    return noModelListError(id());
}

chat::ReplyParameters Provider::supportedParameters(const chat::ReplyParameters &parameters) const
{
    const ProviderCapabilities &can = m_info.capabilities;
    chat::ReplyParameters supported;
    if (parameters.temperature && can.maxTemperature > 0)
        supported.temperature = qBound(0.0, *parameters.temperature, can.maxTemperature);
    if (can.maxOutputTokens && parameters.maxOutputTokens > 0)
        supported.maxOutputTokens = parameters.maxOutputTokens;
    if (can.reasoningEfforts.contains(parameters.reasoningEffort))
        supported.reasoningEffort = parameters.reasoningEffort;
    return supported;
}

} // namespace inkchat::provider
