#include "replyparameteroptions.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace inkchat::cli {

namespace {

constexpr QLatin1StringView kDefault{"default"};

Error usage(const QString &message)
{
    return Error::make(Error::Kind::Usage, message);
}

} // namespace

chat::ReplyParameters ReplyParameterOptions::Given::appliedTo(chat::ReplyParameters parameters) const
{
    if (temperature)
        parameters.temperature = *temperature;
    if (maxOutputTokens)
        parameters.maxOutputTokens = *maxOutputTokens;
    if (reasoningEffort)
        parameters.reasoningEffort = *reasoningEffort;
    return parameters;
}

ReplyParameterOptions::ReplyParameterOptions()
    : m_temperature(
        u"temperature"_s,
        u"Sampling temperature, from 0 up to the provider's maximum (2 for most); 'default' leaves "
        "it to the provider."_s,
        u"T"_s),
      m_maxTokens(u"max-tokens"_s,
                  u"The most tokens the reply may have; 'default' leaves it to the provider."_s, u"N"_s),
      m_reasoningEffort(
          u"reasoning-effort"_s,
          u"How hard a reasoning model thinks, as the provider names it (e.g. low, medium, high); "
          "'default' leaves it to the provider."_s,
          u"E"_s)
{
}

void ReplyParameterOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_temperature, m_maxTokens, m_reasoningEffort});
}

Result<ReplyParameterOptions::Given> ReplyParameterOptions::read(const QCommandLineParser &parser,
                                                                 const provider::ProviderInfo &provider) const
{
    const provider::ProviderCapabilities &can = provider.capabilities;
    Given given;
    if (parser.isSet(m_temperature)) {
        const QString text = parser.value(m_temperature);
        if (can.maxTemperature <= 0)
            return usage(u"provider '%1' takes no --temperature"_s.arg(provider.id));
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (text == kDefault)
            given.temperature = std::optional<double>();
        else if (!ok || value < 0 || value > can.maxTemperature)
            return usage(
                u"--temperature takes a number from 0 to %1 (or 'default')"_s.arg(can.maxTemperature));
        else
            given.temperature = value;
    }
    if (parser.isSet(m_maxTokens)) {
        const QString text = parser.value(m_maxTokens);
        if (!can.maxOutputTokens)
            return usage(u"provider '%1' takes no --max-tokens"_s.arg(provider.id));
        bool ok = false;
        const int value = text.toInt(&ok);
        if (text == kDefault)
            given.maxOutputTokens = std::optional<int>();
        else if (!ok || value < 1)
            return usage(u"--max-tokens takes a number of tokens, 1 or more (or 'default')"_s);
        else
            given.maxOutputTokens = value;
    }
    if (parser.isSet(m_reasoningEffort)) {
        const QString effort = parser.value(m_reasoningEffort);
        if (can.reasoningEfforts.isEmpty())
            return usage(u"provider '%1' takes no --reasoning-effort"_s.arg(provider.id));
        if (effort == kDefault)
            given.reasoningEffort = QString();
        else if (!can.reasoningEfforts.contains(effort))
            return usage(u"provider '%1' takes --reasoning-effort %2 (or 'default')"_s.arg(
                provider.id, can.reasoningEfforts.join(u", "_s)));
        else
            given.reasoningEffort = effort;
    }
    return given;
}

} // namespace inkchat::cli
