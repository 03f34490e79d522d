#pragma once

// The chat controller built as Application builds it, against a scripted
// loopback server (or the built-in demo server) and an in-memory
// conversation store; shared by the controller's test files.

#include "apptesting.h"
#include "fakereachability.h"

#include "fakesecretstore.h"
#include <QNetworkProxy>

#include "controllers/chatcontroller.h"
#include "controllers/endpointresolver.h"
#include "controllers/settingscontroller.h"
#include "controllers/themecontroller.h"
#include "models/conversationlistmodel.h"
#include "session/sessionregistry.h"
#include "stats/framestats.h"
#include "store/conversationstore.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

namespace inkchat::test::chatcontroller {

using namespace Qt::StringLiterals;
using namespace inkchat::app;
using namespace inkchat::test;
using namespace inkchat::test::app;
using inkchat::Error;
using inkchat::chat::MessageStatus;
using inkchat::chat::Role;
using inkchat::store::ConversationStore;

inline const QStringList kFirst = {u"Ein"_s, u" langer"_s, u" Satz"_s};
inline const QStringList kRest = {u" über"_s,   u" Züge,"_s, u" die"_s,  u" spät"_s,
                                  u" kommen"_s, u" und"_s,   u" doch"_s, u" ankommen."_s};
inline const QStringList kAll = kFirst + kRest;
inline const QString kKey = u"sk-test-CHAT0123456789abcdefghij"_s;

/// The first answer asks for a quick reconnect (SSE `retry:`) and breaks
/// off inside its second event; later answers give the rest. Chat
/// Completions can't resume, so the connector continues by itself.
inline StreamServer::Responder cutOnceThenTheRest()
{
    auto calls = std::make_shared<int>(0);
    return [calls](const RecordedRequest &) {
        // Asked again, it answers afresh, as OpenAI does: the whole reply.
        if ((*calls)++ > 0)
            return sseResponse(openAiChatBody(kAll));
        const QByteArray head = "retry: 10\n\n" + openAiChatBody(kFirst, false);
        StreamResponse response = sseResponse(head + openAiChatBody(kRest));
        response.cutAfterBytes = head.size() + 20;
        return response;
    };
}

/// A fresh request gets the first pieces and then silence, with a quick
/// reconnect asked for (SSE `retry:`), until the test cuts the connection
/// (StreamServer::closeConnections()); the request the connector then sends
/// by itself gets the whole reply.
inline StreamServer::Responder restAfterACut()
{
    // Asked the same question again (the connector restarts a reply OpenAI
    // cannot continue), it answers afresh: the whole reply.
    auto asked = std::make_shared<QStringList>();
    return [asked](const RecordedRequest &request) {
        const QString question = requestMessages(request).last().toObject().value("content"_L1).toString();
        if (asked->contains(question))
            return sseResponse(openAiChatBody(kAll));
        asked->append(question);
        const QByteArray head = "retry: 10\n\n" + openAiChatBody(kFirst, false);
        StreamResponse response = sseResponse(head + openAiChatBody(kRest));
        response.pauseAfterBytes = head.size();
        return response;
    };
}

/// Opens with the first pieces, then stops sending until the test lets go.
inline StreamResponse pausedAfterFirst()
{
    const QByteArray first = openAiChatBody(kFirst, false);
    StreamResponse response = sseResponse(first + openAiChatBody(kRest));
    response.pauseAfterBytes = first.size();
    return response;
}

struct ChatControllerTest : ::testing::Test
{
    void SetUp() override { build(false); }

