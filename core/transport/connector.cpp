#include "connector.h"

#include "laddermemory.h"
#include "localhost.h"
#include "reachability.h"
#include "threadedtransport.h"

#include "util/redact.h"
#include "util/secondstext.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QUuid>

#include <type_traits>
#include <utility>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcConnector, "inkchat.transport.connector", QtInfoMsg)

namespace inkchat::transport {

using provider::Rung;

namespace {

/// Statuses that say the request itself is wrong (bad key, unknown model,
/// malformed body): asking again cannot help, the user must act.
bool isFinalHttpError(const Error &error)
{
    return error.kind == Error::Kind::Http && error.httpStatus >= 400 && error.httpStatus < 500
           && error.httpStatus != 408 && error.httpStatus != 425 && error.httpStatus != 429;
}

/// Failures no retry or other rung can mend.
bool isFinalError(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Usage:
    case Error::Kind::Tls: // a certificate problem does not go away; never worked around
    case Error::Kind::LimitExceeded:
    case Error::Kind::Cancelled:
    case Error::Kind::Unavailable: // a missing service (no keychain) does not come back by retrying
        return true;
    case Error::Kind::Provider:
        return !error.retryable;
    default:
        return isFinalHttpError(error);
    }
}

bool isStreamingRung(Rung rung)
{
    return rung == Rung::WebSocket || rung == Rung::Stream;
}

} // namespace

Connector::Connector(const provider::Provider &provider, provider::Endpoint endpoint,
                     ConnectorServices services, ConnectorOptions options, QObject *parent)
    : QObject(parent),
      m_provider(provider),
      m_endpoint(std::move(endpoint)),
      m_services(services),
      m_options(std::move(options)),
      m_backoff(m_options.backoff, m_services.random),
      m_buffering(m_options.buffering)
{
    Q_ASSERT(m_services.network && m_services.clock);
    m_idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_retryTimer = m_services.clock->createTimer([this] { beginAttempt(); });
    m_progressTimer = m_services.clock->createTimer([this] { onNoProgress(); });
    if (m_services.reachability) {
        connect(m_services.reachability, &Reachability::onlineChanged, this, &Connector::onOnlineChanged);
    }
}

Connector::~Connector() = default;

void Connector::start(const chat::Conversation &conversation)
{
    Q_ASSERT_X(!m_started, "Connector::start", "single use");
    m_started = true;
    m_conversation = conversation;
    if (m_options.onlyRung) {
        m_ladder = {*m_options.onlyRung};
    } else if (m_services.memory) {
        const LadderPlan plan = m_services.memory->planReply(endpointKey(), m_provider.rungs());
        m_ladder = plan.rungs;
        // Held back, not removed: when the rungs left cannot carry the
        // reply either, the network has changed since; they are the last resort.
        for (const Demotion &skipped : plan.skipped) {
            m_ladder.append(skipped.rung);
            m_startNotices.append({ConnectorNotice::Kind::RungSkipped, skipped});
        }
    } else {
        m_ladder = m_provider.rungs();
    }
    if (m_services.memory)
        m_omitted = m_services.memory->refusedParameters(endpointKey());
    Q_ASSERT(!m_ladder.isEmpty());
    qCDebug(lcConnector) << "ladder for" << m_provider.id() << ":" << m_ladder.size() << "rungs from"
                         << provider::rungName(m_ladder.first());
    m_progressTimer->start(m_options.progressTimeout);
    scheduleAttempt(0ms); // start() must return before the first signal
}

void Connector::startContinuation(const chat::Conversation &conversation, const QString &partialReply)
{
    Q_ASSERT_X(!m_started, "Connector::startContinuation", "single use");
    m_reply.append(partialReply);
    start(conversation);
}

void Connector::cancel()
{
    if (!m_started || m_done)
        return;
    fail(Error::make(Error::Kind::Cancelled, {}));
}

