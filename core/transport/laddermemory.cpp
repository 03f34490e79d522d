#include "laddermemory.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace inkchat::transport {

namespace {

constexpr auto kGroup = "ladder"_L1;
constexpr auto kLastWorking = "lastWorking"_L1;
constexpr auto kFailed = "failed"_L1;
constexpr auto kBuffered = "buffered"_L1;

// QSettings reads '/' and '\' in a key as group separators, and a URL is full
// of them: percent-encode the endpoint into one segment. Space and ':' stay,
// so "openai https:%2F%2Fapi.openai.com%2Fv1" still reads as what it is.
QString escaped(const QString &endpoint)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(endpoint, " :"));
}

QString key(const QString &endpoint, QLatin1StringView entry)
{
    return kGroup + u'/' + escaped(endpoint) + u'/' + entry;
}

QString markKey(const QString &endpoint, QLatin1StringView kind, provider::Rung rung)
{
    return key(endpoint, kind) + u'/' + provider::rungName(rung);
}

} // namespace

LadderMemory::LadderMemory(QSettings *settings, Clock &clock, std::chrono::hours reprobeAfter)
    : m_settings(settings), m_clock(clock), m_reprobeAfter(reprobeAfter)
{
    Q_ASSERT(m_settings);
}

QString LadderMemory::endpointKey(const QString &providerId, const QUrl &baseUrl)
{
    // User info, query and fragment are where keys hide (user:key@host,
    // ?key=...); none of them names a different endpoint.
    QUrl endpoint = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery
                                     | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    // StripTrailingSlash leaves a lone "/", yet "http://host/" is "http://host".
    if (endpoint.path() == "/"_L1)
        endpoint.setPath(QString());
    return providerId + u' ' + endpoint.toString(QUrl::FullyEncoded);
}

QList<provider::Rung> LadderMemory::rungsToTry(const QString &endpoint,
                                               const QList<provider::Rung> &ladder) const
{
    QList<provider::Rung> rungs;
    for (const provider::Rung rung : ladder) {
        if (!isMarkedRecently(endpoint, kFailed, rung)
            && !isMarkedRecently(endpoint, kBuffered, rung))
            rungs.append(rung);
    }
    // Remembering every rung as bad would leave nothing to connect with;
    // the network may have changed since, so start from the top again.
    return rungs.isEmpty() ? ladder : rungs;
}

void LadderMemory::recordSuccess(const QString &endpoint, provider::Rung rung)
{
    m_settings->setValue(key(endpoint, kLastWorking), provider::rungName(rung));
    m_settings->remove(markKey(endpoint, kFailed, rung));
    m_settings->remove(markKey(endpoint, kBuffered, rung));
}

void LadderMemory::recordFailure(const QString &endpoint, provider::Rung rung)
{
    mark(endpoint, kFailed, rung);
}

void LadderMemory::recordBuffered(const QString &endpoint, provider::Rung rung)
{
    mark(endpoint, kBuffered, rung);
}

std::optional<provider::Rung> LadderMemory::lastWorking(const QString &endpoint) const
{
    return provider::rungFromName(m_settings->value(key(endpoint, kLastWorking)).toString());
}

void LadderMemory::mark(const QString &endpoint, QLatin1StringView kind, provider::Rung rung)
{
    m_settings->setValue(markKey(endpoint, kind, rung),
                         m_clock.wallTime().toUTC().toString(Qt::ISODate));
}

bool LadderMemory::isMarkedRecently(const QString &endpoint, QLatin1StringView kind,
                                    provider::Rung rung) const
{
    const QString value = m_settings->value(markKey(endpoint, kind, rung)).toString();
    const QDateTime markedAt = QDateTime::fromString(value, Qt::ISODate);
    if (!markedAt.isValid())
        return false;
    // A mark from the future (the clock was set back) counts only while it
    // lies within reprobeAfter of now, so a big step back holds nothing back.
    const qint64 elapsedMs = markedAt.msecsTo(m_clock.wallTime());
    return qAbs(elapsedMs) < std::chrono::milliseconds(m_reprobeAfter).count();
}

} // namespace inkchat::transport
