#include "connectorstate.h"

using namespace Qt::StringLiterals;

namespace inkchat::transport {

namespace {

/// "0.8 s", "12 s": tenths only where they matter.
QString seconds(std::chrono::milliseconds delay)
{
    const double s = delay.count() / 1000.0;
    return QString::number(s, 'f', s < 10 ? 1 : 0) + u" s"_s;
}

QString withReason(const QString &what, const QString &reason)
{
    return reason.isEmpty() ? what : what + u": "_s + reason;
}

} // namespace

QString ConnectorState::text() const
{
    switch (phase) {
    case Phase::Idle:
        return u"idle"_s;
    case Phase::Connecting:
        return u"connecting (%1)"_s.arg(provider::rungName(rung));
    case Phase::Streaming:
        return u"streaming"_s;
    case Phase::Waiting:
        return u"waiting for the reply (polling)"_s;
    case Phase::Reconnecting:
        return withReason(u"reconnecting (attempt %1, in %2)"_s.arg(attempt).arg(seconds(delay)), reason);
    case Phase::FellBack:
        return withReason(u"fell back to "_s + provider::rungName(rung), reason);
    case Phase::Offline:
        return u"offline"_s;
    case Phase::Finished:
        return u"finished"_s;
    case Phase::Failed:
        return withReason(u"failed"_s, reason);
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace inkchat::transport
