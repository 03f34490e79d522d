#pragma once

#include <QString>

#include <optional>

namespace inkchat::chat {

/// How a conversation's replies are asked for besides its turns: set per
/// conversation, stored and exported with it. An unset value leaves the
/// choice to the provider's default, and nothing is sent for it. Each
/// provider sends the values its API takes, in its own words
/// (ProviderCapabilities says which); the others are left out.
struct ReplyParameters
{
    /// Sampling temperature; within the provider's range
    /// (ProviderCapabilities::maxTemperature).
    std::optional<double> temperature;
    /// The most tokens a reply may have (OpenAI max_completion_tokens,
    /// Anthropic max_tokens, Gemini maxOutputTokens, Ollama num_predict).
    std::optional<int> maxOutputTokens;
    /// How hard a reasoning model thinks, as the provider names it ("low",
    /// "medium", "high", ...); one of ProviderCapabilities::reasoningEfforts,
    /// empty for the provider's default.
    QString reasoningEffort;

    bool isDefault() const { return !temperature && !maxOutputTokens && reasoningEffort.isEmpty(); }

    friend bool operator==(const ReplyParameters &, const ReplyParameters &) = default;
};

} // namespace inkchat::chat