void Connector::beginAttempt()
{
    if (m_done)
        return;
    for (const ConnectorNotice &skipped : std::exchange(m_startNotices, {}))
        Q_EMIT notice(skipped);
    if (!std::exchange(m_retryNow, false) && isNetworkDown()) {
        waitForNetwork(std::nullopt);
        return;
    }
    const Rung rung = this->rung();
    std::optional<provider::StreamRequest> resume = resumeRequest();
    m_request = nextRequest(resume.has_value());
    provider::StreamRequest request;
    switch (m_request) {
    case Request::Resume:
        request = *std::move(resume);
        m_reader->restartBody(request.framing);
        break;
    case Request::Continuation:
        request = m_provider.buildContinuationRequest(m_conversation, m_endpoint, rung, m_reply.text());
        newReader(request.framing);
        m_reply.beginContinuation();
        Q_EMIT seamAdded(m_reply.seams().last());
        break;
    case Request::Fresh:
    case Request::Restart:
        request = m_provider.buildRequest(m_conversation, m_endpoint, rung);
        newReader(request.framing);
        if (m_request == Request::Restart)
            m_reply.beginRestart();
        break;
    }
    if (m_request != Request::Resume && m_provider.info().capabilities.idempotencyKey) {
        // Every request of this reply says it is the same one: a retry of a
        // request cut before its answer named the reply gets that reply,
        // not a second one generated beside it.
        request.headers.append({QByteArrayLiteral("Idempotency-Key"), m_idempotencyKey});
    }
    if (const provider::OptionalParameters omitted = request.optional & m_omitted) {
        if (const std::optional<QByteArray> body = provider::withoutParameters(request.body, omitted)) {
            request.body = *body;
            request.optional &= ~omitted;
        }
    }
    m_status = 0;
    m_progressInAttempt = 0;
    // Polling a reply that is being written is not a new try at getting it.
    if (m_state.phase != ConnectorState::Phase::Waiting) {
        ++m_attempts;
        setState(ConnectorState::Phase::Connecting);
    }
    startTransport(request);
}

Connector::Request Connector::nextRequest(bool canResume) const
{
    if (canResume)
        return Request::Resume;
    if (m_reply.text().isEmpty())
        return Request::Fresh; // the first attempt, or nothing shown yet: simply ask (again)
    return m_provider.canContinue(m_endpoint) ? Request::Continuation : Request::Restart;
}

void Connector::newReader(provider::Framing framing)
{
    // A half character a broken stream left is not the new stream's.
    m_textJoiner.reset();
    m_reasoningJoiner.reset();
    m_reader = std::make_unique<provider::ReplyReader>(framing, m_provider.createDecoder(rung()),
                                                       m_options.limits);
}

std::optional<provider::StreamRequest> Connector::resumeRequest() const
{
    if (!m_reader || (m_resume.position.isEmpty() && m_resume.responseId.isEmpty()))
        return std::nullopt;
    return m_provider.buildResumeRequest(m_conversation, m_endpoint, rung(), m_resume);
}

void Connector::startTransport(const provider::StreamRequest &request)
{
    ThreadedTransport::Factory create;
    if (request.framing == provider::Framing::WebSocket) {
        WebSocketOptions webSocket = m_options.webSocket;
        webSocket.maxMessageSize = m_options.limits.maxEventSize; // a message is one event
        create = [webSocket, clock = m_services.clock](QNetworkAccessManager *) {
            return std::make_unique<WebSocketTransport>(webSocket, *clock);
        };
    } else {
        const provider::Provider *describer = &m_provider;
        RequestConformance *conformance = &m_conformance;
        // On a network thread this runs there: it fills m_conformance before
        // failed() is posted here, and nothing here reads it until then.
        create = [describer, conformance, options = m_options.http,
                  clock = m_services.clock](QNetworkAccessManager *network) {
            return std::make_unique<HttpStreamTransport>(
                network,
                [describer, conformance](const provider::HttpErrorResponse &response) {
                    conformance->errorBodyReceived(response.body);
                    return describer->describeHttpError(response);
                },
                options, *clock);
        };
    }
    if (m_services.networkThread)
        m_transport = std::make_unique<ThreadedTransport>(*m_services.networkThread, std::move(create),
                                                          *m_services.clock);
    else
        m_transport = create(m_services.network);
    m_webSocket = request.framing == provider::Framing::WebSocket;
    m_transport->setIdleTimeout(idleTimeoutFor(rung()));
    connect(m_transport.get(), &Transport::responseStarted, this, &Connector::onResponseStarted);
    connect(m_transport.get(), &Transport::chunkReceived, this, &Connector::onChunk);
    connect(m_transport.get(), &Transport::finished, this, &Connector::onTransportFinished);
    connect(m_transport.get(), &Transport::failed, this, &Connector::onTransportFailed);
    m_buffering.requestSent(m_services.clock->now());
    m_conformance.requestSent(request.optional);
    qCDebug(lcConnector) << "attempt on" << provider::rungName(rung()) << request.method
                         << request.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    m_transport->start(request);
}

