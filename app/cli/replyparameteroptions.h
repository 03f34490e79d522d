#pragma once

#include "chat/replyparameters.h"
#include "provider/providercatalog.h"
#include "util/result.h"

#include <QCommandLineOption>

#include <optional>

class QCommandLineParser;

namespace inkchat::cli {

/// --temperature, --max-tokens and --reasoning-effort: how `chat` asks for
/// a reply, checked against what the provider's API takes (its row of the
/// provider catalogue). "default" leaves one to the provider again.
class ReplyParameterOptions
{
public:
    /// What the command line said; what it did not say keeps the
    /// conversation's value.
    struct Given
    {
        std::optional<std::optional<double>> temperature;
        std::optional<std::optional<int>> maxOutputTokens;
        std::optional<QString> reasoningEffort;

        /// `parameters` with what was given replacing its values.
        chat::ReplyParameters appliedTo(chat::ReplyParameters parameters) const;
    };

    ReplyParameterOptions();

    void addTo(QCommandLineParser &parser) const;
    /// An Error of kind Usage when a value is not a number, out of range,
    /// or something the provider does not take.
    Result<Given> read(const QCommandLineParser &parser, const provider::ProviderInfo &provider) const;

private:
    QCommandLineOption m_temperature;
    QCommandLineOption m_maxTokens;
    QCommandLineOption m_reasoningEffort;
};

} // namespace inkchat::cli
