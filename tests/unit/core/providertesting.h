#pragma once

// Helpers for provider decoder tests. Everything is in an unnamed namespace
// so test files of different providers can never clash (ODR) on a name.

#include "chunking.h"
#include "fixtures.h"

#include "provider/provider.h"
#include "provider/replyreader.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace inkchat::test {
namespace {

/// What reading one whole reply body produced.
struct DecodedReply
{
    provider::StreamEvents events;
    bool complete = false;
    friend bool operator==(const DecodedReply &, const DecodedReply &) = default;
};

[[maybe_unused]] DecodedReply readReply(const provider::Provider &provider, const QList<QByteArray> &chunks)
{
    provider::ReplyReader reader(provider::Framing::Sse, provider.createDecoder());
    DecodedReply reply;
    for (const QByteArray &chunk : chunks)
        reader.feed(chunk, reply.events);
    reader.finish(reply.events);
    reply.complete = reader.isComplete();
    return reply;
}

/// Reads the body whole, byte by byte and split at every point, requiring
/// the same events each time.
[[maybe_unused]] DecodedReply readEveryChunking(const provider::Provider &provider, const QByteArray &body)
{
    return resultForEveryChunking(body, [&](const QList<QByteArray> &chunks) { return readReply(provider, chunks); });
}

[[maybe_unused]] std::string toStd(const QString &text)
{
    return text.toStdString();
}

/// One readable line per event, so a failing comparison shows what differs.
[[maybe_unused]] std::vector<std::string> describe(const provider::StreamEvents &events)
{
    std::vector<std::string> lines;
    for (const provider::StreamEvent &event : events) {
        std::visit(
            [&](const auto &e) {
                using T = std::decay_t<decltype(e)>;
                if constexpr (std::is_same_v<T, provider::TextDelta>)
                    lines.push_back("text " + e.text.toStdString());
                else if constexpr (std::is_same_v<T, provider::ReasoningDelta>)
                    lines.push_back("reasoning " + e.text.toStdString());
                else if constexpr (std::is_same_v<T, provider::Usage>)
                    lines.push_back("usage " + std::to_string(e.inputTokens) + "/" + std::to_string(e.outputTokens));
                else if constexpr (std::is_same_v<T, provider::Finished>)
                    lines.push_back("finished " + e.reason.toStdString());
                else if constexpr (std::is_same_v<T, provider::ProviderError>)
                    lines.push_back("error " + kindName(e.error.kind).toStdString()
                                    + (e.error.retryable ? " retryable: " : ": ") + e.error.message.toStdString());
                else if constexpr (std::is_same_v<T, provider::ResumePoint>)
                    lines.push_back("resume " + e.position.toStdString());
            },
            event);
    }
    return lines;
}

/// The events of one kind only.
template <typename T>
[[maybe_unused]] QList<T> only(const provider::StreamEvents &events)
{
    QList<T> result;
    for (const provider::StreamEvent &event : events) {
        if (const auto *e = std::get_if<T>(&event))
            result.append(*e);
    }
    return result;
}

[[maybe_unused]] QString visibleText(const provider::StreamEvents &events)
{
    QString text;
    for (const auto &delta : only<provider::TextDelta>(events))
        text += delta.text;
    return text;
}

[[maybe_unused]] QString reasoningText(const provider::StreamEvents &events)
{
    QString text;
    for (const auto &delta : only<provider::ReasoningDelta>(events))
        text += delta.text;
    return text;
}

/// Everything but the resume points, for providers that send one per event.
[[maybe_unused]] provider::StreamEvents withoutResumePoints(const provider::StreamEvents &events)
{
    provider::StreamEvents result;
    for (const provider::StreamEvent &event : events) {
        if (!std::holds_alternative<provider::ResumePoint>(event))
            result.append(event);
    }
    return result;
}

[[maybe_unused]] QJsonObject jsonBody(const provider::StreamRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

[[maybe_unused]] QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

/// The value of a request header, empty when absent.
[[maybe_unused]] QByteArray header(const provider::StreamRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

[[maybe_unused]] bool hasHeader(const provider::StreamRequest &request, const QByteArray &name)
{
    for (const auto &entry : request.headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// A conversation with a system prompt and three turns, with non-ASCII text.
[[maybe_unused]] chat::Conversation sampleConversation()
{
    using namespace Qt::StringLiterals;
    chat::Conversation conversation;
    conversation.systemPrompt = u"Antworte kurz."_s;
    conversation.messages = {{chat::Role::User, u"Grüß dich! 你好"_s},
                             {chat::Role::Assistant, u"Hallo 👋"_s},
                             {chat::Role::User, u"Wie geht's?"_s}};
    return conversation;
}

} // namespace
} // namespace inkchat::test
