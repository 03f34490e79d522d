#pragma once

// Helpers for the provider tests: reading reply bodies and fixtures through
// a provider's decoder, and looking into the requests it builds.

#include "chunking.h"
#include "fixtures.h"

#include "provider/provider.h"
#include "provider/replyreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace inkchat::test {

/// The events of one kind only.
template <typename T>
QList<T> only(const provider::StreamEvents &events)
{
    QList<T> result;
    for (const provider::StreamEvent &event : events) {
        if (const auto *value = std::get_if<T>(&event))
            result.append(*value);
    }
    return result;
}

/// One reply body as a provider's decoder sees it: every event the reader
/// produced (including the Interrupted error finish() adds), and whether the
/// provider's end signal was seen.
struct ReadReply
{
    provider::StreamEvents events;
    bool complete = false;

    friend bool operator==(const ReadReply &, const ReadReply &) = default;

    QString text() const { return join<provider::TextDelta>(); }
    QString reasoning() const { return join<provider::ReasoningDelta>(); }
    template <typename T>
    QList<T> all() const
    {
        return only<T>(events);
    }

    /// The kind of the error the reply ends with, if its last event is one.
    std::optional<Error::Kind> endingErrorKind() const
    {
        const auto *last = events.isEmpty() ? nullptr : std::get_if<provider::ProviderError>(&events.back());
        return last ? std::optional(last->error.kind) : std::nullopt;
    }

    QList<Error> errors() const
    {
        QList<Error> result;
        for (const provider::ProviderError &error : all<provider::ProviderError>())
            result.append(error.error);
        return result;
    }

private:
    template <typename T>
    QString join() const
    {
        QString result;
        for (const T &piece : all<T>())
            result += piece.text;
        return result;
    }
};

/// One readable line per event, so a failing comparison shows what differs.
inline std::vector<std::string> describe(const provider::StreamEvents &events)
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
                    lines.push_back("usage " + std::to_string(e.inputTokens) + "/"
                                    + std::to_string(e.outputTokens));
                else if constexpr (std::is_same_v<T, provider::AnsweringModel>)
                    lines.push_back("model " + e.name.toStdString());
                else if constexpr (std::is_same_v<T, provider::Finished>)
                    lines.push_back("finished " + e.reason.toStdString());
                else if constexpr (std::is_same_v<T, provider::ProviderError>)
                    lines.push_back("error " + kindName(e.error.kind).toStdString()
                                    + (e.error.retryable ? " retryable: " : ": ")
                                    + e.error.message.toStdString());
                else if constexpr (std::is_same_v<T, provider::ResumePoint>)
                    lines.push_back("resume " + e.position.toStdString());
                else if constexpr (std::is_same_v<T, provider::ReplyRestart>)
                    lines.push_back("restart");
            },
            event);
    }
    return lines;
}

/// Everything but the resume points, for providers that send one per event.
inline provider::StreamEvents withoutResumePoints(const provider::StreamEvents &events)
{
    provider::StreamEvents result;
    for (const provider::StreamEvent &event : events) {
        if (!std::holds_alternative<provider::ResumePoint>(event))
            result.append(event);
    }
    return result;
}

/// The events with each run of adjacent TextDeltas merged into one.
inline provider::StreamEvents mergeTextDeltas(const provider::StreamEvents &events)
{
    provider::StreamEvents merged;
    for (const auto &event : events) {
        const auto *text = std::get_if<provider::TextDelta>(&event);
        auto *last = merged.isEmpty() ? nullptr : std::get_if<provider::TextDelta>(&merged.last());
        if (text && last)
            last->text += text->text;
        else
            merged.append(event);
    }
    return merged;
}

/// Feeds the chunks to a ReplyReader with this framing and the provider's
/// decoder for `rung`, then ends the body cleanly. A plain-text body's
/// pieces follow the chunks it arrived in, so for Framing::Text adjacent
/// text is merged: what must not depend on the chunking is the text, not
/// its pieces.
inline ReadReply readReply(const provider::Provider &provider, provider::Framing framing,
                           const QList<QByteArray> &chunks, provider::Rung rung = provider::Rung::Stream)
{
    provider::ReplyReader reader(framing, provider.createDecoder(rung));
    ReadReply reply;
    for (const QByteArray &chunk : chunks)
        reader.feed(chunk, reply.events);
    reader.finish(reply.events);
    reply.complete = reader.isComplete();
    if (framing == provider::Framing::Text)
        reply.events = mergeTextDeltas(reply.events);
    return reply;
}

