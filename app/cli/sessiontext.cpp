#include "sessiontext.h"

#include "provider/rung.h"
#include "util/controlchars.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace inkchat::cli {

namespace {

/// "0.8 s", "12 s": tenths only where they matter.
QString seconds(std::chrono::milliseconds delay)
{
    const double s = double(delay.count()) / 1000.0;
    return QCoreApplication::translate("inkchat-cli", "%1 s").arg(QLocale().toString(s, 'f', s < 10 ? 1 : 0));
}

QString withReason(const QString &what, const std::optional<Error> &reason)
{
    return reason ? QCoreApplication::translate("inkchat-cli", "%1: %2").arg(what, describeError(*reason))
                  : what;
}

QString describeRefusal(const std::optional<Error> &answer)
{
    if (!answer)
        return QCoreApplication::translate("inkchat-cli", "refused");
    if (answer->kind == Error::Kind::Http)
        return QCoreApplication::translate("inkchat-cli", "HTTP %1").arg(answer->httpStatus);
    if (answer->kind == Error::Kind::Timeout)
        return QCoreApplication::translate("inkchat-cli", "no answer");
    return describeError(*answer);
}

QString describeDroppedParameters(const transport::ConnectorNotice &notice)
{
    QString text = QCoreApplication::translate(
                       "inkchat-cli",
                       "the server refused %1 (%2), so the reply was asked for again without it, "
                       "as will every later one to this server until 'inkchat-cli chat "
                       "--transport reset'")
                       .arg(provider::optionalParameterNames(notice.dropped), describeRefusal(notice.answer));
    if (notice.dropped.testFlag(provider::OptionalParameter::StreamUsage))
        text += QCoreApplication::translate("inkchat-cli", "; token counts are not reported");
    if (notice.dropped.testFlag(provider::OptionalParameter::Background))
        text += QCoreApplication::translate(
            "inkchat-cli", "; a reply cut off is asked for again from the start instead of picked up");
    return text;
}

} // namespace

QString describeState(const transport::ConnectorState &state)
{
    using Phase = transport::ConnectorState::Phase;
    switch (state.phase) {
    case Phase::Idle:
        return QCoreApplication::translate("inkchat-cli", "preparing");
    case Phase::Connecting:
        return QCoreApplication::translate("inkchat-cli", "connecting (%1)")
            .arg(provider::rungName(state.rung));
    case Phase::Streaming:
        return QCoreApplication::translate("inkchat-cli", "streaming");
    case Phase::Waiting:
        return QCoreApplication::translate("inkchat-cli", "waiting for the reply (polling)");
    case Phase::Reconnecting:
        return withReason(QCoreApplication::translate("inkchat-cli", "reconnecting (attempt %1, in %2)")
                              .arg(state.attempt)
                              .arg(seconds(state.delay)),
                          state.reason);
    case Phase::FellBack:
        return withReason(
            QCoreApplication::translate("inkchat-cli", "fell back to %1").arg(provider::rungName(state.rung)),
            state.reason);
    case Phase::Offline:
        return QCoreApplication::translate("inkchat-cli", "offline");
    case Phase::Finished:
        return QCoreApplication::translate("inkchat-cli", "finished");
    case Phase::Failed:
        return withReason(QCoreApplication::translate("inkchat-cli", "failed"), state.reason);
    }
    return {};
}

QString describeEvidence(transport::Evidence evidence)
{
    switch (evidence) {
    case transport::Evidence::UpgradeRefused:
        return QCoreApplication::translate("inkchat-cli", "the WebSocket upgrade was refused or swallowed");
    case transport::Evidence::Buffering:
        return QCoreApplication::translate("inkchat-cli", "a proxy buffered two streamed replies in a row");
    case transport::Evidence::ProtocolError:
        return QCoreApplication::translate("inkchat-cli", "the answer was not in its protocol");
    }
    return {};
}