std::chrono::milliseconds Connector::idleTimeoutFor(Rung rung) const
{
    // A single response says nothing until the whole reply is written: a
    // silence as long as the generation, which the progress deadline bounds.
    if (rung == Rung::Single
        || (rung == Rung::Poll && m_omitted.testFlag(provider::OptionalParameter::Background)))
        return 0ms;
    // A proxy that held this rung's stream back holds heartbeats back too.
    if (m_bufferingSeen || (m_services.memory && m_services.memory->expectsBuffering(endpointKey(), rung)))
        return 0ms;
    return m_webSocket ? m_options.webSocket.idleTimeout : m_options.http.idleTimeout;
}

void Connector::onResponseStarted(int status)
{
    m_status = status;
}

void Connector::onChunk(const QByteArray &chunk)
{
    // A proxy's bursts show in when the bytes were read, not when a
    // batching transport hands them on.
    const std::chrono::milliseconds arrivedAt = m_transport->chunkArrivedAt().value_or(
        m_services.clock->now());
    provider::StreamEvents events;
    const qsizetype pendingBefore = m_reader->pendingBytes();
    if (m_webSocket)
        m_reader->feedMessage(chunk, events);
    else
        m_reader->feed(chunk, events);
    const int progress = deliver(events);
    // A large event arriving in small pieces (1 MB in 1-byte TCP segments)
    // is the reply coming, though no event is complete yet; heartbeats and
    // comments leave nothing pending and are not.
    if (progress == 0 && !m_done && m_reader->pendingBytes() > pendingBefore)
        m_progressTimer->start(m_options.progressTimeout);
    if (m_buffering.received(arrivedAt, progress) && m_buffering.isProven() && m_transport) {
        m_transport->setIdleTimeout(0ms);
        tellBuffering();
    }
    // The provider's end event ends the reply, whatever the connection does
    // next: OpenAI's WebSocket mode keeps the socket open for the next turn,
    // and some proxies hold an HTTP body open after its last event.
    if (!m_done && m_transport && m_reader->isComplete())
        complete();
}

void Connector::onTransportFinished()
{
    // EventSource's rule: 204 No Content means "nothing more, stop asking".
    if (m_status == 204) {
        complete();
        return;
    }
    provider::StreamEvents events;
    m_reader->finish(events);
    deliver(events);
    if (m_done || !m_transport)
        return; // an error in the events already decided
    if (m_reader->isComplete()) {
        complete();
    } else if (m_reader->isPending()) {
        // A background reply still being written: a good answer, ask again.
        confirmDemotion();
        stopAttempt();
        m_failuresOnRung = 0;
        m_backoff.reset();
        setState(ConnectorState::Phase::Waiting);
        scheduleAttempt(m_options.pollInterval);
    }
}

void Connector::onTransportFailed(const Error &error)
{
    // Some servers drop the connection right after their end signal; the
    // reply is whole, so the drop is not the user's problem.
    if (m_reader->isComplete()) {
        complete();
        return;
    }
    recover(error);
}

void Connector::onOnlineChanged(bool online)
{
    if (!online || !m_waitingForNetwork || m_done)
        return;
    m_waitingForNetwork = false;
    m_progressTimer->start(m_options.progressTimeout);
    scheduleAttempt(0ms);
}