/// readReply() for every chunking of the bytes (whole, byte by byte, every
/// split point), failing the test when any chunking reads differently.
inline ReadReply readEveryChunking(const provider::Provider &provider, provider::Framing framing,
                                   const QByteArray &body, provider::Rung rung = provider::Rung::Stream)
{
    return resultForEveryChunking(
        body, [&](const QList<QByteArray> &chunks) { return readReply(provider, framing, chunks, rung); });
}

/// A file of a provider's fixtures: tests/data/providers/<id>/<fileName>.
inline QByteArray fixtureFile(const QString &providerId, const QString &fileName)
{
    return readData(QStringLiteral("providers/") + providerId + u'/' + fileName);
}

/// The reply body of a fixture case: tests/data/providers/<id>/<name>.body.
inline QByteArray fixtureBody(const QString &providerId, const QString &name)
{
    return fixtureFile(providerId, name + QStringLiteral(".body"));
}

/// readEveryChunking() of a fixture case. Reading at every split point is
/// the slow part of these tests and its result is a pure function of the
/// bytes, so each case is read once per test run (a provider always reads
/// with the same framing).
inline const ReadReply &readFixture(const provider::Provider &provider, provider::Framing framing,
                                    const QString &name)
{
    static std::map<QString, ReadReply> cache; // node-based: references stay valid
    const QString key = provider.id() + u'/' + name;
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.emplace(key, readEveryChunking(provider, framing, fixtureBody(provider.id(), name))).first;
    return it->second;
}

/// The reply text a fixture case must produce, or nullopt when the case does
/// not complete normally (it has no .reply.txt).
inline std::optional<QString> expectedReply(const QString &providerId, const QString &name)
{
    const QString path = QStringLiteral("providers/") + providerId + u'/' + name
                         + QStringLiteral(".reply.txt");
    if (!QFile::exists(dataPath(path)))
        return std::nullopt;
    return QString::fromUtf8(readData(path));
}

/// Every complete case of the provider reads, under every chunking, to its
/// .reply.txt, without an error; returns how many cases it checked.
inline int checkCompleteFixtures(const provider::Provider &provider, provider::Framing framing)
{
    int checked = 0;
    for (const QString &name : providerCases(provider.id())) {
        const std::optional<QString> expected = expectedReply(provider.id(), name);
        if (!expected)
            continue;
        SCOPED_TRACE(name.toStdString());
        const ReadReply &reply = readFixture(provider, framing, name);
        EXPECT_EQ(reply.text().toStdString(), expected->toStdString());
        EXPECT_TRUE(reply.errors().isEmpty()) << testing::PrintToString(describe(reply.events));
        EXPECT_TRUE(reply.complete);
        ++checked;
    }
    return checked;
}

/// The JSON object a request body carries.
inline QJsonObject bodyObject(const provider::StreamRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

/// The JSON object in text, for comparing with bodyObject().
inline QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

/// The value of a request header, empty when absent.
inline QByteArray header(const provider::StreamRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

inline bool hasHeader(const provider::StreamRequest &request, QByteArrayView name)
{
    for (const auto &entry : request.headers) {
        if (QByteArrayView(entry.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// A conversation with a system prompt and three turns, with non-ASCII text.
inline chat::Conversation sampleConversation()
{
    using namespace Qt::StringLiterals;
    chat::Conversation conversation;
    conversation.systemPrompt = u"Antworte kurz."_s;
    conversation.messages = {{chat::Role::User, u"Grüß dich! 你好"_s},
                             {chat::Role::Assistant, u"Hallo 👋"_s},
                             {chat::Role::User, u"Wie geht's?"_s}};
    return conversation;
}

} // namespace inkchat::test