QString describeNotice(const transport::ConnectorNotice &notice)
{
    const transport::Demotion &demotion = notice.demotion;
    const QString rung = provider::rungName(demotion.rung);
    const QString retry = demotion.repliesToSkip == 0
                              ? QCoreApplication::translate("inkchat-cli", "the next reply tries it again")
                          : demotion.repliesToSkip == 1
                              ? QCoreApplication::translate("inkchat-cli",
                                                            "the reply after the next tries it again")
                              : QCoreApplication::translate("inkchat-cli",
                                                            "tried again after %1 more replies")
                                    .arg(demotion.repliesToSkip);
    switch (notice.kind) {
    case transport::ConnectorNotice::Kind::ProxyBuffering:
        return QCoreApplication::translate(
            "inkchat-cli",
            "a proxy holds the stream back and releases it in bursts, so the reply cannot be shown "
            "as it is written; nothing is lost. The fix is the proxy's: 'proxy_buffering off' in "
            "nginx, or the header 'X-Accel-Buffering: no' from the server");
    case transport::ConnectorNotice::Kind::RungSkipped:
        return QCoreApplication::translate("inkchat-cli",
                                           "not using %1 for this reply: %2 (since %3); %4. To try "
                                           "it now: inkchat-cli chat --transport reset")
            .arg(rung, describeEvidence(demotion.evidence),
                 demotion.since.toLocalTime().toString(Qt::ISODate), retry);
    case transport::ConnectorNotice::Kind::RungDemoted:
        return QCoreApplication::translate("inkchat-cli", "%1 is blocked on the way to this server: %2; %3")
            .arg(rung, describeEvidence(demotion.evidence), retry);
    case transport::ConnectorNotice::Kind::ParametersDropped:
        return describeDroppedParameters(notice);
    }
    return {};
}

QString describeError(const Error &error)
{
    QString text = describeProblem(error);
    if (text.isEmpty())
        text = error.kind == Error::Kind::Cancelled
                   ? QCoreApplication::translate("inkchat-cli", "the reply was stopped")
                   : QCoreApplication::translate("inkchat-cli", "%1 error").arg(kindName(error.kind));
    if (error.retries > 0)
        text = QCoreApplication::translate("inkchat-cli", "gave up after %1 retries: %2")
                   .arg(error.retries)
                   .arg(text);
    if (error.retryAfter)
        text += QCoreApplication::translate("inkchat-cli", " (the server asks to wait %1 s)")
                    .arg(error.retryAfter->count());
    // An error core did not name carries this in its message already.
    if (error.code != Error::Code::None) {
        if (error.gaveUp == Error::GaveUp::RestartsInVain)
            text += QCoreApplication::translate(
                        "inkchat-cli", " (asked again from the start %1 times, it broke off no later)")
                        .arg(error.gaveUpValues.value(0));
        else if (error.gaveUp == Error::GaveUp::ReconnectTooLate)
            text += QCoreApplication::translate(
                        "inkchat-cli",
                        " (the server asks to reconnect in %1 s, longer than the %2 s waited at most)")
                        .arg(error.gaveUpValues.value(0), error.gaveUpValues.value(1));
    }
    return text;
}

QString describeReplyEnd(chat::MessageStatus status, bool hasText, const Error &error)
{
    const bool cutOff = status == chat::MessageStatus::Interrupted
                        || (hasText && status != chat::MessageStatus::Stopped);
    return cutOff ? QCoreApplication::translate("inkchat-cli", "the reply was interrupted: %1")
                        .arg(describeError(error))
                  : describeError(error);
}

QString describeBaseUrlProblem(provider::BaseUrlProblem problem, const QString &baseUrl)
{
    switch (problem) {
    case provider::BaseUrlProblem::None:
        return {};
    case provider::BaseUrlProblem::NotHttp:
        return QCoreApplication::translate("inkchat-cli",
                                           "--base-url must be an http:// or https:// URL, not '%1'")
            .arg(baseUrl);
    case provider::BaseUrlProblem::HasCredentials:
        return QCoreApplication::translate(
            "inkchat-cli",
            "--base-url must not carry a key (user:KEY@ or ?key=): URLs end up in logs and shell "
            "histories; put the key in the variable named by --api-key-env");
    }
    return {};
}

QString describeReplyFacts(const chat::MessageRecord &reply)
{
    QStringList facts;
    if (!reply.model.isEmpty())
        facts.append(escapeControls(reply.model));
    if (reply.usage.inputTokens >= 0)
        facts.append(QCoreApplication::translate("inkchat-cli", "%1 in").arg(reply.usage.inputTokens));
    if (reply.usage.outputTokens >= 0)
        facts.append(QCoreApplication::translate("inkchat-cli", "%1 out").arg(reply.usage.outputTokens));
    if (facts.isEmpty())
        return QCoreApplication::translate("inkchat-cli", "the provider reported no model or token counts");
    return facts.join(u" · "_s);
}

} // namespace inkchat::cli
