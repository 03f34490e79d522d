#pragma once

#include "chunking.h"
#include "fixtures.h"

#include "provider/provider.h"
#include "provider/replyreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <optional>

#include <gtest/gtest.h>

namespace inkchat::test {

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

    QList<Error> errors() const
    {
        QList<Error> result;
        for (const auto &event : events) {
            if (const auto *error = std::get_if<provider::ProviderError>(&event))
                result.append(error->error);
        }
        return result;
    }

    template <typename T> QList<T> all() const
    {
        QList<T> result;
        for (const auto &event : events) {
            if (const auto *value = std::get_if<T>(&event))
                result.append(*value);
        }
        return result;
    }

private:
    template <typename T> QString join() const
    {
        QString result;
        for (const T &piece : all<T>())
            result += piece.text;
        return result;
    }
};

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

/// Feeds the chunks to a ReplyReader with this provider's framing and
/// decoder, then ends the body cleanly. A plain-text body's pieces follow
/// the chunks it arrived in, so for Framing::Text adjacent text is merged:
/// what must not depend on the chunking is the text, not its pieces.
inline ReadReply readReply(const provider::Provider &provider, provider::Framing framing,
                           const QList<QByteArray> &chunks)
{
    provider::ReplyReader reader(framing, provider.createDecoder());
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
                                   const QByteArray &body)
{
    return resultForEveryChunking(body, [&](const QList<QByteArray> &chunks) {
        return readReply(provider, framing, chunks);
    });
}

/// The reply text a fixture case must produce, or nullopt when the case does
/// not complete normally (it has no .reply.txt).
inline std::optional<QString> expectedReply(const QString &providerId, const QString &name)
{
    const QString path =
        QStringLiteral("providers/") + providerId + u'/' + name + QStringLiteral(".reply.txt");
    if (!QFile::exists(dataPath(path)))
        return std::nullopt;
    return QString::fromUtf8(readData(path));
}

/// The JSON object a request body carries.
inline QJsonObject bodyObject(const provider::StreamRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
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
        const ReadReply reply =
            readEveryChunking(provider, framing,
                              readData(QStringLiteral("providers/") + provider.id() + u'/' + name
                                       + QStringLiteral(".body")));
        EXPECT_EQ(reply.text().toStdString(), expected->toStdString());
        EXPECT_TRUE(reply.errors().isEmpty()) << reply.errors().value(0).message.toStdString();
        EXPECT_TRUE(reply.complete);
        ++checked;
    }
    return checked;
}

} // namespace inkchat::test
