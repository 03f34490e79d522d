// Reconnect: how long from a dropped stream to the first byte of the
// resumed one. A loopback StreamServer sends the first part of a reply and
// holds the connection; once the client has shown that part, the server
// closes it (FIN, the chunked body without its last chunk: a dropped
// stream). The Connector then waits its backoff and picks the reply up:
// an OpenAI Chat Completions reply with a continuation request (the partial
// reply as an assistant prefill), a generic SSE stream with Last-Event-ID.
//
// Measured per run, from the moment the server closes the connection:
// when the resuming request reaches the server, and when the connector
// delivers the first text of the resumed stream (its first byte, parsed).
// With the product's backoff (full jitter) the wait is random, so each
// scenario runs many times: median and p90. With a zero backoff the same
// runs show the pure cost of noticing the drop and reconnecting.
//
//   reconnect_bench [--runs N] [--json FILE]

#include "benchsupport.h"

#include "ssescript.h"
#include "streamserver.h"

#include "provider/providerregistry.h"
#include "transport/backoff.h"
#include "transport/connector.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace inkchat;

namespace {

/// Tokens sent before the drop, and after it.
constexpr int kTokensBefore = 40;
constexpr int kTokensAfter = 40;

QStringList tokens(int first, int count)
{
    QStringList pieces;
    for (int i = first; i < first + count; ++i)
        pieces.append(u" word%1"_s.arg(i));
    return pieces;
}

/// A generic SSE stream with an id on every event, as a server that
/// supports Last-Event-ID sends it (no `retry:` field: the product's own
/// backoff decides the wait).
QByteArray genericSseBody(const QStringList &pieces)
{
    QByteArray body;
    for (qsizetype i = 0; i < pieces.size(); ++i)
        body += "id: " + QByteArray::number(i + 1) + "\ndata: " + pieces.at(i).toUtf8() + "\n\n";
    return body + "data: [DONE]\n\n";
}

/// How the server answers the first request (a stream it will drop after
/// `kTokensBefore` tokens) and the resuming one.
struct Scenario
{
    QString name;
    QString providerId;
    QString resumeBy;
    transport::BackoffPolicy backoff;
    test::StreamServer::Responder (*responder)();
};

test::StreamResponse pausedAfter(const QByteArray &body, qsizetype bytes)
{
    test::StreamResponse response = test::sseResponse(body);
    response.pauseAfterBytes = bytes;
    return response;
}

// Each responder holds only the first connection open for the drop: should
// Qt re-send a request on its own, the repeat is answered whole, so no run
// can hang on it.

test::StreamServer::Responder openAiContinuation()
{
    return [calls = 0](const test::RecordedRequest &request) mutable {
        const QByteArray after = test::openAiChatBody(tokens(kTokensBefore, kTokensAfter));
        if (request.body.contains("\"assistant\"")) // the continuation carries the partial reply
            return test::sseResponse(after);
        const QByteArray before = test::openAiChatBody(tokens(0, kTokensBefore), false);
        return calls++ == 0 ? pausedAfter(before + after, before.size()) : test::sseResponse(before + after);
    };
}

test::StreamServer::Responder sseLastEventId()
{
    return [calls = 0](const test::RecordedRequest &request) mutable {
        const QByteArray body = genericSseBody(tokens(0, kTokensBefore + kTokensAfter));
        if (calls++ == 0) {
            const QByteArray firstIdAfterDrop = "id: " + QByteArray::number(kTokensBefore + 1);
            return pausedAfter(body, body.indexOf(firstIdAfterDrop));
        }
        return test::sseResponse(test::sseBodyAfterEventId(body, request.header("Last-Event-ID")));
    };
}

struct RunFigures
{
    double backoffMs = 0;   ///< the wait the connector chose
    double requestMs = 0;   ///< drop → resuming request at the server
    double firstTextMs = 0; ///< drop → first resumed text at the client
    qint64 wakeUps = 0;     ///< of client and server, drop → end of the reply
};

std::optional<RunFigures> runOnce(const Scenario &scenario)
{
    test::StreamServer server;
    server.setResponder(scenario.responder());
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    const std::unique_ptr<provider::Provider> provider = provider::createProvider(scenario.providerId);
    provider::Endpoint endpoint;
    endpoint.baseUrl = server.url(scenario.providerId == "openai"_L1 ? u"/v1"_s : u"/events"_s);
    endpoint.model = u"bench-model"_s;
    endpoint.apiKey = u"sk-bench"_s;
    // A compatible server that carries on from a prefill (vLLM): OpenAI's
    // own answers one afresh, and a dropped reply is restarted there.
    if (scenario.providerId == "openai"_L1)
        endpoint.server = u"vllm"_s;
    transport::ConnectorServices services;
    services.network = &network;
    transport::ConnectorOptions options;
    options.onlyRung = provider::Rung::Stream;
    options.backoff = scenario.backoff;
    transport::Connector connector(*provider, endpoint, services, options);

    QString text;
    qint64 droppedAt = 0;
    qint64 requestAt = 0;
    qint64 firstTextAt = 0;
    double backoffMs = -1;
    bool ended = false;
    QObject::connect(&connector, &transport::Connector::textReceived, [&](const QString &piece) {
        if (droppedAt != 0 && firstTextAt == 0)
            firstTextAt = bench::monotonicNs();
        text += piece;
    });
    QObject::connect(&connector, &transport::Connector::stateChanged,
                     [&](const transport::ConnectorState &state) {
                         if (state.phase == transport::ConnectorState::Phase::Reconnecting && backoffMs < 0)
                             backoffMs = double(state.delay.count());
                     });
    QObject::connect(&server, &test::StreamServer::requestReceived, [&] {
        if (server.requests().size() == 2)
            requestAt = bench::monotonicNs();
    });
    QObject::connect(&connector, &transport::Connector::finished, [&] { ended = true; });
    QObject::connect(&connector, &transport::Connector::failed, [&](const Error &error) {
        std::fprintf(stderr, "%s: failed: %s\n", qPrintable(scenario.name), qPrintable(error.message));
        ended = true;
    });

    chat::Conversation conversation;
    conversation.messages.append({chat::Role::User, u"Count."_s});
    connector.start(conversation);
    const QString before = tokens(0, kTokensBefore).join(QString());
    if (!bench::runUntil([&] { return text == before || ended; }, 30'000) || ended)
        return std::nullopt;
    droppedAt = bench::monotonicNs();
    const qint64 wakeUpsAtDrop = bench::voluntaryContextSwitches();
    server.closeConnections();
    if (!bench::runUntil([&] { return ended; }, 60'000)
        || text != tokens(0, kTokensBefore + kTokensAfter).join(QString()) || firstTextAt == 0) {
        std::fprintf(stderr, "%s: the reply did not resume whole\n", qPrintable(scenario.name));
        return std::nullopt;
    }
    return RunFigures{qMax(0.0, backoffMs), double(requestAt - droppedAt) / 1e6,
                      double(firstTextAt - droppedAt) / 1e6,
                      bench::voluntaryContextSwitches() - wakeUpsAtDrop};
}

QJsonObject summarize(const Scenario &scenario, const QList<RunFigures> &runs)
{
    QList<double> firstText, request, backoff, overhead, wakeUps;
    for (const RunFigures &run : runs) {
        firstText.append(run.firstTextMs);
        request.append(run.requestMs);
        backoff.append(run.backoffMs);
        overhead.append(run.firstTextMs - run.backoffMs);
        wakeUps.append(double(run.wakeUps));
    }
    const auto median = [](const QList<double> &values) { return bench::quantile(values, 0.5); };
    std::printf("%-44s runs %2lld  backoff median %6.1f ms  drop->request median %6.1f ms  "
                "drop->first byte median %6.1f ms, p90 %6.1f ms (beyond the backoff: %.1f ms), "
                "wake-ups median %.0f\n",
                qPrintable(scenario.name), qlonglong(runs.size()), median(backoff), median(request),
                median(firstText), bench::quantile(firstText, 0.9), median(overhead), median(wakeUps));
    return {
        {u"name"_s, scenario.name},
        {u"provider"_s, scenario.providerId},
        {u"resume"_s, scenario.resumeBy},
        {u"backoff_initial_ms"_s, double(scenario.backoff.initialDelay.count())},
        {u"runs"_s, runs.size()},
        {u"backoff_median_ms"_s, median(backoff)},
        {u"request_median_ms"_s, median(request)},
        {u"first_byte_median_ms"_s, median(firstText)},
        {u"first_byte_p90_ms"_s, bench::quantile(firstText, 0.9)},
        {u"first_byte_min_ms"_s, bench::quantile(firstText, 0)},
        {u"first_byte_max_ms"_s, bench::quantile(firstText, 1)},
        {u"overhead_median_ms"_s, median(overhead)},
        {u"wakeups_median"_s, median(wakeUps)},
    };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int runs = bench::argumentValue(arguments, u"runs"_s, u"20"_s).toInt();

    const transport::BackoffPolicy product; // what the app's connectors use
    transport::BackoffPolicy immediate;
    immediate.initialDelay = 0ms;
    const QList<Scenario> scenarios = {
        {u"openai, continuation, product backoff"_s, u"openai"_s, u"continuation"_s, product,
         openAiContinuation},
        {u"openai, continuation, no backoff"_s, u"openai"_s, u"continuation"_s, immediate,
         openAiContinuation},
        {u"generic SSE, Last-Event-ID, product backoff"_s, u"sse"_s, u"Last-Event-ID"_s, product,
         sseLastEventId},
        {u"generic SSE, Last-Event-ID, no backoff"_s, u"sse"_s, u"Last-Event-ID"_s, immediate,
         sseLastEventId},
    };
    std::printf("first retry waits a uniformly random time in [0, %lld ms] (full jitter)\n",
                qlonglong(product.initialDelay.count()));
    QJsonArray results;
    for (const Scenario &scenario : scenarios) {
        QList<RunFigures> figures;
        for (int i = 0; i < runs; ++i) {
            if (const auto run = runOnce(scenario))
                figures.append(*run);
        }
        if (figures.isEmpty())
            return 1;
        results.append(summarize(scenario, figures));
    }
    const QJsonObject json{{u"first_backoff_ceiling_ms"_s, double(product.initialDelay.count())},
                           {u"tokens_before_drop"_s, kTokensBefore},
                           {u"scenarios"_s, results}};
    return bench::writeJsonIfAsked(arguments, json) ? 0 : 1;
}