    /// The controller, its sessions and resolver, as Application builds
    /// them; called again, the next start of the app.
    void build(bool forceDemo)
    {
        ended.reset();
        transcriptTester.reset();
        chat.reset();
        conversationsTester.reset();
        conversationList.reset();
        sessions.reset();
        endpoints = std::make_unique<EndpointResolver>(settings, secrets, &network, forceDemo, 0);
        inkchat::session::SessionServices services;
        services.network = &network;
        services.endpoints = endpoints.get();
        services.store = store.get();
        services.reachability = &reachability;
        services.checkpoints = checkpoints;
        sessions = std::make_unique<inkchat::session::SessionRegistry>(services);
        conversationList = std::make_unique<ConversationListModel>(*store, *sessions);
        conversationsTester = std::make_unique<QAbstractItemModelTester>(
            conversationList.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        chat = std::make_unique<ChatController>(*sessions, *endpoints, *conversationList, theme, stats);
        transcriptTester = std::make_unique<QAbstractItemModelTester>(
            chat->transcript(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        ended = std::make_unique<QSignalSpy>(chat.get(), &ChatController::replyEnded);
        statuses.clear();
        QObject::connect(chat.get(), &ChatController::statusChanged, chat.get(),
                         [this] { statuses.append(chat->status()); });
    }

    /// Replies go to the test server from now on.
    int addServerEndpoint()
    {
        const int row = settings.addEndpoint(u"openai"_s);
        const QString url = server.url(u"/v1"_s).toString();
        EXPECT_EQ(settings.updateEndpoint(row, u"Test"_s, u"openai"_s, url, u"test-model"_s), QString());
        return row;
    }

    /// Replies go to an endpoint on the internet, which the test server
    /// plays as its HTTP proxy: the system's "offline" applies to it.
    int addRemoteServerEndpoint()
    {
        network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, server.port()));
        const int row = settings.addEndpoint(u"openai"_s);
        EXPECT_EQ(settings.updateEndpoint(row, u"Test"_s, u"openai"_s, u"http://api.example.com/v1"_s,
                                          u"test-model"_s),
                  QString());
        return row;
    }

    void storeKey(int row)
    {
        settings.setApiKey(row, kKey);
        ASSERT_TRUE(
            waitUntil(&settings, &SettingsController::busyChanged, [&] { return !settings.isBusy(); }));
    }

    /// Waits until `count` replies have ended in all.
    bool waitForEnd(qsizetype count = 1)
    {
        return waitUntil(chat.get(), &ChatController::replyEnded, [&] { return ended->count() >= count; });
    }

    bool waitForReplyText(const QString &text)
    {
        return waitUntil(chat->transcript(), &QAbstractItemModel::dataChanged,
                         [&] { return chat->isBusy() && reply().text == text; });
    }

    bool lastReplyCompleted() const { return !ended->isEmpty() && ended->last().at(0).toBool(); }
    const TranscriptMessage &reply() const
    {
        return chat->transcript()->message(chat->transcript()->messageCount() - 1);
    }
    ConversationListModel &conversations() { return *conversationList; }
    /// What the store holds of a conversation, as the transcript would show it.
    QList<TranscriptMessage> stored(qint64 id) const
    {
        const auto records = store->messages(id);
        QList<TranscriptMessage> messages;
        for (const inkchat::chat::MessageRecord &record : records.value())
            messages.append(TranscriptMessage::from(record));
        return messages;
    }

    /// Message `message` of request `request` to the server; negative: from the end.
    QJsonObject sent(qsizetype request, qsizetype message) const
    {
        const QJsonArray messages = requestMessages(server.requests().value(request));
        return messages.at(message < 0 ? messages.size() + message : message).toObject();
    }
    QString history() const { return statuses.join(u" | "_s); }

    TempSettings temp;
    FakeSecretStore secrets;
    StreamServer server;
    QNetworkAccessManager network;
    ThemeController theme{temp.settings, inkchat::chat::DisplayProfile::Kind::Desktop};
    SettingsController settings{temp.settings, secrets};
    std::unique_ptr<ConversationStore> store = ConversationStore::open(ConversationStore::kInMemory).value();
    FrameStats stats;
    FakeReachability reachability;
    inkchat::store::CheckpointPolicy checkpoints; ///< for the sessions built from now on
    std::unique_ptr<EndpointResolver> endpoints;
    std::unique_ptr<inkchat::session::SessionRegistry> sessions;
    std::unique_ptr<ConversationListModel> conversationList;
    std::unique_ptr<QAbstractItemModelTester> conversationsTester;
    std::unique_ptr<ChatController> chat;
    std::unique_ptr<QAbstractItemModelTester> transcriptTester;
    std::unique_ptr<QSignalSpy> ended;
    QStringList statuses; ///< every status the line showed, in order
};

} // namespace inkchat::test::chatcontroller
