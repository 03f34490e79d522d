#pragma once

#include "relayharness.h"
#include "ssescript.h"
#include "streamserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

namespace inkchat::test::relay {

/// `count` pieces without white space, so a continuation's seam is exact.
inline QStringList numberedPieces(int count)
{
    QStringList pieces;
    for (int i = 1; i <= count; ++i)
        pieces.append(QStringLiteral("p%1;").arg(i));
    return pieces;
}

/// An OpenAI-like upstream that writes one piece at a time, `delayMs` apart.
inline StreamResponse pacedReply(const QStringList &pieces, int delayMs)
{
    StreamResponse response = sseResponse(openAiChatBody(pieces));
    response.chunking = StreamResponse::Chunking::Random;
    response.maxChunkSize = 48;
    response.delayMs = delayMs;
    return response;
}

inline QByteArray askBody(const QString &question = QStringLiteral("Tell me a long story"))
{
    return QJsonDocument(QJsonObject{{QStringLiteral("messages"),
                                      QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                             {QStringLiteral("content"), question}}}}})
        .toJson(QJsonDocument::Compact);
}

inline QList<std::pair<QByteArray, QByteArray>> auth(const QByteArray &token,
                                                     const QByteArray &lastEventId = {})
{
    QList<std::pair<QByteArray, QByteArray>> headers = {{"Authorization", "Bearer " + token}};
    if (!lastEventId.isEmpty())
        headers.append({"Last-Event-ID", lastEventId});
    return headers;
}

/// The reply id a POST /v1/replies named in its first event.
inline QByteArray replyIdOf(const HttpClient &client)
{
    if (client.events().isEmpty() || client.events().constFirst().type != "reply")
        return {};
    return QJsonDocument::fromJson(client.events().constFirst().data)
        .object()
        .value(QStringLiteral("reply"))
        .toString()
        .toLatin1();
}

} // namespace inkchat::test::relay
