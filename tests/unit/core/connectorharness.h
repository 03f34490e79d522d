#pragma once

// The Connector tests' harness and wire bodies: a connector on a manual
// clock against a StreamServer, and streams built from the reply they carry.

#include "fakereachability.h"
#include "fixtures.h"
#include "manualclock.h"
#include "ssescript.h"
#include "streamserver.h"

#include "provider/providerregistry.h"
#include "transport/connector.h"
#include "transport/laddermemory.h"
#include "transport/reachability.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>
namespace inkchat::test::connector {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using inkchat::Error;
using inkchat::provider::Rung;
using inkchat::test::ManualClock;
using inkchat::test::openAiChatBody;
using inkchat::test::RecordedRequest;
using inkchat::test::sseResponse;
using inkchat::test::StreamResponse;
using inkchat::test::StreamServer;
using inkchat::transport::Connector;
using inkchat::transport::ConnectorNotice;
using inkchat::transport::ConnectorOptions;
using inkchat::transport::ConnectorServices;
using inkchat::transport::ConnectorState;
using inkchat::transport::Evidence;
using inkchat::transport::LadderMemory;
using Phase = inkchat::transport::ConnectorState::Phase;

inline constexpr int kWaitMs = 10'000;
inline const QString kFakeKey = u"sk-test-FAKE0123456789"_s;

/// One connector against a StreamServer, on a manual clock: the test fires
/// the connector's waits (retry, fallback, poll) itself, so backoff and
/// Retry-After are checked without sleeping.
struct Harness
{
    explicit Harness(const QString &providerId, const QUrl &baseUrl, ConnectorOptions connectorOptions = {})
        : provider(inkchat::provider::createProvider(providerId)),
          options(std::move(connectorOptions)),
          settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat),
          memory(&settings, clock)
    {
        endpoint.baseUrl = baseUrl;
        endpoint.model = u"test-model"_s;
        endpoint.apiKey = kFakeKey;
        create();
    }

    /// A new connector for the next reply, with the same memory and clock.
    void create()
    {
        ConnectorServices services;
        services.network = &network;
        services.clock = &clock;
        services.reachability = &reachability;
        services.memory = &memory;
        services.random = &random;
        connector = std::make_unique<Connector>(*provider, endpoint, services, options);
        text.clear();
        states.clear();
        notices.clear();
        seams.clear();
        finishedCount = 0;
        error.reset();
        restarts = 0;
        QObject::connect(connector.get(), &Connector::textReceived,
                         [this](const QString &piece) { text += piece; });
        // As a front end does: the new answer replaces what was shown.
        QObject::connect(connector.get(), &Connector::restarted, [this] {
            ++restarts;
            text.clear();
        });
        QObject::connect(connector.get(), &Connector::stateChanged,
                         [this](const ConnectorState &state) { states.append(state); });
        QObject::connect(connector.get(), &Connector::notice,
                         [this](const ConnectorNotice &notice) { notices.append(notice); });
        QObject::connect(connector.get(), &Connector::seamAdded,
                         [this](qsizetype position) { seams.append(position); });
        QObject::connect(connector.get(), &Connector::finished, [this] { ++finishedCount; });
        QObject::connect(connector.get(), &Connector::failed, [this](const Error &e) { error = e; });
    }

    void start()
    {
        inkchat::chat::Conversation conversation;
        conversation.messages.append({inkchat::chat::Role::User, u"Hallo"_s});
        connector->start(conversation);
    }

    bool ended() const { return finishedCount > 0 || error.has_value(); }

    /// Runs the event loop until `done`, firing the connector's own timer
    /// whenever it waits for one. False on timeout.
    template <typename Predicate>
    bool runUntil(Predicate done)
    {
        QDeadlineTimer deadline(kWaitMs);
        while (!done()) {
            if (deadline.hasExpired())
                return false;
            if (connector->isBetweenAttempts() && clock.nextTimeout() >= 0ms) {
                waits.append(clock.nextTimeout());
                clock.fireNext();
                continue;
            }
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        }
        return true;
    }

    bool run()
    {
        return runUntil([this] { return ended(); });
    }

    QString errorMessage() const { return error ? error->message : QString(); }

    QList<Phase> phases() const
    {
        QList<Phase> result;
        for (const ConnectorState &state : states)
            result.append(state.phase);
        return result;
    }

    bool sawState(Phase phase) const { return phases().contains(phase); }

    QTemporaryDir dir;
    ManualClock clock;
    QNetworkAccessManager network;
    FakeReachability reachability;
    QRandomGenerator random{42};
    std::unique_ptr<inkchat::provider::Provider> provider;
    inkchat::provider::Endpoint endpoint;
    ConnectorOptions options;
    QSettings settings;
    LadderMemory memory;
    std::unique_ptr<Connector> connector;