bool Connector::isNetworkDown() const
{
    // The system's "offline" means no default route: a server on this
    // machine or the LAN is still there (airplane mode, an air-gapped LAN).
    return m_services.reachability && !m_services.reachability->isOnline()
           && !isLocalNetworkUrl(m_endpoint.baseUrl);
}

void Connector::retryNow()
{
    if (!isRunning() || !m_waitingForNetwork)
        return;
    // The user knows better than the system's guess: one attempt, and back
    // to waiting if it fails with the network still down.
    m_waitingForNetwork = false;
    m_progressTimer->start(m_options.progressTimeout);
    m_retryNow = true;
    scheduleAttempt(0ms);
}

void Connector::waitForNetwork(std::optional<Error> reason)
{
    m_waitingForNetwork = true;
    m_progressTimer->stop(); // an offline laptop is not a stalling server
    setState(ConnectorState::Phase::Offline, std::move(reason));
}

void Connector::onNoProgress()
{
    if (m_done)
        return;
    if (m_ladder.value(m_rungIndex) == Rung::Single) {
        const QString seconds = secondsText(m_options.progressTimeout);
        fail(Error::coded(Error::Kind::Timeout, Error::Code::ServerSilent, seconds,
                          u"the server did not answer within %1 s"_s.arg(seconds)));
        return;
    }
    const QString seconds = secondsText(m_options.progressTimeout);
    fail(Error::coded(Error::Kind::Timeout, Error::Code::ReplyStalled, seconds,
                      u"no part of the reply arrived for %1 s, though the server kept answering (heartbeats "
                      "or a trickle of bytes)"_s.arg(seconds)));
}

int Connector::deliver(const provider::StreamEvents &events)
{
    int progress = 0;
    const auto advance = [&] {
        ++progress;
        m_progressTimer->start(m_options.progressTimeout);
        if (m_progressInAttempt++ == 0) {
            confirmDemotion();
            rememberRefusals();
            // The connection works: later drops start their count afresh.
            m_failuresOnRung = 0;
            m_backoff.reset();
            setState(ConnectorState::Phase::Streaming);
        }
    };
    for (const provider::StreamEvent &event : events) {
        if (m_done || !m_transport)
            break; // an error ended the attempt
        std::visit(
            [&](const auto &e) {
                using T = std::decay_t<decltype(e)>;
                if constexpr (std::is_same_v<T, provider::TextDelta>) {
                    advance();
                    deliverText(m_textJoiner.take(e.text));
                } else if constexpr (std::is_same_v<T, provider::ReasoningDelta>) {
                    advance();
                    if (const QString reasoning = m_reasoningJoiner.take(e.text); !reasoning.isEmpty())
                        Q_EMIT reasoningReceived(reasoning);
                } else if constexpr (std::is_same_v<T, provider::Usage>) {
                    Q_EMIT usageReceived(e.inputTokens, e.outputTokens);
                } else if constexpr (std::is_same_v<T, provider::AnsweringModel>) {
                    Q_EMIT modelReported(e.name);
                } else if constexpr (std::is_same_v<T, provider::Finished>) {
                    m_finishReason = e.reason;
                } else if constexpr (std::is_same_v<T, provider::ResumePoint>) {
                    if (!e.responseId.isEmpty())
                        m_resume.responseId = e.responseId;
                    if (!e.position.isEmpty() && e.position != m_resume.position) {
                        m_resume.position = e.position;
                        advance();
                    }
                } else if constexpr (std::is_same_v<T, provider::ReplyRestart>) {
                    // The text that follows replaces what is shown (restarted()
                    // with its first piece); a reply with nothing shown has
                    // nothing to replace.
                    if (!m_reply.text().isEmpty())
                        m_reply.beginRestart();
                    m_textJoiner.reset();
                } else {
                    static_assert(std::is_same_v<T, provider::ProviderError>);
                    recover(e.error);
                }
            },
            event);
    }
    return progress;
}

