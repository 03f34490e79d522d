#pragma once

// Chat sessions against a scripted loopback server and an in-memory
// conversation store, as the app and the CLI build them.

#include "signalwait.h"
#include "ssescript.h"
#include "streamserver.h"

#include "session/chatsession.h"
#include "session/endpointsource.h"
#include "store/conversationstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

namespace inkchat::test::session {

using namespace Qt::StringLiterals;
namespace chat = inkchat::chat;
using inkchat::Error;
using inkchat::chat::MessageStatus;
using inkchat::chat::Role;
using inkchat::session::ChatSession;
using inkchat::session::FixedEndpointSource;
using inkchat::session::SessionServices;
using inkchat::store::ConversationStore;
using inkchat::test::openAiChatBody;
using inkchat::test::RecordedRequest;
using inkchat::test::sseResponse;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;
using inkchat::test::waitUntil;

inline const QStringList kPieces = {u"Ein"_s, u" langer"_s, u" Satz"_s, u" über"_s, u" Züge."_s};

inline QString joined(const QStringList &pieces)
{
    return pieces.join(QString());
}

/// The `messages` of a Chat Completions request.
inline QJsonArray requestMessages(const RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object().value("messages"_L1).toArray();
}

/// Opens with the first pieces, then sends nothing until the test lets go.
inline StreamResponse pausedAfter(const QStringList &first, const QStringList &rest)
{
    const QByteArray head = openAiChatBody(first, false);
    StreamResponse response = sseResponse(head + openAiChatBody(rest));
    response.pauseAfterBytes = head.size();
    return response;
}

/// Answers a fresh request with "Antwort" and then silence, until the test
/// cuts the connection (StreamServer::closeConnections()); the continuation
/// the connector sends by itself then gets " auf <the user's message>".
inline StreamServer::Responder answerAfterACut()
{
    return [](const RecordedRequest &request) {
        const QJsonArray messages = requestMessages(request);
        const QJsonObject last = messages.last().toObject();
        if (last.value("role"_L1).toString() == u"assistant"_s) {
            const QString asked = messages.at(messages.size() - 2).toObject().value("content"_L1).toString();
            return sseResponse(openAiChatBody({u" auf "_s + asked}));
        }
        // A quick reconnect (SSE retry:) after the cut.
        const QByteArray head = "retry: 10\n\n" + openAiChatBody({u"Antwort"_s}, false);
        StreamResponse response = sseResponse(head + openAiChatBody({u" never sent"_s}));
        response.pauseAfterBytes = head.size();
        return response;
    };
}

struct SessionTest : ::testing::Test
{
    SessionServices services()
    {
        SessionServices services;
        services.network = &network;
        services.endpoints = &endpoints;
        services.store = store.get();
        return services;
    }

    qint64 newConversation(const QString &systemPrompt = {})
    {
        chat::ConversationRecord record;
        record.systemPrompt = systemPrompt;
        return store->createConversation(record).value().id;
    }

    std::unique_ptr<ChatSession> open(qint64 conversationId)
    {
        auto session = ChatSession::open(services(), conversationId);
        EXPECT_TRUE(session.hasValue()) << (session ? std::string() : session.error().message.toStdString());
        return session ? std::move(session).value() : nullptr;
    }

    /// A session of `conversationId` whose reply received the first `pieces`
    /// of kPieces, in one write, and waits for the rest that never comes.
    std::unique_ptr<ChatSession> pausedReply(qint64 conversationId, qsizetype pieces)
    {
        server.setResponse(pausedAfter(kPieces.first(pieces), kPieces.mid(pieces)));
        auto session = open(conversationId);
        const bool received = session && session->send(u"Erzähl"_s)
                              && waitUntil(session.get(), &ChatSession::replyTextReceived, [&] {
                                     return session->messages().constLast().text
                                            == joined(kPieces.first(pieces));
                                 });
        EXPECT_TRUE(received);
        return received ? std::move(session) : nullptr;
    }

    static bool waitForEnd(ChatSession &session)
    {
        return waitUntil(&session, &ChatSession::stateChanged, [&] { return !session.isStreaming(); });
    }

    chat::MessageRecord storedMessage(qint64 conversationId, qsizetype index) const
    {
        return store->messages(conversationId).value().value(index);
    }

    StreamServer server;
    QNetworkAccessManager network;
    std::unique_ptr<ConversationStore> store = ConversationStore::open(ConversationStore::kInMemory).value();
    /// A compatible server that carries on from a partial reply (vLLM), so a
    /// reply the server cuts is continued.
    FixedEndpointSource endpoints{{u"openai"_s, {server.url(u"/v1"_s), u"test-model"_s, {}, u"vllm"_s}, {}}};
};

} // namespace inkchat::test::session
