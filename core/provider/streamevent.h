#pragma once

#include "util/error.h"

#include <QList>
#include <QString>

#include <variant>

namespace inkchat::provider {

/// A piece of the visible reply.
struct TextDelta
{
    QString text;
    friend bool operator==(const TextDelta &, const TextDelta &) = default;
};

/// A piece of the model's reasoning, for providers that stream it.
struct ReasoningDelta
{
    QString text;
    friend bool operator==(const ReasoningDelta &, const ReasoningDelta &) = default;
};

/// Token counts; -1 where the provider did not say.
struct Usage
{
    qint64 inputTokens = -1;
    qint64 outputTokens = -1;
    friend bool operator==(const Usage &, const Usage &) = default;
};

/// The model that writes the reply, as the server names it: often more
/// exact than the one asked for ("gpt-4o-2024-08-06" for "gpt-4o", the
/// model a router chose). Sent once per reply, when the server first says.
struct AnsweringModel
{
    QString name;
    friend bool operator==(const AnsweringModel &, const AnsweringModel &) = default;
};

/// The provider's reason for stopping ("stop", "length", "end_turn", ...),
/// as the provider spells it. Seeing it does not by itself make the reply
/// complete: ReplyDecoder::isComplete() decides that.
struct Finished
{
    QString reason;
    friend bool operator==(const Finished &, const Finished &) = default;
};

/// The provider reported an error inside the stream. Ends the reply.
struct ProviderError
{
    Error error;
    friend bool operator==(const ProviderError &, const ProviderError &) = default;
};

/// A position a dropped stream can be resumed from (an SSE event id or an
/// OpenAI Responses sequence number), as the provider's resume call wants it,
/// and the server's id of the reply when it has one. An empty field says
/// nothing new about it.
struct ResumePoint
{
    QString position;
    QString responseId;
    friend bool operator==(const ResumePoint &, const ResumePoint &) = default;
};

/// The server replaced the reply so far: the text that follows starts it
/// again from the beginning (inkchat-relay, whose own upstream could not
/// continue a dropped reply and answered afresh).
struct ReplyRestart
{
    friend bool operator==(const ReplyRestart &, const ReplyRestart &) = default;
};

using StreamEvent = std::variant<TextDelta, ReasoningDelta, Usage, AnsweringModel, Finished, ProviderError,
                                 ResumePoint, ReplyRestart>;
using StreamEvents = QList<StreamEvent>;

} // namespace inkchat::provider