void Connector::deliverText(const QString &piece)
{
    // The first piece of a restarted reply replaces the broken one.
    const bool replaces = m_reply.isRestarting() && !piece.isEmpty();
    const qsizetype kept = replaces ? 0 : m_reply.text().size();
    // The piece that would break the limit is refused whole: what is shown
    // (and stored) is every piece before it, never half of one.
    if (piece.size() > m_options.maxReplyLength - kept) {
        const QString length = QString::number(m_options.maxReplyLength);
        fail(
            Error::coded(Error::Kind::LimitExceeded, Error::Code::ReplyTooLong, length,
                         u"the reply is longer than the maximum reply length (%1 characters)"_s.arg(length)));
        return;
    }
    if (replaces)
        Q_EMIT restarted();
    const QString shown = m_reply.append(piece);
    if (!shown.isEmpty())
        Q_EMIT textReceived(shown);
}

void Connector::recover(Error error)
{
    // The rung after a suspect one failed too: the trouble was not the
    // suspect's alone (an outage, a server restarting).
    m_suspect.reset();
    const bool madeProgress = m_progressInAttempt > 0;
    const Request request = m_request;
    stopAttempt();
    if (m_done)
        return;
    if (request == Request::Resume && isFinalHttpError(error)) {
        // The server will not resume this reply (expired, not a background
        // response): carry on without the resume position.
        qCInfo(lcConnector) << "resume refused:" << redacted(error).message;
        m_resume = {};
        scheduleAttempt(0ms);
        return;
    }
    // A compatible server that refuses an optional parameter gets the
    // request once more without it, as the official servers take it.
    if (const provider::OptionalParameters refused = madeProgress ? provider::OptionalParameters()
                                                                  : m_conformance.refusedBy(error)) {
        m_omitted |= refused;
        qCInfo(lcConnector).noquote() << "asking again without" << provider::optionalParameterNames(refused)
                                      << "after:" << redacted(error).message;
        scheduleAttempt(0ms);
        return;
    }
    // A WebSocket refused, blocked or closed before its first event says
    // nothing about the provider (a proxy's 403 is not the API's): the
    // next rung will hear the provider's own answer.
    const bool webSocketFailed = rung() == Rung::WebSocket && !madeProgress
                                 && error.kind != Error::Kind::Cancelled;
    if (webSocketFailed && m_rungIndex + 1 < m_ladder.size()) {
        fallBack(error, Evidence::UpgradeRefused);
        return;
    }
    // Malformed data in a stream that worked is the server's bug, not the
    // network's: retrying would not make it well-formed.
    if (isFinalError(error) || (error.kind == Error::Kind::Protocol && madeProgress)) {
        fail(std::move(error));
        return;
    }
    if (isNetworkDown()) {
        waitForNetwork(error);
        return;
    }
    if (madeProgress && restartsInVain()) {
        error.message += u" (asked again from the start %1 times, it broke off no later)"_s.arg(
            kRestartsInVain);
        error.gaveUp = Error::GaveUp::RestartsInVain;
        error.gaveUpValues = {QString::number(kRestartsInVain)};
        fail(std::move(error));
        return;
    }
    if (!madeProgress) {
        ++m_failuresOnRung;
        if (mayFallBack(error)) {
            fallBack(error, error.kind == Error::Kind::Protocol ? std::optional(Evidence::ProtocolError)
                                                                : std::nullopt);
            return;
        }
    }
    std::optional<std::chrono::milliseconds> delay = m_backoff.nextDelay();
    if (!delay || m_attempts >= m_options.maxAttempts) {
        error.retries = delay ? m_attempts - 1 : m_backoff.policy().maxRetries;
        fail(std::move(error));
        return;
    }
    if (error.retryAfter) {
        const std::chrono::milliseconds asked = *error.retryAfter;
        if (asked > m_options.maxRetryAfter) {
            fail(std::move(error)); // its retryAfter says how long the server asked for
            return;
        }
        delay = std::max(*delay, asked);
    } else if (const auto serverDelay = m_reader ? m_reader->reconnectionTime() : std::nullopt;
               serverDelay && madeProgress) {
        // The SSE `retry:` field, as EventSource honours it, within the
        // bound Retry-After has.
        if (*serverDelay > m_options.maxRetryAfter) {
            error.gaveUp = Error::GaveUp::ReconnectTooLate;
            error.gaveUpValues = {secondsText(*serverDelay), secondsText(m_options.maxRetryAfter)};
            error.message += u" (the server asks to reconnect in %1 s, longer than the %2 s waited at most)"_s
                                 .arg(error.gaveUpValues[0], error.gaveUpValues[1]);
            fail(std::move(error));
            return;
        }
        delay = *serverDelay;
    }
    retryLater(*delay, error);
}

