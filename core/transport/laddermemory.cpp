#include "laddermemory.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace inkchat::transport {

namespace {

constexpr auto kGroup = "ladder"_L1;
constexpr auto kLastWorking = "lastWorking"_L1;
constexpr auto kDemoted = "demoted"_L1;
constexpr auto kBuffered = "buffered"_L1;
constexpr auto kToldBuffering = "toldBuffering"_L1;
constexpr auto kRefused = "refused"_L1;

// QSettings reads '/' and '\' in a key as group separators, and a URL is full
// of them: percent-encode the endpoint into one segment. Space and ':' stay,
// so "openai https:%2F%2Fapi.openai.com%2Fv1" still reads as what it is.
QString escaped(const QString &endpoint)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(endpoint, " :"));
}

QString endpointGroup(const QString &endpoint)
{
    return kGroup + u'/' + escaped(endpoint);
}

QString key(const QString &endpoint, QLatin1StringView entry)
{
    return endpointGroup(endpoint) + u'/' + entry;
}

QString rungKey(const QString &endpoint, QLatin1StringView kind, provider::Rung rung)
{
    return key(endpoint, kind) + u'/' + provider::rungName(rung);
}

/// How many replies go without a rung found blocked `timesInARow` times:
/// none after the first time (the next reply probes it again), then 1, 2,
/// 4, ... so a rung blocked for good costs a probe ever more rarely.
int repliesToSkip(int timesInARow)
{
    if (timesInARow <= 1)
        return 0;
    return std::min(1 << std::min(timesInARow - 2, 16), LadderMemory::kMaxRepliesToSkip);
}

} // namespace

LadderMemory::LadderMemory(QSettings *settings, Clock &clock) : m_settings(settings), m_clock(clock)
{
    Q_ASSERT(m_settings);
}

QString LadderMemory::endpointKey(const QString &providerId, const QUrl &baseUrl)
{
    // User info, query and fragment are where keys hide (user:key@host,
    // ?key=...); none of them names a different endpoint.
    QUrl endpoint = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                                     | QUrl::StripTrailingSlash);
    // StripTrailingSlash leaves a lone "/", yet "http://host/" is "http://host".
    if (endpoint.path() == "/"_L1)
        endpoint.setPath(QString());
    return providerId + u' ' + endpoint.toString(QUrl::FullyEncoded);
}

LadderPlan LadderMemory::planReply(const QString &endpoint, const QList<provider::Rung> &ladder)
{
    LadderPlan plan;
    for (const provider::Rung rung : ladder) {
        std::optional<Demotion> held = demotion(endpoint, rung);
        if (!held || held->repliesToSkip <= 0) {
            plan.rungs.append(rung);
            continue;
        }
        --held->repliesToSkip;
        writeDemotion(endpoint, *held);
        plan.skipped.append(*held);
    }
    // Every rung held back would leave nothing to connect with; the network
    // may have changed since, so start from the top again.
    if (plan.rungs.isEmpty()) {
        plan.rungs = ladder;
        plan.skipped.clear();
    }
    return plan;
}

void LadderMemory::recordSuccess(const QString &endpoint, provider::Rung rung)
{
    m_settings->setValue(key(endpoint, kLastWorking), provider::rungName(rung));
    m_settings->remove(rungKey(endpoint, kDemoted, rung));
    m_settings->remove(rungKey(endpoint, kBuffered, rung));
}

Demotion LadderMemory::recordBlocked(const QString &endpoint, provider::Rung rung, Evidence evidence)
{
    Demotion updated;
    updated.rung = rung;
    updated.evidence = evidence;
    updated.since = m_clock.wallTime().toUTC();
    if (const std::optional<Demotion> earlier = demotion(endpoint, rung)) {
        updated.since = earlier->since;
        updated.timesInARow = earlier->timesInARow + 1;
    }
    updated.repliesToSkip = repliesToSkip(updated.timesInARow);
    writeDemotion(endpoint, updated);
    return updated;
}