    QString text;
    QList<ConnectorState> states;
    QList<ConnectorNotice> notices;
    QList<qsizetype> seams;
    QList<std::chrono::milliseconds> waits;
    int finishedCount = 0;
    int restarts = 0; ///< restarted() signals: the reply was asked for again from the start
    std::optional<Error> error;
};

// --- wire bodies, built from the reply they carry --------------------------

inline const QStringList kPieces = {u"Ein"_s,    u" langer"_s, u" Satz"_s, u" über"_s,
                                    u" Züge,"_s, u" die"_s,    u" spät"_s, u" kommen"_s,
                                    u" – 🚆"_s,   u" und"_s,    u" doch"_s, u" ankommen."_s};

inline QString joined(const QStringList &pieces)
{
    return pieces.join(QString());
}

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// A generic SSE stream with an id on every event, ending in [DONE].
inline QByteArray genericSseBody(const QStringList &pieces)
{
    QByteArray body = "retry: 500\n\n";
    for (qsizetype i = 0; i < pieces.size(); ++i)
        body += "id: " + QByteArray::number(i + 1) + "\ndata: " + pieces.at(i).toUtf8() + "\n\n";
    return body + "data: [DONE]\n\n";
}

/// An OpenAI Responses background stream of these pieces, with sequence numbers.
inline QByteArray responsesBody(const QStringList &pieces)
{
    int sequence = 0;
    const auto event = [&sequence](const QString &type, QJsonObject fields) -> QByteArray {
        fields.insert("type"_L1, type);
        fields.insert("sequence_number"_L1, sequence++);
        return "event: " + type.toUtf8() + "\ndata: " + json(fields) + "\n\n";
    };
    const QJsonObject response{{"id"_L1, u"resp_abc123"_s}, {"status"_L1, u"in_progress"_s}};
    QByteArray body = event(u"response.created"_s, {{"response"_L1, response}});
    for (const QString &piece : pieces)
        body += event(u"response.output_text.delta"_s, {{"item_id"_L1, u"msg_1"_s}, {"delta"_L1, piece}});
    QJsonObject done = response;
    done.insert("status"_L1, u"completed"_s);
    return body + event(u"response.completed"_s, {{"response"_L1, done}});
}

/// A Responses object (single response or poll result) with this status.
inline QByteArray responsesObject(const QString &status, const QString &text = {})
{
    QJsonObject object{{"id"_L1, u"resp_abc123"_s}, {"object"_L1, u"response"_s}, {"status"_L1, status}};
    if (!text.isEmpty()) {
        const QJsonObject part{{"type"_L1, u"output_text"_s}, {"text"_L1, text}};
        object.insert("output"_L1,
                      QJsonArray{QJsonObject{{"type"_L1, u"message"_s}, {"content"_L1, QJsonArray{part}}}});
    }
    return json(object);
}

inline StreamResponse jsonResponse(const QByteArray &body, int status = 200)
{
    StreamResponse response;
    response.status = status;
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    response.body = body;
    return response;
}

/// A server-side refusal: the proxy resets a connection it does not like.
inline StreamResponse dropped()
{
    StreamResponse response;
    response.cutAfterBytes = 0;
    return response;
}

inline bool isStreamingPost(const RecordedRequest &request)
{
    return request.method == "POST" && request.body.contains("\"stream\":true");
}

/// Every byte offset worth cutting a stream at: each event boundary, and
/// the middle of each event.
inline QList<qsizetype> cutPositions(const QByteArray &body)
{
    QList<qsizetype> cuts;
    qsizetype start = 0;
    for (const QByteArray &block : inkchat::test::sseEventBlocks(body)) {
        cuts.append(start + block.size() / 2);
        start += block.size();
        if (start < body.size())
            cuts.append(start);
    }
    return cuts;
}

inline bool isUpgrade(const RecordedRequest &request)
{
    return request.header("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

inline StreamResponse refusedUpgrade()
{
    StreamResponse response = jsonResponse(R"({"error":"WebSockets are not allowed here"})", 403);
    response.reason = "Forbidden";
    response.webSocket.accept = false;
    return response;
}

inline QList<Rung> rungsUsed(const QList<RecordedRequest> &requests)
{
    QList<Rung> rungs;
    for (const RecordedRequest &request : requests) {
        const Rung rung = isUpgrade(request)                                               ? Rung::WebSocket
                          : isStreamingPost(request)                                       ? Rung::Stream
                          : request.body.contains("background") || request.method == "GET" ? Rung::Poll
                                                                                           : Rung::Single;
        if (rungs.isEmpty() || rungs.last() != rung)
            rungs.append(rung);
    }
    return rungs;
}

} // namespace inkchat::test::connector
