#include "sessiontext.h"

#include "provider/rung.h"
#include "util/controlchars.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace inkchat::cli {

namespace {

/// "0.8 s", "12 s": tenths only where they matter.
QString seconds(std::chrono::milliseconds delay)
{
    const double s = double(delay.count()) / 1000.0;
    return QString::number(s, 'f', s < 10 ? 1 : 0) + u" s"_s;
}

QString withReason(const QString &what, const std::optional<Error> &reason)
{
    return reason ? what + u": "_s + describeError(*reason) : what;
}

QString describeRefusal(const std::optional<Error> &answer)
{
    if (!answer)
        return u"refused"_s;
    if (answer->kind == Error::Kind::Http)
        return u"HTTP %1"_s.arg(answer->httpStatus);
    if (answer->kind == Error::Kind::Timeout)
        return u"no answer"_s;
    return describeError(*answer);
}

QString describeDroppedParameters(const transport::ConnectorNotice &notice)
{
    QString text = u"the server refused %1 (%2), so the reply was asked for again without it, as will every "
                   "later one to this server until 'inkchat-cli chat --transport reset'"_s.arg(
                       provider::optionalParameterNames(notice.dropped), describeRefusal(notice.answer));
    if (notice.dropped.testFlag(provider::OptionalParameter::StreamUsage))
        text += u"; token counts are not reported"_s;
    if (notice.dropped.testFlag(provider::OptionalParameter::Background))
        text += u"; a reply cut off is asked for again from the start instead of picked up"_s;
    return text;
}

} // namespace

QString describeState(const transport::ConnectorState &state)
{
    using Phase = transport::ConnectorState::Phase;
    switch (state.phase) {
    case Phase::Idle:
        return u"preparing"_s;
    case Phase::Connecting:
        return u"connecting (%1)"_s.arg(provider::rungName(state.rung));
    case Phase::Streaming:
        return u"streaming"_s;
    case Phase::Waiting:
        return u"waiting for the reply (polling)"_s;
    case Phase::Reconnecting:
        return withReason(u"reconnecting (attempt %1, in %2)"_s.arg(state.attempt).arg(seconds(state.delay)),
                          state.reason);
    case Phase::FellBack:
        return withReason(u"fell back to "_s + provider::rungName(state.rung), state.reason);
    case Phase::Offline:
        return u"offline"_s;
    case Phase::Finished:
        return u"finished"_s;
    case Phase::Failed:
        return withReason(u"failed"_s, state.reason);
    }
    return {};
}

QString describeEvidence(transport::Evidence evidence)
{
    switch (evidence) {
    case transport::Evidence::UpgradeRefused:
        return u"the WebSocket upgrade was refused or swallowed"_s;
    case transport::Evidence::Buffering:
        return u"a proxy buffered two streamed replies in a row"_s;
    case transport::Evidence::ProtocolError:
        return u"the answer was not in its protocol"_s;
    }
    return {};
}

QString describeNotice(const transport::ConnectorNotice &notice)
{
    const transport::Demotion &demotion = notice.demotion;
    const QString rung = provider::rungName(demotion.rung);
    const QString retry = demotion.repliesToSkip == 0 ? u"the next reply tries it again"_s
                          : demotion.repliesToSkip == 1
                              ? u"the reply after the next tries it again"_s
                              : u"tried again after %1 more replies"_s.arg(demotion.repliesToSkip);
    switch (notice.kind) {
    case transport::ConnectorNotice::Kind::ProxyBuffering:
        return u"a proxy holds the stream back and releases it in bursts, so the reply cannot be shown as it "
               "is written; nothing is lost. The fix is the proxy's: 'proxy_buffering off' in nginx, or the "
               "header 'X-Accel-Buffering: no' from the server"_s;
    case transport::ConnectorNotice::Kind::RungSkipped:
        return u"not using %1 for this reply: %2 (since %3); %4. To try it now: inkchat-cli chat --transport "
               "reset"_s.arg(rung, describeEvidence(demotion.evidence),
                             demotion.since.toLocalTime().toString(Qt::ISODate), retry);
    case transport::ConnectorNotice::Kind::RungDemoted:
        return u"%1 is blocked on the way to this server: %2; %3"_s.arg(
            rung, describeEvidence(demotion.evidence), retry);
    case transport::ConnectorNotice::Kind::ParametersDropped:
        return describeDroppedParameters(notice);
    }
    return {};
}

QString describeError(const Error &error)
{
    QString text = describeProblem(error);
    if (text.isEmpty())
        text = error.kind == Error::Kind::Cancelled ? u"the reply was stopped"_s
                                                    : kindName(error.kind) + u" error"_s;
    if (error.retries > 0)
        text = u"gave up after %1 retries: "_s.arg(error.retries) + text;
    if (error.retryAfter)
        text += u" (the server asks to wait %1 s)"_s.arg(error.retryAfter->count());
    // An error core did not name carries this in its message already.
    if (error.code != Error::Code::None) {
        if (error.gaveUp == Error::GaveUp::RestartsInVain)
            text += u" (asked again from the start %1 times, it broke off no later)"_s.arg(
                error.gaveUpValues.value(0));
        else if (error.gaveUp == Error::GaveUp::ReconnectTooLate)
            text += u" (the server asks to reconnect in %1 s, longer than the %2 s waited at most)"_s.arg(
                error.gaveUpValues.value(0), error.gaveUpValues.value(1));
    }
    return text;
}

QString describeReplyEnd(chat::MessageStatus status, bool hasText, const Error &error)
{
    const bool cutOff = status == chat::MessageStatus::Interrupted
                        || (hasText && status != chat::MessageStatus::Stopped);
    return cutOff ? u"the reply was interrupted: "_s + describeError(error) : describeError(error);
}

QString describeBaseUrlProblem(provider::BaseUrlProblem problem, const QString &baseUrl)
{
    switch (problem) {
    case provider::BaseUrlProblem::None:
        return {};
    case provider::BaseUrlProblem::NotHttp:
        return u"--base-url must be an http:// or https:// URL, not '%1'"_s.arg(baseUrl);
    case provider::BaseUrlProblem::HasCredentials:
        return u"--base-url must not carry a key (user:KEY@ or ?key=): URLs end up in logs and "
               "shell histories; put the key in the variable named by --api-key-env"_s;
    }
    return {};
}

QString describeReplyFacts(const chat::MessageRecord &reply)
{
    QStringList facts;
    if (!reply.model.isEmpty())
        facts.append(escapeControls(reply.model));
    if (reply.usage.inputTokens >= 0)
        facts.append(u"%1 in"_s.arg(reply.usage.inputTokens));
    if (reply.usage.outputTokens >= 0)
        facts.append(u"%1 out"_s.arg(reply.usage.outputTokens));
    if (facts.isEmpty())
        return u"the provider reported no model or token counts"_s;
    return facts.join(u" · "_s);
}

} // namespace inkchat::cli