bool Connector::restartsInVain()
{
    // A resumed or continued reply gets further with each connection; only
    // one asked for afresh can break off at the same place again and again
    // (a proxy's size limit, a server that never says it is done), storing
    // a version of the same part each time.
    if (resumeRequest() || m_provider.canContinue(m_endpoint))
        return false;
    const qsizetype reached = m_reply.text().size();
    if (reached > m_furthestReached) {
        m_furthestReached = reached;
        m_restartsInVain = 0;
        return false;
    }
    return ++m_restartsInVain >= kRestartsInVain;
}

bool Connector::mayFallBack(const Error &error) const
{
    if (m_rungIndex + 1 >= m_ladder.size())
        return false;
    if (error.retryAfter)
        return false; // the server got the request and asked us to wait: the rung works
    if (error.kind == Error::Kind::Protocol)
        return true; // answered by something that does not speak the protocol
    // A server error or a timeout would meet the next rung too, which on
    // top would show the reply later: the same rung is asked again. A
    // connection that breaks before anything came may be a proxy that
    // kills streams; the next rung may pass it (this reply only).
    if (error.kind != Error::Kind::Network && error.kind != Error::Kind::Interrupted)
        return false;
    return m_failuresOnRung >= m_options.attemptsPerRung;
}

void Connector::fallBack(const Error &reason, std::optional<Evidence> evidence)
{
    // Only a hint until another rung gets through: an outage, or a server
    // that is down, fails every rung alike.
    m_suspect.reset();
    if (evidence) {
        m_suspect = Demotion{};
        m_suspect->rung = rung();
        m_suspect->evidence = *evidence;
    }
    ++m_rungIndex;
    m_failuresOnRung = 0;
    m_backoff.reset();
    m_resume = {}; // positions belong to the rung that gave them
    setState(ConnectorState::Phase::FellBack, reason);
    scheduleAttempt(0ms);
}

void Connector::retryLater(std::chrono::milliseconds delay, const Error &reason)
{
    m_state.attempt = m_backoff.retries();
    m_state.delay = delay;
    setState(ConnectorState::Phase::Reconnecting, reason);
    scheduleAttempt(delay);
}

void Connector::scheduleAttempt(std::chrono::milliseconds delay)
{
    m_retryTimer->start(delay);
}

void Connector::setState(ConnectorState::Phase phase, std::optional<Error> reason)
{
    if (phase != ConnectorState::Phase::Reconnecting) {
        m_state.attempt = 0;
        m_state.delay = 0ms;
    }
    m_state.phase = phase;
    m_state.rung = m_ladder.value(m_rungIndex, Rung::Stream);
    m_state.reason = reason ? std::optional(redacted(*std::move(reason))) : std::nullopt;
    qCDebug(lcConnector) << phase << provider::rungName(m_state.rung)
                         << (m_state.reason ? m_state.reason->message : QString());
    Q_EMIT stateChanged(m_state);
}