std::optional<Demotion> LadderMemory::recordBuffered(const QString &endpoint, provider::Rung rung)
{
    const QString counter = rungKey(endpoint, kBuffered, rung);
    const int inARow = m_settings->value(counter).toInt() + 1;
    m_settings->setValue(counter, inARow);
    if (inARow < 2)
        return std::nullopt;
    return recordBlocked(endpoint, rung, Evidence::Buffering);
}

bool LadderMemory::expectsBuffering(const QString &endpoint, provider::Rung rung) const
{
    return m_settings->value(rungKey(endpoint, kBuffered, rung)).toInt() > 0;
}

bool LadderMemory::claimBufferingNotice(const QString &endpoint)
{
    const QString told = key(endpoint, kToldBuffering);
    if (m_settings->value(told).toBool())
        return false;
    m_settings->setValue(told, true);
    return true;
}

void LadderMemory::recordRefused(const QString &endpoint, provider::OptionalParameters refused)
{
    for (const provider::OptionalParameter parameter : provider::allOptionalParameters()) {
        if (refused.testFlag(parameter))
            m_settings->setValue(key(endpoint, kRefused) + u'/' + provider::optionalParameterName(parameter),
                                 m_clock.wallTime().toUTC().toString(Qt::ISODate));
    }
}

provider::OptionalParameters LadderMemory::refusedParameters(const QString &endpoint) const
{
    provider::OptionalParameters refused;
    for (const provider::OptionalParameter parameter : provider::allOptionalParameters()) {
        if (m_settings->contains(key(endpoint, kRefused) + u'/' + provider::optionalParameterName(parameter)))
            refused |= parameter;
    }
    return refused;
}

QList<Demotion> LadderMemory::demotions(const QString &endpoint) const
{
    QList<Demotion> result;
    for (const provider::Rung rung : provider::allRungs()) {
        if (const std::optional<Demotion> held = demotion(endpoint, rung))
            result.append(*held);
    }
    return result;
}

std::optional<provider::Rung> LadderMemory::lastWorking(const QString &endpoint) const
{
    return provider::rungFromName(m_settings->value(key(endpoint, kLastWorking)).toString());
}

void LadderMemory::forget(const QString &endpoint)
{
    m_settings->remove(endpointGroup(endpoint));
}

void LadderMemory::forgetAll()
{
    m_settings->remove(kGroup);
}

bool LadderMemory::hasDemotions() const
{
    m_settings->beginGroup(kGroup);
    const QStringList keys = m_settings->allKeys();
    m_settings->endGroup();
    const QString marker = u'/' + kDemoted + u'/';
    return std::any_of(keys.cbegin(), keys.cend(),
                       [&marker](const QString &k) { return k.contains(marker); });
}

std::optional<Demotion> LadderMemory::demotion(const QString &endpoint, provider::Rung rung) const
{
    const QString base = rungKey(endpoint, kDemoted, rung) + u'/';
    const std::optional<Evidence> evidence = evidenceFromName(
        m_settings->value(base + "evidence"_L1).toString());
    // A mark this version cannot read holds nothing back.
    if (!evidence)
        return std::nullopt;
    Demotion held;
    held.rung = rung;
    held.evidence = *evidence;
    held.since = QDateTime::fromString(m_settings->value(base + "since"_L1).toString(), Qt::ISODate);
    held.timesInARow = std::max(1, m_settings->value(base + "times"_L1).toInt());
    held.repliesToSkip = std::clamp(m_settings->value(base + "skip"_L1).toInt(), 0, kMaxRepliesToSkip);
    return held;
}

void LadderMemory::writeDemotion(const QString &endpoint, const Demotion &demotion)
{
    const QString base = rungKey(endpoint, kDemoted, demotion.rung) + u'/';
    m_settings->setValue(base + "evidence"_L1, evidenceName(demotion.evidence));
    m_settings->setValue(base + "since"_L1, demotion.since.toUTC().toString(Qt::ISODate));
    m_settings->setValue(base + "times"_L1, demotion.timesInARow);
    m_settings->setValue(base + "skip"_L1, demotion.repliesToSkip);
}

} // namespace inkchat::transport
