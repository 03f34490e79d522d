#include "statustext.h"

#include "problemtext.h"

#include "provider/rung.h"

#include <QLocale>
#include <QStringList>

namespace inkchat::app {

namespace {

/// "0.8 s", "12 s": tenths only where they matter.
QString seconds(std::chrono::milliseconds delay)
{
    const double s = double(delay.count()) / 1000.0;
    return StatusText::tr("%1 s").arg(QLocale().toString(s, 'f', s < 10 ? 1 : 0));
}

QString withReason(const QString &what, const std::optional<Error> &reason)
{
    return reason ? StatusText::tr("%1: %2").arg(what, StatusText::error(*reason)) : what;
}

/// How the server refused a parameter, briefly: its words are in the log.
QString refusalAnswer(const std::optional<Error> &answer)
{
    if (!answer)
        return StatusText::tr("refused");
    if (answer->kind == Error::Kind::Http)
        return StatusText::tr("HTTP %1").arg(answer->httpStatus);
    if (answer->kind == Error::Kind::Timeout)
        return StatusText::tr("no answer");
    return StatusText::error(*answer);
}

} // namespace
QString StatusText::state(const transport::ConnectorState &state)
{
    using Phase = transport::ConnectorState::Phase;
    // Rung names are protocol names ("sse", "websocket"), as on the command line.
    const QString rung = provider::rungName(state.rung);
    switch (state.phase) {
    case Phase::Idle:
        return tr("preparing");
    case Phase::Connecting:
        return tr("connecting (%1)").arg(rung);
    case Phase::Streaming:
        return tr("streaming");
    case Phase::Waiting:
        return tr("waiting for the reply (polling)");
    case Phase::Reconnecting:
        return withReason(tr("reconnecting (attempt %1, in %2)").arg(state.attempt).arg(seconds(state.delay)),
                          state.reason);
    case Phase::FellBack:
        return withReason(tr("fell back to %1").arg(rung), state.reason);
    case Phase::Offline:
        return tr("offline");
    case Phase::Finished:
        return tr("finished");
    case Phase::Failed:
        return withReason(tr("failed"), state.reason);
    }
    return {};
}

QString StatusText::evidence(transport::Evidence evidence)
{
    switch (evidence) {
    case transport::Evidence::UpgradeRefused:
        return tr("the WebSocket upgrade was refused or swallowed");
    case transport::Evidence::Buffering:
        return tr("a proxy buffered two streamed replies in a row");
    case transport::Evidence::ProtocolError:
        return tr("the answer was not in its protocol");
    }
    return {};
}

QString StatusText::notice(const transport::ConnectorNotice &notice)
{
    const transport::Demotion &demotion = notice.demotion;
    // Rung names are protocol names ("sse", "websocket"), as on the command line.
    const QString rung = provider::rungName(demotion.rung);
    const QString retry = demotion.repliesToSkip == 0   ? tr("the next reply tries it again")
                          : demotion.repliesToSkip == 1 ? tr("the reply after the next tries it again")
                                                        : tr("it is tried again after %n more replies",
                                                             nullptr, demotion.repliesToSkip);
    switch (notice.kind) {
    case transport::ConnectorNotice::Kind::ProxyBuffering:
        return tr(
            "A proxy holds the stream back and releases it in bursts, so the reply cannot be shown as it is "
            "written; nothing is lost. The fix is the proxy's: \"proxy_buffering off\" in nginx, or the "
            "header \"X-Accel-Buffering: no\" from the server.");
    case transport::ConnectorNotice::Kind::RungSkipped:
        return tr("Not using %1 for this reply: %2; %3. Settings can reset it.")
            .arg(rung, evidence(demotion.evidence), retry);
    case transport::ConnectorNotice::Kind::RungDemoted:
        return tr("%1 is blocked on the way to this server: %2; %3.")
            .arg(rung, evidence(demotion.evidence), retry);
    case transport::ConnectorNotice::Kind::ParametersDropped:
        return tr("The server refused %1 (%2), so the reply was asked for again without it, as will every "
                  "later one to this server until Settings resets it. %3")
            .arg(provider::optionalParameterNames(notice.dropped), refusalAnswer(notice.answer),
                 droppedParameters(notice.dropped));
    }
    return {};
}

QString StatusText::droppedParameters(provider::OptionalParameters dropped)
{
    QStringList losses;
    if (dropped.testFlag(provider::OptionalParameter::StreamUsage))
        losses.append(tr("Token counts are not shown."));
    if (dropped.testFlag(provider::OptionalParameter::Background))
        losses.append(tr("A reply cut off is asked for again from the start instead of picked up."));
    return losses.join(u' ');
}

QString StatusText::refusedParameters(const QString &endpointName, provider::OptionalParameters refused)
{
    return tr("%1: requests go without %2, which the server refused. %3")
        .arg(endpointName, provider::optionalParameterNames(refused), droppedParameters(refused));
}

QString StatusText::demotion(const QString &endpointName, const transport::Demotion &demotion)
{
    const QString since = QLocale().toString(demotion.since.toLocalTime(), QLocale::ShortFormat);
    const QString retry = demotion.repliesToSkip == 0   ? tr("the next reply tries it again")
                          : demotion.repliesToSkip == 1 ? tr("the reply after the next tries it again")
                                                        : tr("it is tried again after %n more replies",
                                                             nullptr, demotion.repliesToSkip);
    return tr("%1: %2 found blocked since %3 (%4); %5.")
        .arg(endpointName, provider::rungName(demotion.rung), since, evidence(demotion.evidence), retry);
}
QString StatusText::error(const Error &error)
{
    QString text = ProblemText::of(error);
    if (text.isEmpty())
        text = error.kind == Error::Kind::Cancelled ? tr("the reply was stopped")
                                                    : tr("%1 error").arg(kindName(error.kind));
    if (error.retries > 0)
        text = tr("gave up after %n retries: %1", nullptr, error.retries).arg(text);
    if (error.retryAfter)
        text = tr("%1 (the server asks to wait %2 s)").arg(text).arg(error.retryAfter->count());
    // An error core did not name carries this in its message already.
    if (error.code != Error::Code::None) {
        if (error.gaveUp == Error::GaveUp::RestartsInVain)
            text = tr("%1 (asked again from the start %2 times, it broke off no later)")
                       .arg(text, error.gaveUpValues.value(0));
        else if (error.gaveUp == Error::GaveUp::ReconnectTooLate)
            text = tr("%1 (the server asks to reconnect in %2 s, longer than the %3 s waited at most)")
                       .arg(text, error.gaveUpValues.value(0), error.gaveUpValues.value(1));
    }
    return text;
}

QString StatusText::notSaved(const Error &error)
{
    return tr("Not saved: %1").arg(ProblemText::of(error));
}

} // namespace inkchat::app
