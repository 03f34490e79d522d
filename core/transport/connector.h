#pragma once

#include "backoff.h"
#include "bufferingdetector.h"
#include "connectorstate.h"
#include "httpstreamtransport.h"
#include "requestconformance.h"
#include "websockettransport.h"

#include "chat/conversation.h"
#include "chat/replytext.h"
#include "provider/provider.h"
#include "provider/replyreader.h"
#include "stream/streamlimits.h"
#include "stream/surrogatejoiner.h"
#include "util/clock.h"
#include "util/error.h"

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace inkchat::transport {

class LadderMemory;
class NetworkThread;
class Reachability;

/// Tunables of the connector.
struct ConnectorOptions
{
    /// Use only this rung (`inkchat-cli chat --transport`); nullopt walks
    /// the provider's ladder.
    std::optional<provider::Rung> onlyRung;
    BackoffPolicy backoff;
    /// Failed attempts in a row on one rung, none of which received
    /// anything, before the connector moves down the ladder. A WebSocket
    /// that fails before its first event falls back at once.
    int attemptsPerRung = 2;
    /// Connections one reply may use in all, progress or not: a server that
    /// breaks every reply off at the same point must not keep us going forever.
    int maxAttempts = 100;
    /// Between two polls of a background reply that is still being written.
    std::chrono::milliseconds pollInterval{1000};
    /// The longest Retry-After (or SSE `retry:`) honoured; a longer one
    /// ends the reply with the server's words instead of a wait nobody expects.
    std::chrono::milliseconds maxRetryAfter{std::chrono::minutes(5)};
    /// The reply fails when nothing carries it forward (text, reasoning, a
    /// resume position, or bytes of an event still arriving) for this long,
    /// whatever else arrives: heartbeats and comments keep a connection
    /// alive, not a reply.
    /// Generous, for models that think for minutes before they write; not
    /// counted while the network is down. The only deadline of a reply on
    /// the single-response rung and of a stream a proxy buffers: their
    /// silences say nothing, so no idle timeout applies to them.
    std::chrono::milliseconds progressTimeout{std::chrono::minutes(10)};
    /// The longest reply kept, in UTF-16 code units of its visible text
    /// (characters; one outside the BMP counts twice). A server that never
    /// stops must not fill the memory and the conversation store; the
    /// largest model outputs are a few hundred thousand characters.
    qsizetype maxReplyLength = 16 * 1024 * 1024;
    HttpStreamOptions http;
    WebSocketOptions webSocket;
    BufferingThresholds buffering;
    stream::Limits limits;
};

/// What the connector works with, injected so tests control time, the
/// network state and the dice.
struct ConnectorServices
{
    QNetworkAccessManager *network = nullptr; ///< required; outlives the connector
    Clock *clock = &Clock::system();
    Reachability *reachability = nullptr; ///< nullptr: always online
    LadderMemory *memory = nullptr;       ///< nullptr: remember nothing
    QRandomGenerator *random = QRandomGenerator::global();
    /// Where the transports run; nullptr: on the connector's thread, with
    /// `network`. With a thread, its delivery interval paces the chunks.
    NetworkThread *networkThread = nullptr;
};

/// Gets one assistant reply across whatever the network allows, and keeps
/// it whole.
///
/// It tries the provider's transport ladder (WebSocket, HTTP streaming,
/// long-poll, single response) from the best rung the LadderMemory does not
/// hold back, and moves down a rung when one cannot carry the reply: a
/// WebSocket that fails before its first event, an answer in another
/// protocol, or a connection that breaks before anything arrived, twice. A
/// server error or a timeout is retried on the same rung: the next would
/// meet it too. Only a rung left on a hint that it is blocked (refused
/// upgrade, protocol garbage) and then passed by a rung that got an answer
/// is remembered as demoted; a proxy's buffering counts from the memory's
/// second buffered reply in a row.
/// A reply that breaks off is picked up where the provider allows it:
/// resumed (Last-Event-ID, Responses `starting_after`, polling a background
/// reply), otherwise continued by a request that ends in the partial reply
/// where the server honours that (Provider::canContinue(); the seam is
/// recorded), otherwise restarted: the new answer replaces the partial one
/// (restarted(), then its text from the start), never joined to it; a
/// server that restarted the reply itself says so (ReplyRestart) and is
/// treated alike. A reply asked for afresh that breaks off three times in a
/// row no later than before ends there, with what came: asking again would
/// not help. Where the provider takes an idempotency key, every request of
/// the reply carries the same one, so a request cut before the server named
/// the reply is recognised when it is sent again.
/// An optional parameter a compatible server refuses (see RequestConformance)
/// is left out of a second request, and then of the endpoint's requests.
/// Retries wait with exponential backoff and full jitter, or as long as
/// Retry-After says; progress resets the backoff. 400, 401, 403 and 404 end
/// the reply with the provider's own words. While the network is down,
/// nothing is retried: the connector waits for it to come back.
///
/// Ends with exactly one terminal signal: finished(reason) or failed(error),
/// every message with the API key redacted. A failure after part of the
/// reply arrived because the connection broke for good is of kind
/// Interrupted; `retries` says how often it was tried again. The provider, the network
/// manager and the services outlive the connector. Single use. Do not
/// delete it from a slot connected to its signals (use deleteLater()).
class Connector : public QObject
{
    Q_OBJECT

public:
    Connector(const provider::Provider &provider, provider::Endpoint endpoint, ConnectorServices services,
              ConnectorOptions options = {}, QObject *parent = nullptr);
    ~Connector() override;

    /// Starts getting the reply to this conversation. Never emits before
    /// returning.
    void start(const chat::Conversation &conversation);

    /// Like start(), for a reply of which `partialReply` was received
    /// earlier (a reply the user stopped, or that failed, and now asks to
    /// continue): asks for what comes after it, as after a dropped
    /// connection. text() starts with it; textReceived() carries only what
    /// follows (or, where the server cannot continue, restarted() and the
    /// new answer).
    void startContinuation(const chat::Conversation &conversation, const QString &partialReply);

    /// Stops; emits failed() with Kind::Cancelled unless the reply had ended.
    void cancel();
    /// While waiting for the network (Phase::Offline): tries once now,
    /// whatever the system says (the user's "Retry now").
    void retryNow();

    /// The visible reply received so far.
    const QString &text() const { return m_reply.text(); }
    /// Positions in text() where a continuation took over from a broken reply.
    const QList<qsizetype> &seams() const { return m_reply.seams(); }
    const ConnectorState &state() const { return m_state; }
    bool isRunning() const { return m_started && !m_done; }
    /// Running, with no request on the wire: waiting to retry, to poll
    /// again, or for the network.
    bool isBetweenAttempts() const { return isRunning() && !m_transport; }

Q_SIGNALS:
    void textReceived(const QString &text);
    void reasoningReceived(const QString &text);
    /// Token counts; -1 where the provider did not say.
    void usageReceived(qint64 inputTokens, qint64 outputTokens);
    /// The server named the model that writes the reply.
    void modelReported(const QString &model);
    /// A continuation takes over at this position of text().
    void seamAdded(qsizetype position);
    /// The reply was asked for again from the start and its first text is
    /// here: text() is replaced by the new answer, whose text follows in
    /// textReceived() from its beginning. The partial one is the caller's to
    /// keep (an earlier version).
    void restarted();
    void stateChanged(const inkchat::transport::ConnectorState &state);
    /// Something the user should know that is not a state: that a proxy
    /// buffers the stream, or that this reply goes without a rung found
    /// blocked. Never before the first attempt starts.
    void notice(const inkchat::transport::ConnectorNotice &notice);
    /// The provider's finish reason as it spells it (may be empty).
    void finished(const QString &finishReason);
    void failed(const inkchat::Error &error);

private:
    /// How an attempt asks for the reply.
    enum class Request { Fresh, Resume, Continuation, Restart };

    provider::Rung rung() const { return m_ladder.at(m_rungIndex); }
    void beginAttempt();
    Request nextRequest(bool canResume) const;
    void newReader(provider::Framing framing);
    /// The request that picks the reply up where it broke off, if the
    /// provider can do that from what the decoders reported.
    std::optional<provider::StreamRequest> resumeRequest() const;
    void startTransport(const provider::StreamRequest &request);
    void onResponseStarted(int status);
    void onChunk(const QByteArray &chunk);
    void onTransportFinished();
    void onTransportFailed(const inkchat::Error &error);
    void onOnlineChanged(bool online);
    void onNoProgress();
    void waitForNetwork(std::optional<Error> reason);
    /// The system says offline and the endpoint is not on this machine or the LAN.
    bool isNetworkDown() const;

    /// Handles the events; returns how many carried the reply forward.
    int deliver(const provider::StreamEvents &events);
    void deliverText(const QString &piece);
    /// The attempt ended without the reply: retry, resume, fall back or give up.
    void recover(Error error);
    bool mayFallBack(const Error &error) const;
    /// Moves down a rung. `evidence`: the failure hints that the rung is
    /// blocked; it is remembered once the next rung carries the reply
    /// forward on its first attempt.
    void fallBack(const Error &reason, std::optional<Evidence> evidence = std::nullopt);
    void confirmDemotion();
    /// The attempt that just broke off got no further into the reply than
    /// an earlier one, and the reply can only be asked for afresh: true once
    /// kRestartsInVain such attempts came in a row.
    bool restartsInVain();
    /// The request without a parameter the endpoint refused got an answer:
    /// the endpoint's later requests go without it too.
    void rememberRefusals();
    /// The idle timeout the rung's transport starts with.
    std::chrono::milliseconds idleTimeoutFor(provider::Rung rung) const;
    void tellBuffering();
    void tell(ConnectorNotice::Kind kind, const Demotion &demotion);
    void retryLater(std::chrono::milliseconds delay, const Error &reason);
    void scheduleAttempt(std::chrono::milliseconds delay);
    void setState(ConnectorState::Phase phase, std::optional<Error> reason = std::nullopt);
    void complete();
    void fail(Error error);
    void stopAttempt();
    Error redacted(Error error) const;
    QString endpointKey() const;

    const provider::Provider &m_provider;
    provider::Endpoint m_endpoint;
    ConnectorServices m_services;
    ConnectorOptions m_options;
    chat::Conversation m_conversation;

    QList<provider::Rung> m_ladder;
    qsizetype m_rungIndex = 0;
    int m_failuresOnRung = 0; ///< attempts in a row on this rung that received nothing
    static constexpr int kRestartsInVain = 3;
    qsizetype m_furthestReached = 0; ///< the longest text an attempt of this reply got to
    int m_restartsInVain = 0;        ///< attempts in a row that got no further
    int m_attempts = 0;              ///< connections made for this reply
    Backoff m_backoff;
    BufferingDetector m_buffering;
    bool m_bufferingSeen = false; ///< a proxy buffers this reply (told once)
    RequestConformance m_conformance;
    provider::OptionalParameters m_omitted; ///< left out of this reply's requests
    /// A rung this reply left on a hint it is blocked, not yet confirmed.
    std::optional<Demotion> m_suspect;
    QList<ConnectorNotice> m_startNotices; ///< said when the first attempt starts
    std::unique_ptr<Timer> m_retryTimer;
    std::unique_ptr<Timer> m_progressTimer; ///< progressTimeout since the last progress

    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<provider::ReplyReader> m_reader;
    Request m_request = Request::Fresh;
    int m_status = 0;
    int m_progressInAttempt = 0; ///< events that carried the reply forward
    bool m_webSocket = false;

    provider::ResumeState m_resume;
    chat::ReplyText m_reply;
    /// Sent with every request of this reply where the provider takes one
    /// (ProviderCapabilities::idempotencyKey).
    QByteArray m_idempotencyKey;
    stream::SurrogateJoiner m_textJoiner; ///< a pair split across deltas
    stream::SurrogateJoiner m_reasoningJoiner;
    QString m_finishReason;

    ConnectorState m_state;
    bool m_started = false;
    bool m_done = false;
    bool m_waitingForNetwork = false;
    bool m_retryNow = false; ///< the next attempt ignores the system's "offline"
};

} // namespace inkchat::transport