void Connector::complete()
{
    // A high surrogate the last delta ended with stays lone: U+FFFD.
    if (const QString rest = m_textJoiner.finish(); !rest.isEmpty()) {
        deliverText(rest);
        if (m_done)
            return;
    }
    const Rung rung = this->rung();
    const bool buffered = isStreamingRung(rung) && m_buffering.looksBuffered();
    stopAttempt();
    m_done = true;
    m_retryTimer->stop();
    m_progressTimer->stop();
    if (buffered) {
        tellBuffering();
        if (m_services.memory) {
            if (const std::optional<Demotion> demoted = m_services.memory->recordBuffered(endpointKey(),
                                                                                          rung))
                tell(ConnectorNotice::Kind::RungDemoted, *demoted);
        }
    } else if (m_services.memory) {
        m_services.memory->recordSuccess(endpointKey(), rung);
    }
    setState(ConnectorState::Phase::Finished);
    Q_EMIT finished(m_finishReason);
}

void Connector::confirmDemotion()
{
    if (!m_suspect)
        return;
    Demotion demoted = *std::exchange(m_suspect, std::nullopt);
    if (m_services.memory)
        demoted = m_services.memory->recordBlocked(endpointKey(), demoted.rung, demoted.evidence);
    else
        demoted.since = m_services.clock->wallTime().toUTC();
    tell(ConnectorNotice::Kind::RungDemoted, demoted);
}

void Connector::rememberRefusals()
{
    const provider::OptionalParameters refused = m_conformance.takeConfirmed();
    if (!refused)
        return;
    if (m_services.memory)
        m_services.memory->recordRefused(endpointKey(), refused);
    // Said once: later replies go without the parameters from the start,
    // and Settings lists them.
    ConnectorNotice dropped;
    dropped.kind = ConnectorNotice::Kind::ParametersDropped;
    dropped.dropped = refused;
    if (const std::optional<Error> &answer = m_conformance.refusal())
        dropped.answer = redacted(*answer);
    qCDebug(lcConnector) << "notice: dropped" << provider::optionalParameterNames(refused);
    Q_EMIT notice(dropped);
}

void Connector::tellBuffering()
{
    if (std::exchange(m_bufferingSeen, true))
        return;
    // Once per endpoint: the fix is the proxy's, and repeating it on every
    // reply would not make it happen sooner.
    if (m_services.memory && !m_services.memory->claimBufferingNotice(endpointKey()))
        return;
    Demotion buffering;
    buffering.rung = rung();
    buffering.evidence = Evidence::Buffering;
    buffering.since = m_services.clock->wallTime().toUTC();
    tell(ConnectorNotice::Kind::ProxyBuffering, buffering);
}

void Connector::tell(ConnectorNotice::Kind kind, const Demotion &demotion)
{
    qCDebug(lcConnector) << "notice" << int(kind) << provider::rungName(demotion.rung)
                         << evidenceName(demotion.evidence);
    Q_EMIT notice(ConnectorNotice{kind, demotion});
}

void Connector::fail(Error error)
{
    stopAttempt();
    m_done = true;
    m_retryTimer->stop();
    m_progressTimer->stop();
    // A connection lost for good after part of the reply came cut the reply
    // off; nothing about the request was wrong.
    if (!m_reply.text().isEmpty() && error.kind == Error::Kind::Network)
        error.kind = Error::Kind::Interrupted;
    error = redacted(std::move(error));
    setState(ConnectorState::Phase::Failed, error);
    Q_EMIT failed(error);
}

void Connector::stopAttempt()
{
    if (!m_transport)
        return;
    m_transport->disconnect(this);
    m_transport->abort();
    // We may be inside one of its signals. As a child it still goes with
    // us if we go first, and with it the clock's timer it holds.
    Transport *transport = m_transport.release();
    transport->setParent(this);
    transport->deleteLater();
}

Error Connector::redacted(Error error) const
{
    // Everything a front end may show: the server's words can echo the key.
    const QStringList keys = {m_endpoint.apiKey};
    error.message = redact(error.message, keys);
    error.subject = redact(error.subject, keys);
    error.detail = redact(error.detail, keys);
    for (QString &value : error.values)
        value = redact(value, keys);
    return error;
}

QString Connector::endpointKey() const
{
    return LadderMemory::endpointKey(m_provider.id(), m_endpoint.baseUrl);
}

} // namespace inkchat::transport
